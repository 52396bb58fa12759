import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import path from "node:path";
import { memoryLogger, silentLogger } from "@aetherstack/kit";
import { describe, expect, it } from "vitest";
import { git, tempDir, tempRepo, writeFiles } from "../../kit/test/support/temp-repo.ts";
import type { SourceFile } from "../src/facts.ts";
import { listSourceFiles } from "../src/files/list-files.ts";
import { type FilePool, filePool } from "../src/inventory/file-pool.ts";
import { readFileFacts } from "../src/inventory/read-file-facts.ts";

const MB = 1024 * 1024;
const options = (cacheDir: string | null = null, largeFileBytes = MB) => ({
  cacheDir,
  largeFileBytes,
  logger: silentLogger,
});
const source = (dir: string, rel: string, language: string | null): SourceFile => ({
  path: rel,
  bytes: statSync(path.join(dir, rel)).size,
  language,
});

/** A real pool that counts what it is asked to do. */
function countingPool(): FilePool & { measured: number; closed: number } {
  const pool = filePool({ workers: 1 });
  pool.warmUp();
  const counting = {
    measured: 0,
    closed: 0,
    capacity: pool.capacity,
    measure: (...args: Parameters<FilePool["measure"]>) => {
      counting.measured++;
      return pool.measure(...args);
    },
    prefetch: (...args: Parameters<FilePool["prefetch"]>) => pool.prefetch(...args),
    warmUp: () => pool.warmUp(),
    close: () => {
      counting.closed++;
      return pool.close();
    },
  };
  return counting;
}

describe("readFileFacts", () => {
  it("uses a pool warmed up beforehand for many files, and closes it", async () => {
    const files = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [
        `src/f${i}.ts`,
        `export const f${i} = (x: number) => x > ${i};\n`,
      ]),
    );
    const dir = tempRepo(files);
    const listed = (await listSourceFiles(dir, { exclude: [] })).files;
    const pool = countingPool();
    const facts = await readFileFacts(dir, listed, { ...options(), pool });
    expect(pool.measured).toBe(30);
    expect(pool.closed).toBe(1);
    expect(facts).toEqual(await readFileFacts(dir, listed, options()));
  });

  it("closes a warmed pool unused when only a few files need reading: this thread is sooner", async () => {
    const dir = tempRepo({ "a.ts": "export const a = 1;\n", "b.md": "# b\n" });
    const listed = (await listSourceFiles(dir, { exclude: [] })).files;
    const pool = countingPool();
    const facts = await readFileFacts(dir, listed, { ...options(), pool });
    expect(pool.measured).toBe(0);
    expect(pool.closed).toBe(1);
    expect(facts.map((f) => f.path).sort()).toEqual(["a.ts", "b.md"]);
  });

  it("counts lines and markers of every file and measures functions of scripts", async () => {
    const dir = tempRepo({
      "src/a.ts": "// TODO: name this\nexport function f(x: number) {\n  return x > 1 ? 1 : 0;\n}\n",
      "notes.md": "# Notes\n\ntext\n",
    });
    const { files } = await listSourceFiles(dir, { exclude: [] });
    const facts = await readFileFacts(dir, files, options());
    const ts = facts.find((f) => f.path === "src/a.ts");
    expect(ts).toMatchObject({ language: "TypeScript", lines: { code: 3, comment: 1, blank: 0 } });
    expect(ts?.markers).toEqual([{ kind: "TODO", line: 1, text: "TODO: name this" }]);
    expect(ts?.functions?.map((fn) => fn.name)).toEqual(["f"]);
    const md = facts.find((f) => f.path === "notes.md");
    expect(md).toMatchObject({ lines: { code: 2, comment: 0, blank: 1 } });
    expect(md?.functions).toBeUndefined();
  });

  it("reads files with invalid UTF-8 without failing", async () => {
    const dir = tempDir();
    writeFiles(dir, {
      "bad.js": Buffer.concat([
        Buffer.from("// caf"),
        Buffer.from([0xc3, 0x28, 0xff]),
        Buffer.from("\nrun();\n"),
      ]),
    });
    const [facts] = await readFileFacts(dir, [source(dir, "bad.js", "JavaScript")], options());
    expect(facts?.lines).toEqual({ code: 1, comment: 1, blank: 0 });
  });

  it("counts a 50 MB minified file without parsing it or holding it in memory", async () => {
    const dir = tempDir();
    const handle = await open(path.join(dir, "bundle.js"), "w");
    const chunk = `${"var a=function(b){return b+1};".repeat(1024 * 32)}`;
    for (let written = 0; written < 50 * MB; written += chunk.length) await handle.write(chunk);
    await handle.write("\n");
    await handle.close();
    const listed = await listSourceFiles(dir, { exclude: [] });
    expect(listed.files).toEqual([]);
    expect(listed.skipped.generated).toBe(1);

    const file = source(dir, "bundle.js", "JavaScript");
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const [large] = await readFileFacts(dir, [file], options(null, MB));
    expect(large).toMatchObject({ lines: { code: 1, comment: 0, blank: 0 }, markers: [] });
    expect(large?.functions).toBeUndefined();
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * MB);
    // Under a limit above its size it is read whole, but its very long line still means "do not parse".
    const [minified] = await readFileFacts(dir, [file], options(null, 100 * MB));
    expect(minified?.lines.code).toBe(1);
    expect(minified?.functions).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it("does not read a file again when its size and modification time are unchanged", async () => {
    const dir = tempDir();
    const cacheDir = tempDir();
    writeFiles(dir, { "a.py": "# one\nx = 1\n", "b.py": "y = 2\n" });
    const files = [source(dir, "a.py", "Python"), source(dir, "b.py", "Python")];
    const first = await readFileFacts(dir, files, options(cacheDir));
    expect(readdirSync(cacheDir)).toEqual(["file-facts-v1.json"]);

    // Same size and mtime, different contents: only a cache hit gives the first counts back.
    const a = path.join(dir, "a.py");
    const { atime, mtime } = statSync(a);
    writeFileSync(a, "x = 1\n# one\n");
    utimesSync(a, atime, mtime);
    expect(await readFileFacts(dir, files, options(cacheDir))).toEqual(first);

    utimesSync(a, atime, new Date(mtime.getTime() + 5000));
    const third = await readFileFacts(dir, files, options(cacheDir));
    expect(third[0]?.lines).toEqual({ code: 1, comment: 1, blank: 0 });
    expect(third[1]).toEqual(first[1]);
  });

  it("keeps cache hits across a fresh clone, where only git blob ids stay the same", async () => {
    const origin = tempRepo({ "a.py": "# one\nx = 1\n", "b.py": "y = 2\n" });
    const cacheDir = tempDir();
    const listed = await listSourceFiles(origin, { exclude: [] });
    await readFileFacts(origin, listed.files, options(cacheDir));
    // Mark b.py's entry, so only a cache hit can answer 99 code lines.
    const cacheFile = path.join(cacheDir, "file-facts-v1.json");
    const cache = JSON.parse(readFileSync(cacheFile, "utf8"));
    cache.entries["b.py"].facts.lines.code = 99;
    writeFileSync(cacheFile, JSON.stringify(cache));

    const clone = path.join(tempDir(), "clone");
    git(origin, ["clone", "-q", origin, clone]);
    // New modification times; and a.py edited in the work tree, same size, so only a blob miss finds it.
    const a = path.join(clone, "a.py");
    writeFileSync(a, "x = 1\n# one\n");
    const past = new Date(Date.now() - 3_600_000);
    utimesSync(a, past, past);
    utimesSync(path.join(clone, "b.py"), past, past);
    const again = await readFileFacts(
      clone,
      (await listSourceFiles(clone, { exclude: [] })).files,
      options(cacheDir),
    );
    expect(again.find((f) => f.path === "b.py")?.lines.code).toBe(99);
    expect(again.find((f) => f.path === "a.py")?.lines).toEqual({ code: 1, comment: 1, blank: 0 });
  });

  it("rereads every file when there is no cache folder, and survives a torn cache file", async () => {
    const dir = tempDir();
    const cacheDir = tempDir();
    writeFiles(dir, { "a.sh": "echo 1\n" });
    writeFileSync(path.join(cacheDir, "file-facts-v1.json"), '{"version":1,"entr');
    const files = [source(dir, "a.sh", "Shell")];
    const facts = await readFileFacts(dir, files, options(cacheDir));
    expect(facts[0]?.lines.code).toBe(1);
    expect(await readFileFacts(dir, files, options(null))).toEqual(facts);
  });

  it("leaves out a file that vanished after listing, with a warning", async () => {
    const dir = tempDir();
    writeFiles(dir, { "a.go": "package a\n" });
    const logger = memoryLogger();
    const files = [source(dir, "a.go", "Go"), { path: "gone.go", bytes: 10, language: "Go" }];
    const facts = await readFileFacts(dir, files, { cacheDir: null, largeFileBytes: MB, logger });
    expect(facts.map((f) => f.path)).toEqual(["a.go"]);
    expect(logger.entries).toEqual([{ level: "warning", message: expect.stringContaining("gone.go") }]);
  });
});
