import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGitHubClient, type GitHubClient } from "../src/index.ts";
import { type GitHubServer, startGitHubServer } from "./support/github-server.ts";
import { settings } from "./support/publish-fixtures.ts";

let server: GitHubServer;
let gh: GitHubClient;
const unit = 200;
beforeAll(async () => {
  server = await startGitHubServer();
  gh = (await createGitHubClient(
    settings(),
    { token: "ghs_client", apiUrl: server.url, repository: "Codertocat/Hello-World" },
    { tuning: { retryUnitMs: unit, writeSpacingMs: 0, timeoutMs: 5000, retries: 3 } },
  ))!;
});
afterAll(async () => {
  expect([...new Set(server.stats.invalidResponses)]).toEqual([]);
  await server.stop();
});

const list = () =>
  gh.octokit.rest.issues.listComments({ owner: "Codertocat", repo: "Hello-World", issue_number: 2 });
async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = Date.now();
  await work();
  return Date.now() - start;
}

describe("the GitHub client", () => {
  it("waits the same short backoff for every retried request, however many retried before", async () => {
    await list(); // warm up the server's OpenAPI description
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      server.inject({ kind: "500", on: "GET issues/list-comments", times: 2 });
      waits.push(await timed(list));
    }
    // Two retries: 1 + 4 units. A leaked retry count would make the later rounds 4 + 9, then 9 + 16.
    for (const wait of waits) expect(wait).toBeLessThan(9 * unit);
  });

  it("waits out a secondary rate limit for retry-after", async () => {
    server.inject({ kind: "secondary-rate-limit", on: "GET issues/list-comments", times: 1 });
    expect(await timed(list)).toBeGreaterThanOrEqual(unit);
  });

  it("does not retry a 409 (an empty repository is an answer)", async () => {
    const empty = await startGitHubServer({ empty: true });
    const client = (await createGitHubClient(
      settings(),
      { token: "ghs_client", apiUrl: empty.url, repository: "Codertocat/Hello-World" },
      { tuning: { retryUnitMs: unit, writeSpacingMs: 0, timeoutMs: 5000, retries: 3 } },
    ))!;
    await expect(
      client.octokit.rest.git.getRef({ owner: "Codertocat", repo: "Hello-World", ref: "heads/main" }),
    ).rejects.toMatchObject({ status: 409 });
    expect(empty.stats.requests).toBe(1);
    await empty.stop();
  });
});
