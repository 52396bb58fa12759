import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type ArtifactUploader,
  memoryLogger,
  type PublishOptions,
  publishReport,
  type Report,
} from "../src/index.ts";
import { type GitHubServer, startGitHubServer } from "./support/github-server.ts";
import {
  finding,
  HEAD_SHA,
  loopbackClient,
  pullRequestEvent,
  sampleReport,
  settings,
  smallPatch,
} from "./support/publish-fixtures.ts";

let server: GitHubServer;
const workspace = mkdtempSync(path.join(os.tmpdir(), "aether-publish-"));

beforeAll(async () => {
  server = await startGitHubServer();
});
afterAll(async () => {
  expect([...new Set(server.stats.invalidResponses)]).toEqual([]);
  await server.stop();
});
beforeEach(() => {
  expect(server.stats.invalid).toEqual([]);
});

function memoryArtifacts(): ArtifactUploader & { uploads: { name: string; files: string[] }[] } {
  const uploads: { name: string; files: string[] }[] = [];
  return {
    uploads,
    upload: async (name, files) => void uploads.push({ name, files: files.map((f) => f.name) }),
  };
}

async function publish(report: Report, overrides: Partial<PublishOptions> = {}) {
  const summaryFile = path.join(workspace, `summary-${report.id}.md`);
  const result = await publishReport(report, {
    github: await loopbackClient(server),
    settings: settings(),
    event: pullRequestEvent(),
    logger: memoryLogger(),
    workspace,
    summaryFile,
    artifacts: memoryArtifacts(),
    serverUrl: "https://github.com",
    failOn: "new-high",
    ...overrides,
  });
  return { result, summaryFile };
}

describe("publishing a pull request report", () => {
  it("publishes a check run, one sticky comment, a committed report, an artifact and a job summary", async () => {
    const artifacts = memoryArtifacts();
    const report = sampleReport();
    const { result, summaryFile } = await publish(report, { artifacts });
    expect(result.outcomes.map((o) => `${o.target}:${o.status}`)).toEqual([
      "check:published",
      "comment:published",
      "commit:published",
      "artifact:published",
      "summary:published",
    ]);
    expect(result.conclusion).toBe("failure");
    const runs = [...server.state.checkRuns.values()];
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ name: "Aether / analyze", head_sha: HEAD_SHA, conclusion: "failure" });
    expect(runs[0]!.annotations).toHaveLength(2);
    expect(server.issueComments(2)).toHaveLength(1);
    expect(
      server.filesAt("aether-reports").has(`.aether/reports/analyze/history/2026/12/${report.id}.json`),
    ).toBe(true);
    expect(artifacts.uploads).toEqual([
      { name: "aether-report-analyze", files: ["report.json", "report.md"] },
    ]);
    const summary = readFileSync(summaryFile, "utf8");
    expect(summary).toContain("# Aether · Analyze");
    expect(summary).toContain("sticky comment created");
  });

  it("keeps one sticky comment across reruns and new pushes, edited in place", async () => {
    const before = server.issueComments(2);
    await publish(sampleReport({ summary: "rerun" }));
    await publish(sampleReport({ summary: "after a push", commit: "b".repeat(40) }));
    const after = server.issueComments(2);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(before[0]!.id);
    expect(after[0]!.body).toContain("after a push");
  });

  it("says so in the comment when nothing is left to report", async () => {
    const clean = sampleReport({
      findings: [finding("parseArgs", { status: "unchanged" })],
      summary: "all clear",
    });
    const { result } = await publish(clean);
    expect(result.conclusion).toBe("success");
    const [comment] = server.issueComments(2);
    expect(comment!.body).toContain("Nothing new to report in this pull request.");
  });

  it("does not let an older run overwrite the comment of a newer one", async () => {
    const older = sampleReport({ summary: "older run" });
    const newer = sampleReport({ summary: "newer run" });
    await publish(newer);
    const { result } = await publish(older);
    expect(result.outcomes.find((o) => o.target === "comment")).toMatchObject({ status: "published" });
    expect(server.issueComments(2)[0]!.body).toContain("newer run");
  });

  it("sends annotations in batches of 50 and says how many were left out", async () => {
    const many = Array.from({ length: 130 }, (_, i) =>
      finding(`fn${i}`, { status: "new", location: { file: "src/big.ts", startLine: i + 1 } }),
    );
    await publish(sampleReport({ findings: many }), { settings: settings({ "max-annotations": "120" }) });
    const run = [...server.state.checkRuns.values()].at(-1)!;
    expect(run.annotations).toHaveLength(120);
    expect(run.output.text).toContain("10 more findings were not annotated");
  });

  it("puts inline comments only on diff lines, and the rest in annotations", async () => {
    server.addPullRequest({
      number: 2,
      headSha: HEAD_SHA,
      files: [{ filename: "src/app.ts", patch: smallPatch }],
    });
    const report = sampleReport();
    const targets = settings({ publish: "review,check" });
    const { result } = await publish(report, { settings: targets });
    expect(result.outcomes[0]).toMatchObject({ target: "review", status: "published" });
    expect(server.state.reviewComments.map((c) => `${c.path}:${c.line}`)).toEqual(["src/app.ts:3"]);
    const run = [...server.state.checkRuns.values()].at(-1)!;
    expect(run.annotations.map((a) => a.start_line)).toEqual([40]);
    // A rerun does not post the same inline comment twice.
    await publish(sampleReport(), { settings: targets });
    expect(server.state.reviewComments).toHaveLength(1);
  });

  it("does not open a comment on a clean pull request when comment-when-empty is false", async () => {
    const clean = sampleReport({ findings: [], pullRequest: { number: 31 } });
    const event = pullRequestEvent((p) => {
      p.number = 31;
      p.pull_request.number = 31;
    });
    const { result } = await publish(clean, { event, settings: settings({ "comment-when-empty": "false" }) });
    expect(result.outcomes.find((o) => o.target === "comment")).toMatchObject({
      status: "skipped",
      reason: "nothing to report and no earlier comment",
    });
    expect(server.issueComments(31)).toHaveLength(0);
  });

  it("fits a huge report into GitHub's comment and check-run size limits", async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => [`src/file-${i}.ts`, "x".repeat(40)]);
    const huge = sampleReport({
      sections: [
        { id: "files", title: "Files", blocks: [{ type: "table", columns: ["File", "Note"], rows }] },
      ],
    });
    const { result } = await publish(huge, { settings: settings({ publish: "check,comment" }) });
    expect(result.outcomes.map((o) => o.status)).toEqual(["published", "published"]);
    expect(server.issueComments(2)[0]!.body.length).toBeLessThanOrEqual(65_536);
    expect(server.stats.invalid).toEqual([]);
  });

  it("rejects a bad fail-on value before posting anything", async () => {
    const count = server.stats.requests;
    await expect(publish(sampleReport(), { failOn: "critical" })).rejects.toThrow(/fail-on: "critical"/);
    expect(server.stats.requests).toBe(count);
  });
});
