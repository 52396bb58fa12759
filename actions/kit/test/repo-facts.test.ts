import { describe, expect, it } from "vitest";
import { readRepoFacts, slugFromRemote } from "../src/index.ts";
import { git, tempRepo } from "./support/temp-repo.ts";

describe("repository facts", () => {
  it.each([
    ["https://github.com/octo/widgets.git", "octo/widgets"],
    ["git@github.com:octo/widgets.git", "octo/widgets"],
    ["ssh://git@ghe.example.com/octo/widgets", "octo/widgets"],
    ["https://x-access-token:abc@github.com/octo/widgets", "octo/widgets"],
    ["/work/main", null],
    ["../other/repo", null],
    ["file:///tmp/a/b", null],
  ])("reads the owner/name of remote %s", (url, slug) => {
    expect(slugFromRemote(url)).toBe(slug);
  });

  it("prefers the event's repository and pull request over git", async () => {
    const repo = tempRepo({ "a.ts": "export {};\n" });
    git(repo, ["remote", "add", "origin", "git@github.com:local/clone.git"]);
    const local = await readRepoFacts(repo, { name: "push", payload: {} });
    expect(local).toMatchObject({ repo: "local/clone", ref: "refs/heads/main", pullRequest: null });
    const pr = await readRepoFacts(repo, {
      name: "pull_request",
      payload: {
        repository: { full_name: "octo/widgets" },
        pull_request: { number: 5, head: { ref: "feature" }, base: { ref: "main", sha: "abc" } },
      },
    });
    expect(pr).toMatchObject({
      repo: "octo/widgets",
      ref: "refs/heads/feature",
      pullRequest: { number: 5, baseRef: "main", baseCommit: "abc" },
    });
  });

  it("reads the commit and branch from git, detached or with no commits yet", async () => {
    const repo = tempRepo({ "a.ts": "export {};\n" });
    const head = git(repo, ["rev-parse", "HEAD"]).trim();
    const local = { name: "workflow_dispatch", payload: {} };
    expect(await readRepoFacts(repo, local)).toMatchObject({ commit: head, ref: "refs/heads/main" });
    git(repo, ["checkout", "-q", "--detach"]);
    expect(await readRepoFacts(repo, local)).toMatchObject({ commit: head, ref: null });
    const empty = tempRepo();
    expect(await readRepoFacts(empty, local)).toMatchObject({ commit: null, ref: "refs/heads/main" });
    expect(await readRepoFacts(empty, { name: "push", payload: { after: "f".repeat(40) } })).toMatchObject({
      commit: "f".repeat(40),
    });
  });
});
