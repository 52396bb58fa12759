// Fixtures for publishing tests: real webhook payloads, reports built through the schema, a client on loopback.
import { createRequire } from "node:module";
import type { EventInfo } from "../../src/context.ts";
import { type ClientTuning, createGitHubClient } from "../../src/github/client.ts";
import type { GitHubClient } from "../../src/github/client-types.ts";
import { type PublishSettings, publishSettingsSchema } from "../../src/github/settings.ts";
import { fingerprint } from "../../src/report/fingerprint.ts";
import { type Finding, Report } from "../../src/report/schema.ts";
import type { GitHubServer } from "./github-server.ts";

/** A webhook payload: JSON edited field by field in tests, so its type stays open on purpose. */
// biome-ignore lint/suspicious/noExplicitAny: see above
export type Payload = Record<string, any>;

const require = createRequire(import.meta.url);
const examples = require("@octokit/webhooks-examples/api.github.com/index.json") as {
  name: string;
  examples: Payload[];
}[];

/** A real payload from @octokit/webhooks-examples (deep-copied, so tests may edit it). */
export function webhookPayload(name: string, action?: string): Payload {
  const group = examples.find((e) => e.name === name);
  const example = group?.examples.find((e) => action === undefined || e.action === action);
  if (!example)
    throw new Error(`no ${name}${action ? `.${action}` : ""} example in @octokit/webhooks-examples`);
  return structuredClone(example);
}

/** The `pull_request.opened` example: PR #2 of Codertocat/Hello-World. */
export function pullRequestEvent(edit?: (payload: Payload) => void): EventInfo {
  const payload = webhookPayload("pull_request", "opened");
  edit?.(payload);
  return { name: "pull_request", payload };
}

/** The same pull request, opened from a fork. */
export function forkPullRequestEvent(): EventInfo {
  return pullRequestEvent((p) => {
    p.pull_request.head.repo = {
      ...p.pull_request.head.repo,
      full_name: "Octocat-fork/Hello-World",
      fork: true,
    };
  });
}

export const HEAD_SHA = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";

export function finding(key: string, overrides: Partial<Finding> = {}): Finding {
  const file = overrides.location?.file ?? "src/app.ts";
  return {
    ruleId: "complexity/cognitive",
    severity: "medium",
    message: `Function ${key} is hard to follow`,
    location: { file, startLine: 3 },
    fingerprint: fingerprint("complexity/cognitive", file, key),
    ...overrides,
  };
}

let seconds = 0;
/** A valid report (ids increase with each call, like reports of later runs). */
export function sampleReport(overrides: Partial<Report> = {}): Report {
  seconds++;
  const stamp = `20261201T12${String(Math.floor(seconds / 60)).padStart(2, "0")}${String(seconds % 60).padStart(2, "0")}Z`;
  return Report.parse({
    schemaVersion: 1,
    id: `${stamp}-analyze-ec26c3e`,
    agent: "analyze",
    tool: { name: "aetherstack", version: "0.1.0" },
    repo: "Codertocat/Hello-World",
    commit: HEAD_SHA,
    ref: "refs/heads/changes",
    event: "pull_request",
    pullRequest: { number: 2, title: "Update the README with new information." },
    startedAt: "2026-12-01T12:00:00Z",
    finishedAt: "2026-12-01T12:00:05Z",
    status: "ok",
    summary: "2 new findings in 1 file",
    metrics: { "findings.total": 2 },
    sections: [
      { id: "languages", title: "Languages", blocks: [{ type: "paragraph", text: "TypeScript only." }] },
    ],
    findings: [
      finding("parseArgs", { status: "new", severity: "high" }),
      finding("render", { status: "new", location: { file: "src/app.ts", startLine: 40 } }),
    ],
    ...overrides,
  });
}

/** Test tuning: every wait is milliseconds, not seconds. */
export const fastTuning: Partial<ClientTuning> = {
  retryUnitMs: 5,
  writeSpacingMs: 0,
  timeoutMs: 1500,
  retries: 4,
};

export async function loopbackClient(server: GitHubServer, token = "ghs_test"): Promise<GitHubClient> {
  const client = await createGitHubClient(
    settings(),
    { token, apiUrl: server.url, repository: `${server.repo.owner}/${server.repo.name}` },
    { tuning: fastTuning },
  );
  if (!client) throw new Error("no client");
  return client;
}

/** Publish settings as the Action would resolve them from inputs. */
export function settings(overrides: Record<string, unknown> = {}): PublishSettings {
  return publishSettingsSchema.parse(overrides);
}

/** A patch where lines 1–5 of the new file are in the diff (line 3 added). */
export const smallPatch = "@@ -1,4 +1,5 @@\n line one\n line two\n+line three\n line four\n line five";
