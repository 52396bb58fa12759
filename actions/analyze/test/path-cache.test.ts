// The per-path cache file and its journal: small changes are appended, big ones rewrite the file.
import { appendFileSync, existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../kit/test/support/temp-repo.ts";
import { loadPathCache, savePathCache, setEntry } from "../src/files/path-cache.ts";

const keys = (n: number) => Array.from({ length: n }, (_, i) => `src/file-${i}.ts`);

async function seeded(file: string, n: number) {
  const cache = await loadPathCache<{ lines: number }>(file, "code-1");
  for (const key of keys(n)) setEntry(cache, key, { lines: 1 });
  await savePathCache(cache, new Set(keys(n)));
}

describe("path cache", () => {
  it("writes entries set now and entries loaded from the file alike, whatever their keys", async () => {
    const file = path.join(tempDir(), "cache.json");
    const odd = ['say "hi".ts', "ünï/cödé.ts", "123", "tab\there.ts", "__proto__"];
    const first = await loadPathCache<{ lines: number; note?: string }>(file, "code-1");
    for (const [i, key] of odd.entries()) setEntry(first, key, { lines: i, note: `"${key}"\n` });
    await savePathCache(first, new Set(odd));
    expect(() => JSON.parse(readFileSync(file, "utf8"))).not.toThrow();
    // Loaded entries (no piece made this run) and a new one, in one rewrite of the file.
    const second = await loadPathCache<{ lines: number; note?: string }>(file, "code-1");
    const many = keys(3000);
    for (const key of many) setEntry(second, key, { lines: 1 });
    await savePathCache(second, new Set([...odd, ...many]));
    const third = await loadPathCache<{ lines: number; note?: string }>(file, "code-1");
    expect(existsSync(`${file}.journal`)).toBe(false);
    expect(third.entries.size).toBe(odd.length + many.length);
    for (const [i, key] of odd.entries())
      expect(third.entries.get(key)).toEqual({ lines: i, note: `"${key}"\n` });
  });

  it("appends a few changes to the journal, leaving the file as it was, and reads both back", async () => {
    const file = path.join(tempDir(), "cache.json");
    await seeded(file, 2000);
    const before = readFileSync(file);
    const cache = await loadPathCache<{ lines: number }>(file, "code-1");
    setEntry(cache, "src/file-1.ts", { lines: 42 });
    setEntry(cache, "src/new.ts", { lines: 7 });
    await savePathCache(cache, new Set([...keys(2000).filter((k) => k !== "src/file-2.ts"), "src/new.ts"]));
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}.journal`)).toBe(true);

    const again = await loadPathCache<{ lines: number }>(file, "code-1");
    expect(again.entries.get("src/file-1.ts")).toEqual({ lines: 42 });
    expect(again.entries.get("src/new.ts")).toEqual({ lines: 7 });
    expect(again.entries.has("src/file-2.ts")).toBe(false);
    expect(again.entries.size).toBe(2000);
  });

  it("skips a torn last line and lines of an earlier generation of the file", async () => {
    const file = path.join(tempDir(), "cache.json");
    await seeded(file, 10);
    const cache = await loadPathCache<{ lines: number }>(file, "code-1");
    setEntry(cache, "src/file-0.ts", { lines: 5 });
    await savePathCache(cache, new Set(keys(10)));
    appendFileSync(
      `${file}.journal`,
      '{"generation":"other","set":{"src/file-3.ts":{"lines":99}},"drop":[]}\n',
    );
    appendFileSync(`${file}.journal`, '{"generation":"'); // a run stopped mid-write
    const again = await loadPathCache<{ lines: number }>(file, "code-1");
    expect(again.entries.get("src/file-0.ts")).toEqual({ lines: 5 });
    expect(again.entries.get("src/file-3.ts")).toEqual({ lines: 1 });
  });

  it("starts a new line after one torn by a run that stopped, so the next run's changes are kept", async () => {
    const file = path.join(tempDir(), "cache.json");
    await seeded(file, 10);
    appendFileSync(`${file}.journal`, '{"generation":"'); // a run stopped mid-write
    const next = await loadPathCache<{ lines: number }>(file, "code-1");
    setEntry(next, "src/file-4.ts", { lines: 3 });
    await savePathCache(next, new Set(keys(10)));
    const again = await loadPathCache<{ lines: number }>(file, "code-1");
    expect(again.entries.get("src/file-4.ts")).toEqual({ lines: 3 });
  });

  it("folds the journal into the file once it grows past an eighth of it", async () => {
    const file = path.join(tempDir(), "cache.json");
    await seeded(file, 100);
    const cache = await loadPathCache<{ lines: number }>(file, "code-1");
    // Far more than 64 KiB of changes.
    for (const key of keys(100)) setEntry(cache, key, { lines: 2 ** 40 + Number(key.match(/\d+/)![0]) });
    for (let i = 0; i < 3000; i++) setEntry(cache, `src/extra-${i}.ts`, { lines: i });
    await savePathCache(cache, new Set([...cache.entries.keys()]));
    expect(existsSync(`${file}.journal`)).toBe(false);
    expect(statSync(file).size).toBeGreaterThan(64 * 1024);
    const again = await loadPathCache<{ lines: number }>(file, "code-1");
    expect(again.entries.size).toBe(3100);
    expect(again.entries.get("src/extra-5.ts")).toEqual({ lines: 5 });
  });

  it("ignores a file, and its journal, made by other code", async () => {
    const file = path.join(tempDir(), "cache.json");
    await seeded(file, 10);
    expect((await loadPathCache(file, "code-2")).entries.size).toBe(0);
  });
});
