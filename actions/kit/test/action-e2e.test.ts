// End to end: the bundled Analyze action, run as the runner runs it, against the loopback GitHub API.
import { execFile } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { measureFile } from "../../analyze/src/inventory/measure-file.ts";
import { fakeRuntimeToken } from "./support/artifact-service.ts";
import { type GitHubServer, startGitHubServer } from "./support/github-server.ts";
import {
  forkPullRequestEvent,
  HEAD_SHA,
  pullRequestEvent,
  sampleReport,
  webhookPayload,
} from "./support/publish-fixtures.ts";
import { commit, tempDir, tempRepo } from "./support/temp-repo.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../../..");
// AETHER_E2E_DIST tries another bundle of the same action (a local build before it is committed).
const dist = process.env.AETHER_E2E_DIST || path.join(root, "actions/analyze/dist/index.js");
const TOKEN = "ghs_e2e";

let server: GitHubServer;
beforeAll(async () => {
  server = await startGitHubServer({ tokens: { ghs_readonly: { readOnly: true } } });
});
afterAll(async () => {
  expect([...new Set(server.stats.invalidResponses)]).toEqual([]);
  await server.stop();
});

/** A repository worth analysing: a branchy function, so there is something to report. */
function workspace(): string {
  const body = Array.from(
    { length: 14 },
    (_, i) => `  if (a > ${i}) { if (b) { for (const x of c) { if (x) n++; } } }`,
  ).join("\n");
  const dir = tempRepo({
    "README.md": "# Hello\n",
    "src/app.ts": `export function tangle(a: number, b: boolean, c: number[]) {\n  let n = 0;\n${body}\n  return n;\n}\n`,
  });
  commit(dir, { "src/more.ts": "export const x = 1;\n" }, { message: "more" });
  return dir;
}

/** The environment the runner gives a JavaScript action: INPUT_* from action.yml defaults, then ours. */
function actionEnv(
  dir: string,
  event: { name: string; payload: unknown },
  inputs: Record<string, string>,
  token = TOKEN,
  action: "analyze" | "publish" = "analyze",
) {
  const meta = parse(readFileSync(path.join(root, `actions/${action}/action.yml`), "utf8")) as {
    inputs?: Record<string, { default?: unknown }>;
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_EVENT_NAME: event.name,
    GITHUB_API_URL: server.url,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_REPOSITORY: "Codertocat/Hello-World",
    GITHUB_WORKSPACE: dir,
    GITHUB_SHA: "ec26c3e57ca3a959ca5aad62de7213c562f8c821",
    GITHUB_REF: "refs/pull/2/merge",
    GITHUB_RUN_ID: "1",
    GITHUB_TOKEN: token,
    RUNNER_TEMP: tempDir("aether-runner-"),
    ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken(),
    ACTIONS_RESULTS_URL: `${server.url}/`,
  };
  const scratch = tempDir("aether-step-");
  env.GITHUB_EVENT_PATH = path.join(scratch, "event.json");
  env.GITHUB_STEP_SUMMARY = path.join(scratch, "summary.md");
  env.GITHUB_OUTPUT = path.join(scratch, "output");
  writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify(event.payload));
  writeFileSync(env.GITHUB_STEP_SUMMARY, "");
  writeFileSync(env.GITHUB_OUTPUT, "");
  for (const [name, input] of Object.entries(meta.inputs ?? {})) {
    const value = String(input?.default ?? "").replace(/\$\{\{\s*github\.token\s*\}\}/, token);
    env[`INPUT_${name.toUpperCase()}`] = value.includes("${{") ? "" : value;
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

/** On failure, the step's log, and the likeliest cause when an input is unknown. */
function explain(stdout: string): string {
  const stale = /is not an input of this agent/.test(stdout)
    ? "\nThe bundle is older than action.yml: run npm run build:dist."
    : "";
  return `${stdout}${stale}`;
}

async function runAction(env: Record<string, string>, bundle = dist) {
  try {
    const { stdout } = await run(process.execPath, [bundle], {
      env,
      cwd: env.GITHUB_WORKSPACE,
      timeout: 120_000,
    });
    return { code: 0, stdout, summary: readFileSync(env.GITHUB_STEP_SUMMARY!, "utf8") };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: e.code ?? 1,
      stdout: `${e.stdout ?? ""}${e.stderr ?? ""}`,
      summary: readFileSync(env.GITHUB_STEP_SUMMARY!, "utf8"),
    };
  }
}

/** The bundle publishes once its action declares the publish settings (the host wires publishReport). */
const declaresPublish = (): boolean => {
  const meta = parse(readFileSync(path.join(root, "actions/analyze/action.yml"), "utf8")) as {
    inputs?: object;
  };
  return "publish" in (meta.inputs ?? {});
};
const publishes = existsSync(dist) && (process.env.AETHER_E2E_DIST !== undefined || declaresPublish());

describe.skipIf(!publishes)("the bundled Analyze action on a pull_request payload", () => {
  const dir = publishes ? workspace() : "";
  const inputs = { "github-token": TOKEN, publish: "check,comment,summary,artifact,commit" };

  it("publishes one check run, one sticky comment, a job summary, an artifact and a committed report, surviving faults", async () => {
    server.inject(
      { kind: "502-after-write", on: "POST issues/create-comment", times: 1 },
      { kind: "secondary-rate-limit", on: "POST checks/create", times: 1 },
      { kind: "500", on: "POST git/create-tree", times: 1 },
    );
    const result = await runAction(actionEnv(dir, pullRequestEvent(), inputs));
    expect(result.code, explain(result.stdout)).toBe(0);
    expect(server.stats.invalid).toEqual([]);
    expect(server.pendingFaults()).toBe(0);
    const runs = [...server.state.checkRuns.values()];
    expect(runs.map((r) => r.name)).toEqual(["Aether / analyze"]);
    expect(server.issueComments(2)).toHaveLength(1);
    expect(result.summary).toContain("Aether · Analyze");
    expect(server.artifacts.artifacts.get("aether-report-analyze")?.finalized).toBe(true);
    const stored = [...server.filesAt("aether-reports").keys()].filter((f) => f.includes("/history/"));
    expect(stored).toHaveLength(1);
  });

  it("updates the same sticky comment on a rerun", async () => {
    const before = { ...server.issueComments(2)[0]! };
    const result = await runAction(actionEnv(dir, pullRequestEvent(), inputs));
    expect(result.code, explain(result.stdout)).toBe(0);
    const after = server.issueComments(2);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(before.id);
    expect(after[0]!.body).not.toBe(before.body);
    expect(server.state.commentsCreated).toBe(1);
    const stored = [...server.filesAt("aether-reports").keys()].filter((f) => f.includes("/history/"));
    expect(stored).toHaveLength(2);
  });

  it("degrades on a fork pull request: summary and artifact, and a clear line about the rest", async () => {
    const checks = server.state.checkRuns.size;
    const result = await runAction(
      actionEnv(dir, forkPullRequestEvent(), { ...inputs, "github-token": "ghs_readonly" }, "ghs_readonly"),
    );
    expect(result.code, explain(result.stdout)).toBe(0);
    expect(result.summary).toContain("read-only token");
    expect(result.stdout).toMatch(/read-only token; publish it from a workflow_run job/);
    expect(server.state.checkRuns.size).toBe(checks);
    expect(server.stats.invalid).toEqual([]);
  });
});

const publishDist = path.join(root, "actions/publish/dist/index.js");

describe.skipIf(!existsSync(publishDist))("the bundled publish action on a workflow_run payload", () => {
  it("posts a fork pull request's artifact: check run, sticky comment, committed report", async () => {
    server.addPullRequest({ number: 9, headSha: HEAD_SHA, headRepo: "Octocat-fork/Hello-World", files: [] });
    const dir = tempDir("aether-publish-job-");
    const report = sampleReport({ pullRequest: { number: 9 }, summary: "from the fork" });
    mkdirSync(path.join(dir, "aether-report", "aether-report-analyze"), { recursive: true });
    writeFileSync(
      path.join(dir, "aether-report", "aether-report-analyze", "report.json"),
      JSON.stringify(report),
    );
    const payload = webhookPayload("workflow_run", "completed");
    payload.workflow_run.event = "pull_request";
    payload.workflow_run.head_sha = HEAD_SHA;
    const checks = server.state.checkRuns.size;
    const env = actionEnv(
      dir,
      { name: "workflow_run", payload },
      { "report-dir": "aether-report" },
      TOKEN,
      "publish",
    );
    env.GITHUB_WORKSPACE = dir;
    const result = await runAction(env, publishDist);
    expect(result.code, explain(result.stdout)).toBe(0);
    expect(server.state.checkRuns.size).toBe(checks + 1);
    expect(server.issueComments(9)).toHaveLength(1);
    expect(server.issueComments(9)[0]!.body).toContain("from the fork");
    expect(
      server.filesAt("aether-reports").has(`.aether/reports/analyze/history/2026/12/${report.id}.json`),
    ).toBe(true);
    expect(server.stats.invalid).toEqual([]);
  });
});

describe("the Action bundle's parser", () => {
  it("loads oxc-parser and its binary from beside the bundle, not from the repository's node_modules", async () => {
    const bundle = path.join(root, "actions/host/dist/index.js");
    const probe = [
      'import { createRequire } from "node:module";',
      `const require = createRequire(${JSON.stringify(bundle)});`,
      'const oxc = require("oxc-parser");',
      'const { program, errors } = oxc.parseSync("a.ts", "export const f = (x: number) => x;", {});',
      'console.log(require.resolve("oxc-parser"));',
      "console.log(program.body[0].type, errors.length, oxc.rawTransferSupported());",
    ].join("\n");
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", probe]);
    const [resolved, parsed] = stdout.trim().split("\n");
    expect(resolved).toBe(path.join(root, "actions/host/dist/node_modules/oxc-parser/src-js/index.js"));
    expect(parsed).toBe("ExportNamedDeclaration 0 true");
  });

  it("measures files in its own worker bundle, as the sources do", async () => {
    const dir = tempDir();
    const abs = path.join(dir, "a.ts");
    writeFileSync(abs, "// TODO: x\nexport function f(a: number) {\n  return a > 1 ? 1 : 0;\n}\n");
    const file = { path: "a.ts", bytes: 73, language: "TypeScript" };
    const worker = new Worker(path.join(root, "actions/host/dist/file-worker.js"));
    try {
      worker.postMessage({ id: 7, tasks: [{ abs, file, bytes: file.bytes }] });
      const [answer] = await once(worker, "message");
      expect(answer).toEqual({ id: 7, answers: [{ facts: measureFile(abs, file, file.bytes) }] });
      expect(answer.answers[0].facts.functions).toHaveLength(1);
    } finally {
      await worker.terminate();
    }
  });
});
