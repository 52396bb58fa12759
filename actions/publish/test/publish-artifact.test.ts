import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { memoryLogger, type Report } from "@aetherstack/kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubServer, startGitHubServer } from "../../kit/test/support/github-server.ts";
import {
  HEAD_SHA,
  loopbackClient,
  sampleReport,
  settings,
  webhookPayload,
} from "../../kit/test/support/publish-fixtures.ts";
import { publishArtifactReports } from "../src/publish-artifact.ts";

let server: GitHubServer;
beforeAll(async () => {
  server = await startGitHubServer();
  // PR #2 comes from a fork: the analysis run had a read-only token and left an artifact.
  server.addPullRequest({ number: 2, headSha: HEAD_SHA, headRepo: "Octocat-fork/Hello-World", files: [] });
});
afterAll(async () => {
  expect([...new Set(server.stats.invalidResponses)]).toEqual([]);
  await server.stop();
});

/** The workflow_run.completed example, pointed at the analysis run of our PR's head commit. */
function workflowRun() {
  const payload = webhookPayload("workflow_run", "completed");
  payload.workflow_run.event = "pull_request";
  payload.workflow_run.head_sha = HEAD_SHA;
  payload.workflow_run.head_repository = { full_name: "Octocat-fork/Hello-World" };
  return { name: "workflow_run", payload };
}

function artifactDir(content: Report | string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "aether-artifact-"));
  mkdirSync(path.join(dir, "aether-report-analyze"));
  writeFileSync(
    path.join(dir, "aether-report-analyze", "report.json"),
    typeof content === "string" ? content : JSON.stringify(content),
  );
  return dir;
}

async function publishFrom(dir: string) {
  return publishArtifactReports({
    reportDir: dir,
    event: workflowRun(),
    github: await loopbackClient(server),
    settings: settings({ publish: "check,comment,commit" }),
    logger: memoryLogger(),
    workspace: dir,
    summaryFile: null,
    failOn: "never",
  });
}

describe("publishing a fork pull request's artifact from workflow_run", () => {
  it("posts the check run, sticky comment and committed report", async () => {
    const [result] = await publishFrom(artifactDir(sampleReport()));
    expect(result!.outcomes.map((o) => `${o.target}:${o.status}`)).toEqual([
      "check:published",
      "comment:published",
      "commit:published",
    ]);
    expect(server.issueComments(2)).toHaveLength(1);
    expect(server.stats.invalid).toEqual([]);
  });

  it("refuses an artifact that is not a valid report, naming the file", async () => {
    await expect(publishFrom(artifactDir('{"schemaVersion":1,"id":"x"}'))).rejects.toThrow(
      /aether-report-analyze\/report\.json/,
    );
  });

  it("refuses a report for another commit than the triggering run built", async () => {
    await expect(publishFrom(artifactDir(sampleReport({ commit: "d".repeat(40) })))).rejects.toThrow(
      /is for commit d{40}, not ec26c3e/,
    );
  });

  it("does not post a stale report once the pull request has moved on", async () => {
    server.addPullRequest({
      number: 2,
      headSha: "e".repeat(40),
      headRepo: "Octocat-fork/Hello-World",
      files: [],
    });
    await expect(publishFrom(artifactDir(sampleReport()))).rejects.toThrow(/whose head is now eeeeeee/);
  });
});
