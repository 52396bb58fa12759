// Streaming git's output: the same lines at either priority.
import { describe, expect, it } from "vitest";
import { gitLines } from "../src/git.ts";
import { commit, tempRepo } from "./support/temp-repo.ts";

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

describe("gitLines", () => {
  it("streams the same lines in the background as in the foreground", async () => {
    const repo = tempRepo({ "a.ts": "1\n" });
    commit(repo, { "b.ts": "2\n" });
    const args = ["log", "--format=%s", "--name-only"];
    const foreground = await collect(gitLines(repo, args));
    expect(foreground.filter(Boolean).length).toBeGreaterThanOrEqual(4);
    expect(await collect(gitLines(repo, args, { background: true }))).toEqual(foreground);
  });

  it("gives git its input on stdin", async () => {
    const repo = tempRepo({ "a.ts": "1\n" });
    commit(repo, { "b.ts": "2\n" }, { message: "second" });
    const heads = await collect(gitLines(repo, ["rev-parse", "HEAD", "HEAD~1"]));
    const out = await collect(
      gitLines(repo, ["log", "--no-walk", "--stdin", "--format=%s"], { input: heads.join("\n") }),
    );
    expect(out.filter(Boolean)).toEqual(["second", expect.any(String)]);
  });

  it("fails with git's own message, even when it stops before reading its input", async () => {
    const repo = tempRepo({ "a.ts": "1\n" });
    const input = "x".repeat(1 << 20);
    await expect(collect(gitLines(repo, ["no-such-command"], { input }))).rejects.toThrow(/no-such-command/);
  });

  it("fails with git's own message", async () => {
    const repo = tempRepo({ "a.ts": "1\n" });
    await expect(collect(gitLines(repo, ["log", "no-such-rev"], { background: true }))).rejects.toThrow(
      /no-such-rev/,
    );
  });
});
