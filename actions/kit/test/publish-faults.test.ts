import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryLogger, publishReport, type Report, type TargetOutcome } from "../src/index.ts";
import { type FaultRule, type GitHubServer, startGitHubServer } from "./support/github-server.ts";
import { loopbackClient, pullRequestEvent, sampleReport, settings } from "./support/publish-fixtures.ts";

let server: GitHubServer;
beforeAll(async () => {
  server = await startGitHubServer();
});
afterAll(async () => {
  expect([...new Set(server.stats.invalidResponses)]).toEqual([]);
  await server.stop();
});

interface Scenario {
  name: string;
  faults: FaultRule[];
  /** Targets allowed to fail (a 422 is not retried: that target reports it, the others still publish). */
  mayFail?: string[];
}

const scenarios: Scenario[] = [
  { name: "500 on listing comments", faults: [{ kind: "500", on: "GET issues/list-comments", times: 2 }] },
  {
    name: "502 before the comment is created",
    faults: [{ kind: "500", on: "POST issues/create-comment", times: 1 }],
  },
  {
    name: "502 after the comment was created",
    faults: [{ kind: "502-after-write", on: "POST issues/create-comment", times: 1 }],
  },
  {
    name: "timeout after the comment was created",
    faults: [{ kind: "timeout", on: "POST issues/create-comment", times: 1, delayMs: 2200 }],
  },
  {
    name: "502 after the check run was created",
    faults: [{ kind: "502-after-write", on: "POST checks/create", times: 1 }],
  },
  {
    name: "timeout after the check run was created",
    faults: [{ kind: "timeout", on: "POST checks/create", times: 1, delayMs: 2200 }],
  },
  {
    name: "502 after an annotation batch landed",
    faults: [{ kind: "502-after-write", on: "PATCH checks/update", times: 1 }],
  },
  {
    name: "secondary rate limit on the check run",
    faults: [{ kind: "secondary-rate-limit", on: "POST checks/create", times: 2 }],
  },
  {
    name: "secondary rate limit on the comment edit",
    faults: [{ kind: "secondary-rate-limit", on: "PATCH issues/update-comment", times: 1 }],
  },
  { name: "slow answers everywhere", faults: [{ kind: "slow", times: 6, delayMs: 150 }] },
  {
    name: "502 on reading the branch",
    faults: [{ kind: "502-after-write", on: "GET git/get-ref", times: 2 }],
  },
  { name: "500 on the tree", faults: [{ kind: "500", on: "POST git/create-tree", times: 1 }] },
  {
    name: "502 after the commit object was made",
    faults: [{ kind: "502-after-write", on: "POST git/create-commit", times: 1 }],
  },
  {
    name: "502 after the ref moved",
    faults: [{ kind: "502-after-write", on: "PATCH git/update-ref", times: 1 }],
  },
  {
    name: "secondary rate limit on the ref",
    faults: [{ kind: "secondary-rate-limit", on: "PATCH git/update-ref", times: 1 }],
  },
  {
    name: "timeout on reading a stored file",
    faults: [{ kind: "timeout", on: "GET repos/get-content", times: 1, delayMs: 2200 }],
  },
  {
    name: "422 on the check run",
    faults: [{ kind: "422", on: "POST checks/create", times: 1 }],
    mayFail: ["check"],
  },
];

describe("publishing under injected faults", () => {
  it("survives every injected fault with no duplicate comment and no lost report", async () => {
    const published: Report[] = [];
    let survived = 0;
    const failures: string[] = [];
    const pulls: number[] = [];
    for (const [index, scenario] of scenarios.entries()) {
      // Each scenario on its own pull request, so faults on creating the comment are reached.
      const pull = index % 2 === 0 ? 100 + index : 2;
      pulls.push(pull);
      const injectedBefore = server.stats.faultsInjected;
      server.inject(...scenario.faults);
      // A report with 60 findings, so annotations need two PATCHes after the create.
      const findings = sampleReport().findings;
      const many = Array.from({ length: 120 }, (_, i) => ({
        ...findings[0]!,
        fingerprint: `${i.toString(16).padStart(4, "0")}${"a".repeat(28)}`,
        location: { file: "src/app.ts", startLine: i + 1 },
      }));
      const report = sampleReport({ summary: scenario.name, findings: many, pullRequest: { number: pull } });
      const result = await publishReport(report, {
        github: await loopbackClient(server),
        settings: settings({ publish: "check,comment,commit" }),
        event: pullRequestEvent((p) => {
          p.number = pull;
          p.pull_request.number = pull;
        }),
        logger: memoryLogger(),
        workspace: "/nonexistent",
        summaryFile: null,
        artifacts: null,
        failOn: "never",
      });
      published.push(report);
      const injected = server.stats.faultsInjected - injectedBefore;
      const bad = result.outcomes.filter(
        (o: TargetOutcome) => o.status !== "published" && !scenario.mayFail?.includes(o.target),
      );
      const expectedFailed = (scenario.mayFail ?? []).every(
        (t) => result.outcomes.find((o) => o.target === t)?.status === "failed",
      );
      if (bad.length === 0 && expectedFailed) survived += injected;
      else failures.push(`${scenario.name}: ${JSON.stringify(bad)}`);
    }

    let duplicateComments = 0;
    for (const pull of new Set(pulls)) {
      const markers = server.issueComments(pull).filter((c) => c.body.startsWith("<!-- aetherstack:sticky"));
      if (markers.length !== 1) duplicateComments += Math.max(1, markers.length - 1);
    }
    const byExternalId = new Map<string, number>();
    for (const run of server.state.checkRuns.values()) {
      byExternalId.set(run.external_id ?? "", (byExternalId.get(run.external_id ?? "") ?? 0) + 1);
    }
    const duplicateChecks = [...byExternalId.values()].filter((n) => n > 1).length;
    const files = server.filesAt("aether-reports");
    const lost = published.filter(
      (r) => !files.has(`.aether/reports/analyze/history/2026/12/${r.id}.json`),
    ).length;
    const annotationsOff = [...server.state.checkRuns.values()].filter(
      (r) => r.annotations.length > 0 && r.annotations.length !== 120,
    ).length;

    const rows: [string, number][] = [
      ["scenarios", scenarios.length],
      ["faults injected", server.stats.faultsInjected],
      ["faults survived", survived],
      ["duplicate comments", duplicateComments],
      ["duplicate check runs", duplicateChecks],
      ["check runs with missing or repeated annotations", annotationsOff],
      ["reports lost", lost],
      ["requests", server.stats.requests],
    ];
    console.log(
      `\nFault injection\n${rows.map(([k, v]) => `  ${k.padEnd(48)} ${String(v).padStart(5)}`).join("\n")}\n`,
    );
    expect(failures).toEqual([]);
    expect(server.stats.invalid).toEqual([]);
    expect(server.pendingFaults()).toBe(0);
    expect(survived).toBe(server.stats.faultsInjected);
    expect(duplicateComments).toBe(0);
    expect(duplicateChecks).toBe(0);
    expect(annotationsOff).toBe(0);
    expect(lost).toBe(0);
  });
});
