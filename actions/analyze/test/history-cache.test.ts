// The history cache: reruns read only new commits, and rewritten history or a longer window rebuild it.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { memoryLogger } from "@aetherstack/kit";
import { describe, expect, it } from "vitest";
import { commit, git, tempDir, tempRepo } from "../../kit/test/support/temp-repo.ts";
import { historyCacheFile } from "../src/history/history-cache.ts";
import { readHistory } from "../src/history/read-history.ts";

const now = new Date("2026-06-01T00:00:00Z");
const ada = { author: "Ada", email: "ada@example.com" };
const bob = { author: "Bob", email: "bob@example.com" };

function run(dir: string, cacheDir: string | null, options: { months?: number; at?: Date } = {}) {
  const logger = memoryLogger();
  const parsed = () => {
    const line = logger.entries.find((e) => /^History: parsed/.test(e.message))?.message ?? "";
    const [, fromGit, fromCache] = /parsed (\d+) .* reused (\d+)/.exec(line) ?? [];
    return { fromGit: Number(fromGit), fromCache: Number(fromCache) };
  };
  return readHistory(dir, { months: options.months ?? 12, now: options.at ?? now, cacheDir, logger }).then(
    (history) => ({ history, parsed: parsed(), logger }),
  );
}

/** Rewrite an old commit's author without changing HEAD's hash, through a replace ref git log honours. */
function replaceAuthor(dir: string, rev: string, author: string): void {
  const hash = git(dir, ["rev-parse", rev]).trim();
  const body = git(dir, ["cat-file", "commit", hash]).replace(/^author [^<]*</m, `author ${author} <`);
  const replacement = execFileSync("git", ["hash-object", "-t", "commit", "-w", "--stdin"], {
    cwd: dir,
    input: body,
    encoding: "utf8",
  }).trim();
  git(dir, ["replace", hash, replacement]);
}

function threeCommits() {
  const dir = tempRepo({ "a.ts": "1\n" }, { ...ada, date: "2026-01-01T10:00:00Z" });
  commit(dir, { "a.ts": "2\n" }, { ...ada, date: "2026-01-02T10:00:00Z" });
  commit(dir, { "b.ts": "3\n" }, { ...bob, date: "2026-01-03T10:00:00Z" });
  return dir;
}

describe("history cache", () => {
  it("reads only the commits newer than the cached head on a rerun", async () => {
    const dir = threeCommits();
    const cache = tempDir();
    const first = await run(dir, cache);
    expect(first.parsed).toEqual({ fromGit: 3, fromCache: 0 });
    // Old commits now read differently from git; a rerun that really uses the cache cannot see it.
    replaceAuthor(dir, "HEAD~2", "Mallory");
    commit(dir, { "a.ts": "4\n" }, { ...bob, date: "2026-01-04T10:00:00Z" });
    const second = await run(dir, cache);
    expect(second.parsed).toEqual({ fromGit: 1, fromCache: 3 });
    expect(second.history.commits).toBe(4);
    expect(second.history.files.find((f) => f.path === "a.ts")?.authors).toEqual({
      "Ada <ada@example.com>": 2,
      "Bob <bob@example.com>": 1,
    });
    const uncached = await run(dir, null);
    expect(uncached.history.files.find((f) => f.path === "a.ts")?.authors).toHaveProperty(
      ["Mallory <ada@example.com>"],
      1,
    );
  });

  it("runs no git log at all when HEAD is the cached head, with the same result", async () => {
    const dir = threeCommits();
    const cache = tempDir();
    const first = await run(dir, cache);
    const second = await run(dir, cache);
    expect(second.logger.entries.map((e) => e.message)).toContain(
      "History: no new commits and none left the window; the last run's sums are reused.",
    );
    expect(second.history).toEqual(first.history);
  });

  it("reuses the last run's sums only while no commit has left the window and none was added", async () => {
    const dir = threeCommits();
    const cache = tempDir();
    await run(dir, cache);
    // Mark the stored sums, so a reuse shows.
    const summaryFile = `${cache}/history-summary-v1.json`;
    const summary = JSON.parse(await readFile(summaryFile, "utf8"));
    await writeFile(summaryFile, JSON.stringify({ ...summary, result: { ...summary.result, commits: 99 } }));
    expect((await run(dir, cache, { at: new Date("2026-06-15T00:00:00Z") })).history.commits).toBe(99);
    // A year after the second commit: the first two have left the window.
    const later = await run(dir, cache, { at: new Date("2027-01-02T12:00:00Z") });
    expect(later.history.commits).toBe(1);
    // A longer window reaches commits the sums left out.
    await writeFile(summaryFile, JSON.stringify({ ...summary, result: { ...summary.result, commits: 99 } }));
    expect((await run(dir, cache, { months: 24 })).history.commits).toBe(3);
    commit(dir, { "c.ts": "4\n" }, { ...bob, date: "2026-01-04T10:00:00Z" });
    expect((await run(dir, cache)).history.commits).toBe(4);
  });

  it("rebuilds when the cached head is no longer in the history (rebase or force-push)", async () => {
    const dir = threeCommits();
    const cache = tempDir();
    await run(dir, cache);
    git(dir, ["reset", "-q", "--hard", "HEAD~2"]);
    commit(dir, { "c.ts": "rewritten\n" }, { ...bob, date: "2026-01-05T10:00:00Z" });
    const rerun = await run(dir, cache);
    expect(rerun.parsed).toEqual({ fromGit: 2, fromCache: 0 });
    expect(rerun.logger.entries.some((e) => /rewritten/.test(e.message))).toBe(true);
    expect(rerun.history.files.map((f) => f.path).sort()).toEqual(["a.ts", "c.ts"]);
    expect(rerun.history).toEqual((await run(dir, null)).history);
  });

  it("drops cached commits that fell out of the window as time moves on", async () => {
    const dir = threeCommits();
    const cache = tempDir();
    await run(dir, cache);
    commit(dir, { "d.ts": "late\n" }, { ...ada, date: "2026-09-01T10:00:00Z" });
    const later = new Date("2027-01-02T12:00:00Z");
    const rerun = await run(dir, cache, { at: later });
    expect(rerun.parsed).toEqual({ fromGit: 1, fromCache: 1 });
    expect(rerun.history.commits).toBe(2);
    expect(rerun.history).toEqual((await run(dir, null, { at: later })).history);
  });

  it("rebuilds when the window grows past what the cache read", async () => {
    const dir = tempRepo({ "old.ts": "o\n" }, { ...ada, date: "2025-01-01T10:00:00Z" });
    commit(dir, { "new.ts": "n\n" }, { ...bob, date: "2026-05-01T10:00:00Z" });
    const cache = tempDir();
    expect((await run(dir, cache, { months: 3 })).history.commits).toBe(1);
    const longer = await run(dir, cache, { months: 24 });
    expect(longer.parsed).toEqual({ fromGit: 2, fromCache: 0 });
    expect(longer.history.commits).toBe(2);
  });

  it("rebuilds when .mailmap changes, so people are merged in old commits too", async () => {
    const dir = threeCommits();
    const cache = tempDir();
    await run(dir, cache);
    await writeFile(`${dir}/.mailmap`, "Ada Lovelace <ada@example.com>\n");
    const rerun = await run(dir, cache);
    expect(rerun.parsed.fromCache).toBe(0);
    expect(rerun.history.files.find((f) => f.path === "a.ts")?.authors).toEqual({
      "Ada Lovelace <ada@example.com>": 2,
    });
  });

  it("ignores a torn or foreign cache file and reads everything", async () => {
    const dir = threeCommits();
    const cache = tempDir();
    await writeFile(historyCacheFile(cache), '{"version":2,"commits":[');
    const rerun = await run(dir, cache);
    expect(rerun.parsed).toEqual({ fromGit: 3, fromCache: 0 });
    expect(JSON.parse(await readFile(historyCacheFile(cache), "utf8"))).toMatchObject({ version: 2 });
  });

  it("removes the previous version's cache file, which no run reads again", async () => {
    const dir = threeCommits();
    const cache = tempDir();
    const old = path.join(cache, "history-v1.json");
    await writeFile(old, '{"version":1,"commits":[]}');
    await run(dir, cache);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(historyCacheFile(cache))).toBe(true);
  });

  it("counts lines on a rerun only for new commits to the shown files, as a run without cache would", async () => {
    const dir = threeCommits();
    const cache = tempDir();
    await run(dir, cache);
    commit(dir, { "a.ts": "4\n5\n6\n" }, { ...bob, date: "2026-01-04T10:00:00Z" });
    const rerun = await run(dir, cache);
    expect(rerun.parsed).toEqual({ fromGit: 1, fromCache: 3 });
    expect(rerun.history.files.find((f) => f.path === "a.ts")).toMatchObject({
      linesAdded: 5,
      linesDeleted: 2,
    });
    expect(rerun.history).toEqual((await run(dir, null)).history);
  });

  it("does not reuse the last run's sums when today's churn table shows a file they have no lines for", async () => {
    const dir = tempRepo({ "f0.ts": "0\n" }, { ...ada, date: "2026-01-01T10:00:00Z" });
    // f0..f16, one commit each: the table shows the 15 changed last, f16 down to f2.
    for (let i = 1; i <= 16; i++)
      commit(
        dir,
        { [`f${i}.ts`]: `${i}\n${i}\n` },
        { ...ada, date: `2026-01-${String(i + 1).padStart(2, "0")}T10:00:00Z` },
      );
    const cache = tempDir();
    const everything = new Set(Array.from({ length: 17 }, (_, i) => `f${i}.ts`));
    const first = await readHistory(dir, {
      months: 12,
      now,
      cacheDir: cache,
      logger: memoryLogger(),
      current: everything,
    });
    expect(first.files.find((f) => f.path === "f1.ts")?.linesAdded).toBeUndefined();
    const fewer = new Set([...everything].filter((p) => p !== "f16.ts"));
    const logger = memoryLogger();
    const second = await readHistory(dir, { months: 12, now, cacheDir: cache, logger, current: fewer });
    expect(logger.entries.map((e) => e.message)).not.toContain(
      "History: no new commits and none left the window; the last run's sums are reused.",
    );
    expect(second.files.find((f) => f.path === "f1.ts")).toMatchObject({ linesAdded: 2, linesDeleted: 0 });
  });
});
