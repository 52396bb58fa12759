import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Report } from "@aetherstack/kit";
import { describe, expect, it } from "vitest";
import { commit, git } from "../../actions/kit/test/support/temp-repo.ts";
import { aether } from "./run-cli.ts";
import { complexFunction, sampleRepo } from "./sample-repo.ts";

describe("aether run analyze", () => {
  it("prints a Markdown report of a repository and saves it to the store", () => {
    const repo = sampleRepo();
    const run = aether(["run", "analyze", repo]);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Aether · Analyze/);
    expect(run.stdout).toContain("## Languages");
    expect(run.stdout).toMatch(/`score` has cognitive complexity \d+/);
    expect(run.stderr).toMatch(/Saved analyze report to the store: analyze\/history\/\d{4}\/\d{2}\/.+\.json/);
    const list = aether(["report", "list", "--store", path.join(repo, ".aether/reports")]);
    expect(list.stdout.trim().split("\n")).toHaveLength(1);
    const shown = aether(["report", "show", "analyze", "--store", path.join(repo, ".aether/reports")]);
    expect(shown.stdout).toContain("## Languages");
  });

  it("gives a schema-valid JSON report with --json, and --out writes it too", () => {
    const repo = sampleRepo();
    const out = path.join(repo, "report.json");
    const run = aether(["run", "analyze", repo, "--json", "--no-save", "--out", out]);
    expect(run.code).toBe(0);
    const report = Report.parse(JSON.parse(run.stdout));
    expect(report.agent).toBe("analyze");
    expect(report.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(report.metrics["lines.code"]).toBeGreaterThan(10);
    expect(JSON.parse(readFileSync(out, "utf8")).id).toBe(report.id);
    expect(run.stderr).toBe("");
  });

  it("exits 1 when findings break fail-on", () => {
    const repo = sampleRepo();
    const run = aether([
      "run",
      "analyze",
      repo,
      "--no-save",
      "--fail-on",
      "medium",
      "--input",
      "cognitive-threshold=3",
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/finding\(s\) break fail-on medium/);
  });

  it("marks findings new and fixed against a base ref, and new-high fails only on new ones", () => {
    const repo = sampleRepo();
    commit(repo, { "src/more.ts": complexFunction("more"), "src/score.ts": "export const score = 1;\n" });
    const run = aether([
      "run",
      "analyze",
      repo,
      "--json",
      "--no-save",
      "--base-ref",
      "HEAD~1",
      "--input",
      "cognitive-threshold=5",
      "--fail-on",
      "new-high",
    ]);
    const report = Report.parse(JSON.parse(run.stdout));
    const cognitive = report.findings.filter((f) => f.ruleId === "complexity/cognitive");
    expect(cognitive.map((f) => [f.location?.file, f.status])).toEqual([["src/more.ts", "new"]]);
    expect(report.fixed.map((f) => f.location?.file)).toContain("src/score.ts");
    expect(run.code).toBe(1);
  });

  it("marks findings against a base report file, reading only what the comparison needs", () => {
    const repo = sampleRepo();
    const args = ["run", "analyze", repo, "--json", "--no-save", "--input", "cognitive-threshold=5"];
    const base = JSON.parse(aether(args).stdout);
    // A section the comparison never reads may be anything; it is not copied into the new report.
    base.sections[0].blocks = "not blocks";
    const basePath = path.join(repo, "..", `${path.basename(repo)}-base.json`);
    writeFileSync(basePath, JSON.stringify(base));
    commit(repo, { "src/more.ts": complexFunction("more"), "src/score.ts": "export const score = 1;\n" });
    const run = aether([...args, "--base-report", basePath]);
    expect(run.stderr).toBe("");
    const report = Report.parse(JSON.parse(run.stdout));
    const cognitive = report.findings.filter((f) => f.ruleId === "complexity/cognitive");
    expect(cognitive.map((f) => [f.location?.file, f.status])).toEqual([["src/more.ts", "new"]]);
    expect(report.fixed.map((f) => [f.location?.file, f.status])).toContainEqual(["src/score.ts", "fixed"]);
  });

  it("analyses a folder that is not a git repository and says why history is empty", () => {
    const repo = sampleRepo();
    const plain = path.join(repo, "..", `${path.basename(repo)}-plain`);
    mkdirSync(plain);
    writeFileSync(path.join(plain, "a.ts"), complexFunction("a"));
    const run = aether(["run", "analyze", plain, "--json", "--no-save"]);
    expect(run.code).toBe(0);
    const report = Report.parse(JSON.parse(run.stdout));
    expect(report.notes.join(" ")).toMatch(/not a git repository/);
    expect(report.metrics.files).toBe(1);
  });
});

describe("bad input gets one clear line and exit code 2", () => {
  const repo = sampleRepo();
  const cases: [string, string[], RegExp][] = [
    [
      "an unknown flag",
      ["run", "analyze", repo, "--jsn"],
      /^aether: --jsn: is not a flag of this command\. Fix: use one of .*--json/,
    ],
    [
      "an unknown command",
      ["frobnicate"],
      /^aether: command frobnicate: is not an aether command\. Fix: use one of run, report, site/,
    ],
    [
      "an unknown agent",
      ["run", "analyse", repo],
      /^aether: agent analyse: is not an AetherStack agent\. Fix: use one of analyze, or all/,
    ],
    [
      "an unknown input",
      ["run", "analyze", repo, "--input", "histroy-months=3"],
      /^aether: input histroy-months: is not an input of this agent/,
    ],
    [
      "a bad input value",
      ["run", "analyze", repo, "--input", "history-months=many"],
      /^aether: input history-months: .*\(got "many"\)\. Fix: allowed: a whole number of months/,
    ],
    [
      "a bad fail-on",
      ["run", "analyze", repo, "--fail-on", "critical"],
      /^aether: fail-on: "critical" is not a fail-on policy/,
    ],
    [
      "a missing base ref",
      ["run", "analyze", repo, "--base-ref", "nope"],
      /^aether: base ref nope: is not a commit in this repository\. Fix: fetch it first/,
    ],
  ];
  for (const [what, args, message] of cases) {
    it(`for ${what}`, () => {
      const run = aether(args);
      expect(run.code).toBe(2);
      expect(run.stderr.trim()).toMatch(message);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
    });
  }

  it("for a base report that is not a report, or has a broken finding, before the run", () => {
    const dir = path.join(repo, "..", `${path.basename(repo)}-bases`);
    mkdirSync(dir, { recursive: true });
    const base = JSON.parse(aether(["run", "analyze", repo, "--json", "--no-save"]).stdout);
    const write = (name: string, value: unknown) => {
      const file = path.join(dir, name);
      writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
      return file;
    };
    const broken = { ...base.findings[0], severity: "dreadful" };
    const cases: [string, RegExp][] = [
      [write("text.json", "{ not json"), /: is not valid JSON/],
      [
        write("nameless.json", { ...base, findings: [{ ruleId: "a/b" }] }),
        /: is not a valid report: findings\.0\.\w+: /,
      ],
      [
        write("other.json", { ...base, agent: "docgen" }),
        /^aether: base report: is a docgen report, not analyze/,
      ],
      [
        write("broken.json", { ...base, findings: [broken] }),
        /broken\.json: is not a valid report: findings\.0\.severity: /,
      ],
    ];
    for (const [file, message] of cases) {
      const run = aether(["run", "analyze", repo, "--no-save", "--base-report", file]);
      expect(run.code, file).toBe(2);
      // A finding is known to be fixed only once the run is done: its progress lines come first.
      const lines = run.stderr.trim().split("\n");
      expect(lines.at(-1), file).toMatch(message);
      expect(
        lines.filter((line) => line.startsWith("aether:")),
        file,
      ).toHaveLength(1);
    }
  });

  it("for a malformed config file, naming the file and line", () => {
    const bad = sampleRepo();
    mkdirSync(path.join(bad, ".github"), { recursive: true });
    writeFileSync(path.join(bad, ".github/aether.yml"), "analyze:\n  exclude: [a\n  x: : y\n");
    const run = aether(["run", "analyze", bad, "--no-save"]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(/^aether: \.github\/aether\.yml:\d+: is not valid YAML/);
  });

  it("for a malformed event file", () => {
    const file = path.join(repo, "event.json");
    writeFileSync(file, "{ not json");
    const run = aether(["run", "analyze", repo, "--event", file, "--no-save"]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(/^aether: event file .*event\.json: is not valid JSON/);
  });

  it("for a detached HEAD there is no error at all", () => {
    const detached = sampleRepo();
    git(detached, ["checkout", "-q", "--detach", "HEAD~1"]);
    const run = aether(["run", "analyze", detached, "--json", "--no-save"]);
    expect(run.code).toBe(0);
    expect(Report.parse(JSON.parse(run.stdout)).ref).toBeNull();
  });
});
