import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitReport, isUntouchedGenerated } from "../src/index.ts";
import { type GitHubServer, startGitHubServer } from "./support/github-server.ts";
import { loopbackClient, sampleReport } from "./support/publish-fixtures.ts";

let server: GitHubServer;
beforeAll(async () => {
  server = await startGitHubServer();
});
afterAll(async () => {
  expect([...new Set(server.stats.invalidResponses)]).toEqual([]);
  await server.stop();
});

const pushReport = (summary: string) => sampleReport({ summary, event: "push", pullRequest: null });
const history = (id: string) => `.aether/reports/analyze/history/2026/12/${id}.json`;

describe("committing reports to the store branch", () => {
  it("creates the aether-reports branch when it is missing", async () => {
    const gh = await loopbackClient(server);
    const report = pushReport("first");
    const result = await commitReport(gh, report, { branch: "aether-reports", storeDir: ".aether/reports" });
    const files = server.filesAt("aether-reports");
    expect(result.files).toEqual([
      history(report.id),
      ".aether/reports/analyze/latest.json",
      ".aether/reports/analyze/latest.md",
    ]);
    expect(isUntouchedGenerated(files.get(".aether/reports/analyze/latest.md")!)).toBe(true);
    expect(JSON.parse(files.get(history(report.id))!).id).toBe(report.id);
  });

  it("two concurrent commits both land", async () => {
    const reports = [pushReport("a"), pushReport("b"), pushReport("c"), pushReport("d")];
    const clients = await Promise.all(reports.map(() => loopbackClient(server)));
    const results = await Promise.all(
      reports.map((r, i) =>
        commitReport(clients[i]!, r, { branch: "aether-reports", storeDir: ".aether/reports" }),
      ),
    );
    const files = server.filesAt("aether-reports");
    for (const r of reports) expect(files.has(history(r.id))).toBe(true);
    // The ref only moved forward: some runs had to rebuild on a moved tip.
    expect(results.reduce((n, r) => n + r.retries, 0)).toBeGreaterThan(0);
    // latest is the newest report, whichever run finished last.
    expect(JSON.parse(files.get(".aether/reports/analyze/latest.json")!).id).toBe(reports.at(-1)!.id);
  });

  it("never overwrites a hand-written latest.md", async () => {
    const gh = await loopbackClient(server);
    const { octokit, owner, repo } = gh;
    const { data: ref } = await octokit.rest.git.getRef({ owner, repo, ref: "heads/aether-reports" });
    const { data: tip } = await octokit.rest.git.getCommit({ owner, repo, commit_sha: ref.object.sha });
    const { data: tree } = await octokit.rest.git.createTree({
      owner,
      repo,
      base_tree: tip.tree.sha,
      tree: [
        { path: ".aether/reports/analyze/latest.md", mode: "100644", type: "blob", content: "# Our notes\n" },
      ],
    });
    const { data: commit } = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: "hand edit",
      tree: tree.sha,
      parents: [tip.sha],
    });
    await octokit.rest.git.updateRef({ owner, repo, ref: "heads/aether-reports", sha: commit.sha });
    const report = pushReport("after the edit");
    const result = await commitReport(gh, report, { branch: "aether-reports", storeDir: ".aether/reports" });
    const files = server.filesAt("aether-reports");
    expect(files.get(".aether/reports/analyze/latest.md")).toBe("# Our notes\n");
    expect(files.get(".aether/reports/analyze/latest.aether.md")).toContain("after the edit");
    expect(result.keptAsIs).toEqual([".aether/reports/analyze/latest.md"]);
  });

  it("leaves a newer run's latest alone and adds only history from a pull request", async () => {
    const gh = await loopbackClient(server);
    const latestBefore = server.filesAt("aether-reports").get(".aether/reports/analyze/latest.json");
    const pr = sampleReport({ summary: "from a PR" });
    const result = await commitReport(gh, pr, { branch: "aether-reports", storeDir: ".aether/reports" });
    expect(result.files).toEqual([history(pr.id)]);
    expect(server.filesAt("aether-reports").get(".aether/reports/analyze/latest.json")).toBe(latestBefore);
  });

  it("treats a retried commit of the same report as already there", async () => {
    const gh = await loopbackClient(server);
    const report = pushReport("once");
    await commitReport(gh, report, { branch: "aether-reports", storeDir: ".aether/reports" });
    const again = await commitReport(gh, report, { branch: "aether-reports", storeDir: ".aether/reports" });
    expect(again.alreadyThere).toBe(true);
    expect(server.stats.invalid).toEqual([]);
  });
});
