import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseReport, type Report } from "@aetherstack/kit";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { tempDir } from "../../actions/kit/test/support/temp-repo.ts";
import { evaluate, interpolate } from "../src/replay/expressions.ts";
import { aether, nodeBin } from "./run-cli.ts";
import { sampleRepo } from "./sample-repo.ts";

const root = path.resolve(import.meta.dirname, "../..");
const examples = JSON.parse(
  readFileSync(path.join(root, "node_modules/@octokit/webhooks-examples/api.github.com/index.json"), "utf8"),
) as {
  name: string;
  examples: Record<string, unknown>[];
}[];
const prOpened = examples
  .find((e) => e.name === "pull_request")!
  .examples.find((e) => e.action === "opened")!;

const workflow = `name: Analyze
on:
  pull_request:
  workflow_dispatch:
    inputs:
      months:
        default: "6"
env:
  THRESHOLD: "5"
jobs:
  analyze:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - name: Analyze
        id: analyze
        uses: ./actions/analyze
        if: github.event_name == 'pull_request' || github.event_name == 'workflow_dispatch'
        with:
          cognitive-threshold: \${{ env.THRESHOLD }}
          history-months: \${{ inputs.months || '12' }}
          fail-on: \${{ github.event_name == 'pull_request' && 'new-high' || 'never' }}
      - name: Not ours
        uses: actions/upload-artifact@v4
        with:
          name: x
`;

/** Fields that differ between any two runs: identity and timing. */
function comparable(report: Report) {
  const { id, startedAt, finishedAt, ...rest } = report;
  return rest;
}

function setUp() {
  const repo = sampleRepo();
  mkdirSync(path.join(repo, ".github/workflows"), { recursive: true });
  writeFileSync(path.join(repo, ".github/workflows/analyze.yml"), workflow);
  const event = path.join(tempDir(), "event.json");
  writeFileSync(event, JSON.stringify(prOpened));
  return { repo, event };
}

/** Run the committed Action bundle the way the runner does: inputs as INPUT_*, defaults from action.yml. */
function runBundle(repo: string, eventFile: string, withInputs: Record<string, string>): Report {
  const action = parse(readFileSync(path.join(root, "actions/analyze/action.yml"), "utf8")) as {
    inputs: Record<string, { default?: string }>;
  };
  const env: Record<string, string> = {};
  // The runner evaluates `${{ }}` defaults (github.token); here there is no token, so they are empty.
  for (const [name, def] of Object.entries(action.inputs))
    env[`INPUT_${name.toUpperCase()}`] = (def.default ?? "").includes("${{") ? "" : (def.default ?? "");
  for (const [name, value] of Object.entries(withInputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const output = path.join(tempDir(), "output");
  writeFileSync(output, "");
  const run = spawnSync(nodeBin, [path.join(root, "actions/analyze/dist/index.js")], {
    cwd: repo,
    encoding: "utf8",
    env: {
      PATH: process.env.PATH!,
      HOME: process.env.HOME!,
      GITHUB_WORKSPACE: repo,
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_OUTPUT: output,
      ...env,
    },
  });
  expect(run.stdout).not.toMatch(/failed unexpectedly/);
  const outputs = readFileSync(output, "utf8");
  const reportPath = /report-path<<(\S+)\n(.*)\n/.exec(outputs)?.[2];
  expect(reportPath, outputs).toBeTruthy();
  return parseReport(readFileSync(path.join(repo, reportPath!), "utf8"), reportPath!);
}

describe("replaying a workflow run", () => {
  it("gives the same report as the bundled Action for a real pull_request payload", () => {
    const { repo, event } = setUp();
    const replay = aether(
      ["run", "--workflow", ".github/workflows/analyze.yml", "--event", event, repo, "--json", "--no-save"],
      { cwd: repo },
    );
    expect(replay.stderr).not.toMatch(/error/);
    // The base commit of the example payload is not in the repo, so every finding counts as new.
    expect(replay.code).toBe(1);
    const replayed = parseReport(replay.stdout, "replay stdout");
    const bundled = runBundle(repo, event, {
      "cognitive-threshold": "5",
      "history-months": "12",
      "fail-on": "new-high",
    });
    expect(comparable(replayed)).toEqual(comparable(bundled));
    expect(replayed.pullRequest?.number).toBe(prOpened.number);
    expect(replayed.repo).toBe("Codertocat/Hello-World");
    expect(replayed.findings.some((f) => f.ruleId === "complexity/cognitive")).toBe(true);
  });

  it("uses workflow_dispatch inputs and their defaults", () => {
    const { repo } = setUp();
    const event = path.join(tempDir(), "dispatch.json");
    writeFileSync(
      event,
      JSON.stringify({ inputs: { months: "3" }, repository: { full_name: "octo/sample" } }),
    );
    const run = aether(
      [
        "run",
        "--workflow",
        ".github/workflows/analyze.yml",
        "--event",
        event,
        "--event-name",
        "workflow_dispatch",
        repo,
        "--json",
        "--no-save",
        "--verbose",
      ],
      { cwd: repo },
    );
    expect(run.code).toBe(0);
    const report = parseReport(run.stdout, "stdout");
    expect(report.event).toBe("workflow_dispatch");
    expect(report.sections.find((s) => s.id === "churn")).toBeDefined();
    expect(JSON.stringify(report.sections.find((s) => s.id === "churn"))).toMatch(/3 months/);
  });

  it("says clearly when a workflow has no AetherStack step", () => {
    const { repo, event } = setUp();
    writeFileSync(
      path.join(repo, "other.yml"),
      "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo hi\n",
    );
    const run = aether(["run", "--workflow", "other.yml", "--event", event, repo], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(
      /^aether: workflow other\.yml: has no step that uses an AetherStack action/,
    );
  });
});

describe("workflow expressions", () => {
  const contexts = {
    github: { event_name: "pull_request", event: { pull_request: { number: 7, labels: [{ name: "big" }] } } },
    inputs: { months: "" },
    env: { A: "x" },
  };
  it.each([
    ["github.event_name == 'pull_request'", true],
    ["github.event_name != 'push' && 'yes' || 'no'", "yes"],
    ["inputs.months || '12'", "12"],
    ["!inputs.months", true],
    ["github.event.pull_request.number", 7],
    ["github.event.pull_request.labels[0].name", "big"],
    ["contains(github.event.pull_request.labels.*.name, 'big') || true", true],
    ["format('{0}-{1}', env.A, 'y')", "x-y"],
    ["startsWith(github.event_name, 'PULL')", true],
    ["(1 < 2) && env['A'] == 'X'", true],
  ])("%s", (expression, expected) => {
    expect(evaluate(expression, contexts as never, "test")).toEqual(expected);
  });
  // biome-ignore-start lint/suspicious/noTemplateCurlyInString: these are Actions expressions, not JS templates.
  it("interpolates inside strings and keeps types for whole expressions", () => {
    expect(interpolate("pr-${{ github.event.pull_request.number }}.md", contexts as never, "t")).toBe(
      "pr-7.md",
    );
    expect(interpolate("${{ github.event.pull_request.number }}", contexts as never, "t")).toBe(7);
  });
  // biome-ignore-end lint/suspicious/noTemplateCurlyInString: these are Actions expressions, not JS templates.
  it("names the input of an expression it cannot evaluate", () => {
    expect(() =>
      evaluate("hashFiles('x')", contexts as never, "analyze.yml: jobs.a.steps[1].with.x"),
    ).toThrow(
      /^analyze\.yml: jobs\.a\.steps\[1\]\.with\.x: has an expression AetherStack cannot evaluate: \$\{\{ hashFiles\('x'\) \}\} \(unknown function hashFiles\(\)\)/,
    );
  });
});
