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

  it("fails with git's own message", async () => {
    const repo = tempRepo({ "a.ts": "1\n" });
    await expect(collect(gitLines(repo, ["log", "no-such-rev"], { background: true }))).rejects.toThrow(
      /no-such-rev/,
    );
  });
});
