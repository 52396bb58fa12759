// readHistory on real temp repositories: counting, mailmap, renames, the window and repository states.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { silentLogger } from "@aetherstack/kit";
import { describe, expect, it } from "vitest";
import { commit, git, tempDir, tempRepo } from "../../kit/test/support/temp-repo.ts";
import type { HistoryFacts } from "../src/facts.ts";
import { readHistory } from "../src/history/read-history.ts";

const now = new Date("2026-06-01T00:00:00Z");
const ada = { author: "Ada", email: "ada@example.com" };
const bob = { author: "Bob", email: "bob@example.com" };
const read = (dir: string, months = 12) =>
  readHistory(dir, { months, now, cacheDir: null, logger: silentLogger });
const lines = (n: number, tag = "line") => Array.from({ length: n }, (_, i) => `${tag} ${i}`).join("\n");

/** Lines added and deleted in `paths`, from git's own `log --numstat`, which Analyze no longer runs. */
function numstatSums(dir: string, paths: string[]) {
  const out = git(dir, ["log", "--no-merges", "-M", "--numstat", "-z", "--format="]);
  let linesAdded = 0;
  let linesDeleted = 0;
  for (const entry of out.split("\0")) {
    const stat = /^\n?(\d+)\t(\d+)\t(.*)$/s.exec(entry);
    // A rename's entry has its paths after it; count it once, under the names it joins.
    if (!stat || (stat[3] !== "" && !paths.includes(stat[3]!))) continue;
    linesAdded += Number(stat[1]);
    linesDeleted += Number(stat[2]);
  }
  return { linesAdded, linesDeleted };
}

describe("readHistory", () => {
  it("counts commits, added and deleted lines and commits per author for each file", async () => {
    const dir = tempRepo({ "src/a.ts": "one\ntwo\n" }, { ...ada, date: "2026-01-10T10:00:00Z" });
    commit(dir, { "src/a.ts": "one\n2\nthree\n", "b.md": "x\n" }, { ...bob, date: "2026-02-10T10:00:00Z" });
    commit(dir, { "src/a.ts": "one\n" }, { ...ada, date: "2026-03-10T10:00:00Z" });
    const history = await read(dir);
    expect(history.missing).toBeNull();
    expect(history.commits).toBe(3);
    expect(history.files.find((f) => f.path === "src/a.ts")).toEqual({
      path: "src/a.ts",
      commits: 3,
      linesAdded: 2 + 2 + 0,
      linesDeleted: 0 + 1 + 2,
      authors: { "Ada <ada@example.com>": 2, "Bob <bob@example.com>": 1 },
      lastChanged: "2026-03-10T10:00:00.000Z",
    });
    expect(history.files.find((f) => f.path === "b.md")?.commits).toBe(1);
  });

  it("counts a commit once per folder however many of its files it touches", async () => {
    const dir = tempRepo(
      { "src/a.ts": "a\n", "src/b.ts": "b\n", "src/x/c.ts": "c\n" },
      { ...ada, date: "2026-01-10T10:00:00Z" },
    );
    commit(dir, { "top.md": "t\n" }, { ...bob, date: "2026-01-11T10:00:00Z" });
    const history = await read(dir);
    expect(history.folders).toEqual({
      src: { "Ada <ada@example.com>": 1 },
      "src/x": { "Ada <ada@example.com>": 1 },
      ".": { "Bob <bob@example.com>": 1 },
    });
  });

  it("counts a merged branch's commits on their own authors and leaves the merge out", async () => {
    const dir = tempRepo({ "a.ts": "1\n" }, { ...ada, date: "2026-01-01T10:00:00Z" });
    git(dir, ["checkout", "-q", "-b", "feature"]);
    commit(dir, { "b.ts": "1\n" }, { ...bob, date: "2026-01-02T10:00:00Z" });
    commit(dir, {}, { ...bob, date: "2026-01-03T10:00:00Z", message: "empty" });
    git(dir, ["checkout", "-q", "main"]);
    commit(dir, { "a.ts": "2\n" }, { ...ada, date: "2026-01-04T10:00:00Z" });
    git(dir, ["merge", "-q", "--no-ff", "-m", "merge", "feature"], {
      GIT_COMMITTER_NAME: "Merger",
      GIT_AUTHOR_NAME: "Merger",
      GIT_AUTHOR_DATE: "2026-01-05T10:00:00Z",
      GIT_COMMITTER_DATE: "2026-01-05T10:00:00Z",
    });
    const history = await read(dir);
    expect(history.commits).toBe(4);
    expect(history.files.find((f) => f.path === "b.ts")?.authors).toEqual({ "Bob <bob@example.com>": 1 });
    expect(history.files.find((f) => f.path === "a.ts")?.authors).toEqual({ "Ada <ada@example.com>": 2 });
  });

  it("merges two emails of one person through .mailmap", async () => {
    const dir = tempRepo(
      { ".mailmap": "Ada Lovelace <ada@work.example> <ada@home.example>\nAda Lovelace <ada@work.example>\n" },
      { author: "Ada", email: "ada@work.example", date: "2026-01-01T10:00:00Z" },
    );
    commit(
      dir,
      { "a.ts": "1\n" },
      { author: "Ada", email: "ada@work.example", date: "2026-01-02T10:00:00Z" },
    );
    commit(
      dir,
      { "a.ts": "2\n" },
      { author: "ada l", email: "ada@home.example", date: "2026-01-03T10:00:00Z" },
    );
    const history = await read(dir);
    expect(history.files.find((f) => f.path === "a.ts")?.authors).toEqual({
      "Ada Lovelace <ada@work.example>": 2,
    });
  });

  it("keeps a renamed file's history under its current name, across a chain of renames", async () => {
    const dir = tempRepo({ "src/old.ts": lines(30) }, { ...ada, date: "2026-01-01T10:00:00Z" });
    commit(dir, { "src/old.ts": `${lines(30)}\nmore\n` }, { ...bob, date: "2026-01-02T10:00:00Z" });
    git(dir, ["mv", "src/old.ts", "src/mid.ts"]);
    commit(dir, {}, { ...ada, date: "2026-01-03T10:00:00Z" });
    mkdirSync(path.join(dir, "lib"));
    git(dir, ["mv", "src/mid.ts", "lib/new name.ts"]);
    commit(
      dir,
      { "lib/new name.ts": `${lines(30)}\nmore\nand more\n` },
      { ...ada, date: "2026-01-04T10:00:00Z" },
    );
    const history = await read(dir);
    expect(history.files.map((f) => f.path)).toEqual(["lib/new name.ts"]);
    expect(history.files[0]).toMatchObject({
      commits: 4,
      authors: { "Ada <ada@example.com>": 3, "Bob <bob@example.com>": 1 },
      ...numstatSums(dir, ["src/old.ts", "src/mid.ts", "lib/new name.ts"]),
    });
  });

  it("counts lines only for the files the churn table shows, picked among today's files", async () => {
    // f0 to f16 in one commit each, then f0 changed again: f0 has the most commits, then the
    // others by how recently they changed; the table shows 15 of the 17.
    const dir = tempRepo({ "f0.ts": "0\n" }, { ...ada, date: "2026-01-01T10:00:00Z" });
    for (let i = 1; i <= 16; i++) {
      const day = String(i + 1).padStart(2, "0");
      commit(dir, { [`f${i}.ts`]: `${i}\n${i}\n` }, { ...ada, date: `2026-01-${day}T10:00:00Z` });
    }
    commit(dir, { "f0.ts": "0\n1\n2\n" }, { ...bob, date: "2026-02-01T10:00:00Z" });
    const counted = (history: HistoryFacts) =>
      history.files.filter((f) => f.linesAdded !== undefined).map((f) => f.path);
    const all = await read(dir);
    expect(counted(all).sort()).toEqual(
      ["f0.ts", ...Array.from({ length: 14 }, (_, i) => `f${16 - i}.ts`)].sort(),
    );
    expect(all.files.find((f) => f.path === "f0.ts")).toMatchObject({ linesAdded: 3, linesDeleted: 0 });
    expect(all.files.find((f) => f.path === "f2.ts")).toMatchObject({ commits: 1 });
    expect(all.files.find((f) => f.path === "f2.ts")).not.toHaveProperty("linesAdded");
    // f0 and f16 deleted from the work tree: f2 and f1 move into the table and are counted.
    const current = new Set(Array.from({ length: 15 }, (_, i) => `f${i + 1}.ts`));
    const today = await readHistory(dir, { months: 12, now, cacheDir: null, logger: silentLogger, current });
    expect(counted(today).sort()).toEqual([...current].sort());
    expect(today.files.find((f) => f.path === "f1.ts")).toMatchObject({ linesAdded: 2, linesDeleted: 0 });
  });

  it("counts a binary file's changes without lines", async () => {
    const dir = tempRepo(
      { "logo.png": new Uint8Array([0, 1, 2, 0]) },
      { ...ada, date: "2026-01-01T10:00:00Z" },
    );
    commit(dir, { "logo.png": new Uint8Array([0, 3, 0]) }, { ...ada, date: "2026-01-02T10:00:00Z" });
    const history = await read(dir);
    expect(history.files).toEqual([
      expect.objectContaining({ path: "logo.png", commits: 2, linesAdded: 0, linesDeleted: 0 }),
    ]);
  });

  it("leaves out commits older than the window, counted back from now", async () => {
    const dir = tempRepo({ "old.ts": "o\n" }, { ...ada, date: "2025-04-01T10:00:00Z" });
    commit(dir, { "new.ts": "n\n" }, { ...bob, date: "2026-05-01T10:00:00Z" });
    const year = await read(dir, 12);
    expect(year.commits).toBe(1);
    expect(year.files.map((f) => f.path)).toEqual(["new.ts"]);
    const longer = await read(dir, 24);
    expect(longer.files.map((f) => f.path).sort()).toEqual(["new.ts", "old.ts"]);
  });

  it("says how to look further back when the window has no commits", async () => {
    const dir = tempRepo({ "old.ts": "o\n" }, { ...ada, date: "2020-04-01T10:00:00Z" });
    const history = await read(dir, 12);
    expect(history.commits).toBe(0);
    expect(history.missing).toMatch(/history-months/);
  });

  it("explains, without failing, a folder that is not a git repository", async () => {
    const history = await read(tempDir());
    expect(history).toMatchObject({ commits: 0, files: [], windowMonths: 12 });
    expect(history.missing).toMatch(/not a git repository/);
  });

  it("explains, without failing, a repository with no commits yet", async () => {
    const history = await read(tempRepo());
    expect(history).toMatchObject({ commits: 0, files: [] });
    expect(history.missing).toMatch(/no commits yet/);
  });

  it("reads history normally on a detached HEAD", async () => {
    const dir = tempRepo({ "a.ts": "1\n" }, { ...ada, date: "2026-01-01T10:00:00Z" });
    commit(dir, { "a.ts": "2\n" }, { ...ada, date: "2026-01-02T10:00:00Z" });
    commit(dir, { "b.ts": "3\n" }, { ...bob, date: "2026-01-03T10:00:00Z" });
    git(dir, ["checkout", "-q", "--detach", "HEAD~1"]);
    const history = await read(dir);
    expect(history.missing).toBeNull();
    expect(history.commits).toBe(2);
    expect(history.files.map((f) => [f.path, f.commits])).toEqual([["a.ts", 2]]);
  });

  it("reads a shallow clone as partial, ignoring the boundary commit's whole-tree diff, and says to fetch it all", async () => {
    const origin = tempRepo({ "a.ts": "1\n", "b.ts": "1\n" }, { ...ada, date: "2026-01-01T10:00:00Z" });
    commit(origin, { "a.ts": "2\n" }, { ...ada, date: "2026-01-02T10:00:00Z" });
    commit(origin, { "a.ts": "3\n" }, { ...bob, date: "2026-01-03T10:00:00Z" });
    const clone = path.join(tempDir(), "clone");
    git(tempDir(), ["clone", "-q", "--depth", "2", `file://${origin}`, clone]);
    const history = await read(clone);
    expect(history.missing).toMatch(/shallow clone/);
    expect(history.missing).toMatch(/fetch-depth: 0/);
    expect(history.commits).toBe(2);
    expect(history.files).toEqual([
      expect.objectContaining({ path: "a.ts", commits: 1, authors: { "Bob <bob@example.com>": 1 } }),
    ]);
  });

  it("treats a shallow clone whose depth reaches past the window as complete", async () => {
    const origin = tempRepo({ "a.ts": "1\n" }, { ...ada, date: "2020-01-01T10:00:00Z" });
    commit(origin, { "a.ts": "2\n" }, { ...ada, date: "2026-01-02T10:00:00Z" });
    commit(origin, { "a.ts": "3\n" }, { ...bob, date: "2026-01-03T10:00:00Z" });
    const clone = path.join(tempDir(), "clone");
    git(tempDir(), ["clone", "-q", "--depth", "3", `file://${origin}`, clone]);
    const history = await read(clone);
    expect(history.missing).toBeNull();
    expect(history.files).toEqual([expect.objectContaining({ path: "a.ts", commits: 2 })]);
  });

  it("reads paths with newlines, tabs, non-ASCII letters and rename-like braces exactly", async () => {
    const names = ["we\nird.ts", "tab\there.ts", "ünï cödé.ts", "{a => b}.ts"];
    const dir = tempRepo(Object.fromEntries(names.map((n) => [n, lines(20, n)])), {
      ...ada,
      date: "2026-01-01T10:00:00Z",
    });
    git(dir, ["mv", "we\nird.ts", "still\tweird.ts"]);
    commit(dir, {}, { ...ada, date: "2026-01-02T10:00:00Z" });
    const history = await read(dir);
    expect(history.files.map((f) => [f.path, f.commits]).sort()).toEqual(
      [
        ["still\tweird.ts", 2],
        ["tab\there.ts", 1],
        ["ünï cödé.ts", 1],
        ["{a => b}.ts", 1],
      ].sort(),
    );
    // Line counts come from a second git command, matched to these paths entry by entry (the
    // renamed file has 40 lines: its tag holds a newline; its rename added none).
    expect(history.files.map((f) => f.linesAdded)).toEqual([40, 20, 20, 20]);
  });

  it("does not count a submodule as a file or descend into its history", async () => {
    const sub = tempRepo({ "inner.ts": "i\n" }, { ...bob, date: "2026-01-01T10:00:00Z" });
    const dir = tempRepo({ "a.ts": "1\n" }, { ...ada, date: "2026-01-02T10:00:00Z" });
    git(dir, ["-c", "protocol.file.allow=always", "submodule", "add", "-q", `file://${sub}`, "lib/sub"]);
    commit(dir, {}, { ...ada, date: "2026-01-03T10:00:00Z" });
    const history = await read(dir);
    expect(history.missing).toBeNull();
    expect(history.commits).toBe(2);
    expect(history.files.map((f) => f.path).sort()).toEqual([".gitmodules", "a.ts"]);
  });

  it("reads only the workspace's folder when it is inside a bigger repository", async () => {
    const dir = tempRepo(
      { "pkg/a.ts": "1\n", "other/b.ts": "1\n" },
      { ...ada, date: "2026-01-01T10:00:00Z" },
    );
    commit(dir, { "other/b.ts": "2\n" }, { ...bob, date: "2026-01-02T10:00:00Z" });
    commit(dir, { "pkg/a.ts": "1\n2\n" }, { ...bob, date: "2026-01-03T10:00:00Z" });
    const history = await read(path.join(dir, "pkg"));
    expect(history.commits).toBe(2);
    expect(history.files.map((f) => f.path)).toEqual(["a.ts"]);
    expect(history.files[0]).toMatchObject({ linesAdded: 2, linesDeleted: 0 });
  });
});
