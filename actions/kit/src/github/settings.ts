// The publish settings: where a report goes on GitHub, and how to authenticate. Inputs are the plain keys.
import * as z from "zod";
import { bool, int, list } from "../config/fields.ts";
import type { ConfigScope } from "../config/load.ts";

/** Every place a report can be published to. */
export const publishTargets = [
  "check",
  "comment",
  "review",
  "summary",
  "artifact",
  "commit",
  "sarif",
  "sarif-upload",
  "none",
] as const;
export type PublishTarget = Exclude<(typeof publishTargets)[number], "none">;

/** The targets used when `publish` is not set. */
export const defaultPublishTargets: PublishTarget[] = ["check", "comment", "summary", "artifact", "commit"];

/** Resolved by `resolveConfig` with `{ fileKey: "publish", inputPrefix: "" }`. */
export const publishSettingsSchema = z.strictObject({
  publish: list()
    .pipe(z.array(z.enum(publishTargets)))
    .default(defaultPublishTargets)
    .describe(`a comma-separated list of ${publishTargets.join(", ")}`),
  "github-token": z.string().default("").describe("a GITHUB_TOKEN or personal access token"),
  "app-id": z.string().default("").describe("the numeric id of a GitHub App (with app-private-key)"),
  "app-private-key": z.string().default("").describe("the PEM private key of that GitHub App"),
  "api-url": z
    .string()
    .default("")
    .describe("the REST API base URL, such as https://github.example.com/api/v3 on GHES"),
  "report-branch": z
    .string()
    .regex(/^(?!-)[A-Za-z0-9._/-]+$/)
    .default("aether-reports")
    .describe("a branch name; it is created when missing. Use the default branch's name to commit there"),
  "report-path": z
    .string()
    .regex(/^(?!\/)(?!.*\.\.)[A-Za-z0-9._/-]*$/)
    .default(".aether/reports")
    .describe("a folder inside report-branch for the report store, such as .aether/reports"),
  "max-annotations": int(0, 1000)
    .default(200)
    .describe("a whole number from 0 to 1000 of check-run annotations"),
  "max-review-comments": int(0, 100)
    .default(20)
    .describe("a whole number from 0 to 100 of inline review comments"),
  "sarif-file": z.string().default("aether.sarif").describe("a path, relative to the workspace"),
  "comment-when-empty": bool()
    .default(true)
    .describe("true or false: keep the sticky comment saying there is nothing to report"),
});

export type PublishSettings = z.output<typeof publishSettingsSchema>;

/** The scope hosts pass to `resolveConfig`, beside the agents' own: `{ publish: publishConfigScope }`. */
export const publishConfigScope = {
  fileKey: "publish",
  inputPrefix: "",
  schema: publishSettingsSchema,
} as const satisfies ConfigScope<typeof publishSettingsSchema>;

/** The enabled targets; `none` switches everything off. */
export function enabledTargets(settings: Pick<PublishSettings, "publish">): Set<PublishTarget> {
  if (settings.publish.includes("none")) return new Set();
  return new Set(settings.publish.filter((t): t is PublishTarget => t !== "none"));
}

/**
 * Take the publish settings' inputs out of an action's inputs, so the rest can go to the agents'
 * schemas (which reject inputs they do not know). Mutates `inputs`; returns what it took.
 */
export function takePublishInputs(inputs: Record<string, string>): Record<string, string> {
  const taken: Record<string, string> = {};
  for (const key of Object.keys(publishSettingsSchema.shape)) {
    if (key in inputs) {
      taken[key] = inputs[key]!;
      delete inputs[key];
    }
  }
  return taken;
}
