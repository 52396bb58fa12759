import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createGitHubClient,
  type EventInfo,
  memoryLogger,
  type PublishOptions,
  publishConfigScope,
  publishReport,
  publishStickyComment,
  type Report,
  resolveConfig,
  takePublishInputs,
} from "../src/index.ts";
import { type GitHubServer, startGitHubServer } from "./support/github-server.ts";
import {
  fastTuning,
  forkPullRequestEvent,
  loopbackClient,
  pullRequestEvent,
  sampleReport,
  settings,
  webhookPayload,
} from "./support/publish-fixtures.ts";

let server: GitHubServer;
const workspace = mkdtempSync(path.join(os.tmpdir(), "aether-events-"));
beforeAll(async () => {
  server = await startGitHubServer({
    tokens: { ghs_readonly: { readOnly: true }, ghs_nochecks: { missing: ["checks"] } },
  });
});
afterAll(async () => {
  expect([...new Set(server.stats.invalidResponses)]).toEqual([]);
  await server.stop();
});

async function publish(report: Report, event: EventInfo, overrides: Partial<PublishOptions> = {}) {
  const uploads: string[] = [];
  const summaryFile = path.join(workspace, `summary-${report.id}.md`);
  const result = await publishReport(report, {
    github: await loopbackClient(server),
    settings: settings(),
    event,
    logger: memoryLogger(),
    workspace,
    summaryFile,
    artifacts: { upload: async (name) => void uploads.push(name) },
    failOn: "never",
    ...overrides,
  });
  const status = Object.fromEntries(
    result.outcomes.map((o) => [o.target, o.status === "published" ? o.status : `${o.status}: ${o.reason}`]),
  );
  return { result, status, uploads, summary: readFileSync(summaryFile, "utf8") };
}

describe("events", () => {
  it("publishes a push: check run on the pushed commit and a committed report, no comment", async () => {
    const payload = webhookPayload("push");
    const report = sampleReport({ event: "push", pullRequest: null });
    const { status } = await publish(report, { name: "push", payload });
    expect(status.check).toBe("published");
    expect(status.commit).toBe("published");
    expect(status.comment).toMatch(/skipped: a push run has no pull request/);
    expect([...server.state.checkRuns.values()].at(-1)!.head_sha).toBe(payload.after);
    expect(server.filesAt("aether-reports").has(".aether/reports/analyze/latest.md")).toBe(true);
  });

  it("publishes schedule and workflow_dispatch runs on the checked-out commit", async () => {
    for (const event of [
      { name: "schedule", payload: { schedule: "17 3 * * 1" } },
      { name: "workflow_dispatch", payload: webhookPayload("workflow_dispatch") },
    ]) {
      const report = sampleReport({ event: event.name, pullRequest: null, commit: "c".repeat(40) });
      const { status } = await publish(report, event);
      expect(status).toMatchObject({
        check: "published",
        commit: "published",
        summary: "published",
        artifact: "published",
      });
      expect([...server.state.checkRuns.values()].at(-1)!.head_sha).toBe("c".repeat(40));
    }
  });

  it("skips GitHub targets on an event it does not handle, saying why", async () => {
    const report = sampleReport({ event: "issues", pullRequest: null });
    const { status, summary } = await publish(report, { name: "issues", payload: webhookPayload("issues") });
    expect(status.check).toMatch(
      /skipped: the issues event is not handled; GitHub targets publish on pull_request, push, schedule and workflow_dispatch/,
    );
    expect(status.summary).toBe("published");
    expect(summary).toContain("the issues event is not handled");
  });
});

describe("pull requests from forks", () => {
  it("write the summary and artifact, and say what could not be published", async () => {
    const requests = server.stats.requests;
    const { result, status, uploads, summary } = await publish(sampleReport(), forkPullRequestEvent());
    expect(status.summary).toBe("published");
    expect(status.artifact).toBe("published");
    expect(uploads).toEqual(["aether-report-analyze"]);
    for (const t of ["check", "comment", "commit"]) {
      expect(status[t]).toMatch(
        /skipped: pull request from the fork Octocat-fork\/Hello-World has a read-only token; publish it from a workflow_run job/,
      );
    }
    expect(result.problems).toHaveLength(3);
    expect(summary).toContain("read-only token");
    expect(server.stats.requests).toBe(requests);
  });

  it("are published by the privileged workflow_run job", async () => {
    const { status } = await publish(sampleReport(), forkPullRequestEvent(), { privileged: true });
    expect(status).toMatchObject({ check: "published", comment: "published", commit: "published" });
  });
});

describe("permissions", () => {
  it("turn a 403 into one line naming the permissions entry to add, and lose no other target", async () => {
    const github = await loopbackClient(server, "ghs_nochecks");
    const { status } = await publish(sampleReport(), pullRequestEvent(), { github });
    expect(status.check).toBe(
      'failed: GitHub answered 403 "Resource not accessible by integration": add `checks: write` to the job\'s `permissions:`',
    );
    expect(status).toMatchObject({ comment: "published", commit: "published", summary: "published" });
  });

  it("skip every GitHub target without a credential", async () => {
    const { status } = await publish(sampleReport(), pullRequestEvent(), { github: null });
    expect(status.check).toMatch(/skipped: no GitHub credential/);
    expect(status.summary).toBe("published");
  });
});

describe("the client", () => {
  it("is null without a credential", async () => {
    expect(await createGitHubClient(settings(), { repository: "o/r" })).toBeNull();
  });

  it("authenticates as a GitHub App installation on a GHES-style base URL", async () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const pem = privateKey.export({ type: "pkcs1", format: "pem" }).toString();
    const client = await createGitHubClient(
      settings({ "app-id": "123", "app-private-key": pem, "api-url": `${server.url}/api/v3` }),
      { repository: "Codertocat/Hello-World" },
      { tuning: fastTuning },
    );
    expect(client).toMatchObject({ auth: "app", owner: "Codertocat", repo: "Hello-World" });
    const { data } = await client!.octokit.rest.issues.listComments({
      owner: "Codertocat",
      repo: "Hello-World",
      issue_number: 2,
    });
    expect(Array.isArray(data)).toBe(true);
    expect(server.state.installations).toBe(1);
  });

  it("names the missing half of a GitHub App credential", async () => {
    await expect(createGitHubClient(settings({ "app-id": "123" }), { repository: "o/r" })).rejects.toThrow(
      /input app-private-key: is missing/,
    );
  });
});

describe("concurrent runs", () => {
  it("leave exactly one sticky comment on the pull request", async () => {
    const reports = [sampleReport(), sampleReport(), sampleReport()];
    const clients = await Promise.all(reports.map(() => loopbackClient(server)));
    await Promise.all(
      reports.map((r, i) => publishStickyComment(clients[i]!, r, { pullNumber: 77, createWhenEmpty: true })),
    );
    const comments = server.issueComments(77);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain(`report=${reports.at(-1)!.id}`);
    expect(server.stats.invalid).toEqual([]);
  });
});

describe("publish settings", () => {
  const scope = { publish: publishConfigScope };

  it("default to check, comment, summary, artifact and commit on aether-reports", () => {
    const { publish } = resolveConfig({}, {}, scope);
    expect(publish.publish).toEqual(["check", "comment", "summary", "artifact", "commit"]);
    expect(publish["report-branch"]).toBe("aether-reports");
  });

  it("name the input and the allowed targets when a target is misspelt", () => {
    expect(() => resolveConfig({}, { publish: "check,commnet" }, scope)).toThrow(
      /input publish: .*\(got "check,commnet"\)\. Fix: allowed: a comma-separated list of check, comment, review/,
    );
  });

  it("come from .github/aether.yml under publish:, inputs winning", () => {
    const { publish } = resolveConfig(
      { publish: { publish: ["summary"], "report-branch": "reports" } },
      { "report-branch": "stats" },
      scope,
    );
    expect(publish.publish).toEqual(["summary"]);
    expect(publish["report-branch"]).toBe("stats");
  });

  it("leave the agent's inputs to the agent", () => {
    const inputs = { publish: "summary", "fail-on": "high", "github-token": "t" };
    expect(takePublishInputs(inputs)).toEqual({ publish: "summary", "github-token": "t" });
    expect(inputs).toEqual({ "fail-on": "high" });
  });
});
