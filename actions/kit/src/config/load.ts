// The one place that reads configuration: `.github/aether.yml` under action inputs, validated by schemas.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type * as z from "zod";
import { ConfigurationError } from "../errors.ts";
import { agentNames } from "../report/schema.ts";

/** Where the optional repository config file lives, relative to the workspace. */
export const CONFIG_FILE = ".github/aether.yml";

/** Top-level keys the config file may have. */
export const configFileKeys = [...agentNames, "llm", "publish"] as const;

/** One part of the configuration: a key of the file, and the inputs that override it. */
export interface ConfigScope<Schema extends z.ZodObject = z.ZodObject> {
  /** Top-level key in `.github/aether.yml`. */
  fileKey: (typeof configFileKeys)[number];
  schema: Schema;
  /** Inputs named `<prefix><key>` set this scope's `<key>`: `llm-` + `model`. */
  inputPrefix: string;
}

export type ConfigFile = Partial<Record<(typeof configFileKeys)[number], Record<string, unknown>>>;

/** Read and check the shape of the config file; a missing file is an empty config. */
export async function readConfigFile(workspace: string, file = CONFIG_FILE): Promise<ConfigFile> {
  let text: string;
  try {
    text = await readFile(path.resolve(workspace, file), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw error;
  }
  // YAML's parser loads only when there is a file to read.
  // yaml is CommonJS: its exports are reached through the default export, which is how both Node
  // and a bundle (cli/dist) hand a CommonJS module to import().
  const { default: yaml } = await import("yaml");
  const doc = yaml.parseDocument(text, { prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    throw new ConfigurationError({
      input: `${file}${line ? `:${line}` : ""}`,
      problem: `is not valid YAML (${first.message.split("\n")[0]})`,
      fix: "correct the YAML syntax, or delete the file to use the defaults",
    });
  }
  const value: unknown = doc.toJS() ?? {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new ConfigurationError({
      input: file,
      problem: "must be a mapping of sections",
      fix: `use top-level keys among ${configFileKeys.join(", ")}`,
    });
  }
  for (const [key, section] of Object.entries(value as Record<string, unknown>)) {
    if (!(configFileKeys as readonly string[]).includes(key)) {
      throw new ConfigurationError({
        input: `${file}: ${key}`,
        problem: "is not a known section",
        fix: `use one of ${configFileKeys.join(", ")}`,
      });
    }
    if (section !== null && (typeof section !== "object" || Array.isArray(section))) {
      throw new ConfigurationError({
        input: `${file}: ${key}`,
        problem: "must be a mapping of settings",
        fix: `write it as "${key}:" followed by indented "key: value" lines`,
      });
    }
  }
  return value as ConfigFile;
}

/**
 * Resolve every scope from the file and the inputs. Inputs win; an empty input means "not set".
 * An input no scope claims is an error, so typos never pass silently.
 */
export function resolveConfig<const Scopes extends Record<string, ConfigScope>>(
  file: ConfigFile,
  inputs: Record<string, string>,
  scopes: Scopes,
  fileName = CONFIG_FILE,
): { [K in keyof Scopes]: z.output<Scopes[K]["schema"]> } {
  const claimed = new Set<string>();
  const result: Record<string, unknown> = {};
  for (const [name, scope] of Object.entries(scopes)) {
    const keys = Object.keys(scope.schema.shape);
    const fromFile = { ...(file[scope.fileKey] ?? {}) };
    const fromInputs: Record<string, string> = {};
    for (const key of keys) {
      const input = `${scope.inputPrefix}${key}`;
      const v = inputs[input];
      if (input in inputs) claimed.add(input);
      if (v !== undefined && v.trim() !== "") fromInputs[key] = v;
    }
    const parsed = scope.schema.safeParse({ ...fromFile, ...fromInputs });
    if (!parsed.success) throw toConfigurationError(parsed.error, scope, fromInputs, fileName, keys);
    result[name] = parsed.data;
  }
  const unknown = Object.keys(inputs).filter((k) => !claimed.has(k));
  if (unknown.length > 0) {
    const known = Object.values(scopes).flatMap((s) =>
      Object.keys(s.schema.shape).map((k) => s.inputPrefix + k),
    );
    throw new ConfigurationError({
      input: `input ${unknown[0]}`,
      problem: "is not an input of this agent",
      fix: `use one of ${known.sort().join(", ")}`,
    });
  }
  return result as { [K in keyof Scopes]: z.output<Scopes[K]["schema"]> };
}

function toConfigurationError(
  error: z.ZodError,
  scope: ConfigScope,
  fromInputs: Record<string, string>,
  fileName: string,
  keys: string[],
): ConfigurationError {
  const issue = error.issues[0]!;
  if (issue.code === "unrecognized_keys") {
    return new ConfigurationError({
      input: `${fileName}: ${scope.fileKey}.${issue.keys[0]}`,
      problem: "is not a known setting",
      fix: `use one of ${keys.join(", ")}`,
    });
  }
  const key = String(issue.path[0] ?? "");
  const input =
    key in fromInputs
      ? `input ${scope.inputPrefix}${key}`
      : `${fileName}: ${[scope.fileKey, ...issue.path].join(".")}`;
  const given = key in fromInputs ? ` (got "${fromInputs[key]}")` : "";
  return new ConfigurationError({
    input,
    problem: `${issue.message.replace(/^Invalid input: /, "")}${given}`,
    fix: describeAllowed(scope.schema.shape[key]) ?? "see the settings table in the README",
  });
}

function describeAllowed(field: unknown): string | undefined {
  const desc = (field as { description?: string } | undefined)?.description;
  return desc ? `allowed: ${desc}` : undefined;
}
