import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../kit/test/support/temp-repo.ts";
import type { SourceFile } from "../src/facts.ts";
import { filePool } from "../src/inventory/file-pool.ts";
import { measureFile } from "../src/inventory/measure-file.ts";

const source = [
  'import { a } from "./a.ts";',
  "export function f(x: number) {",
  "  if (x > 1 && x < 5) return a(x);",
  "  return 0;",
  "}",
  "",
].join("\n");

/** Write `text` to a fresh folder as `name`; the file as listing would give it, and its path. */
function fileWith(name: string, text: string, language: string): { abs: string; file: SourceFile } {
  const abs = path.join(tempDir(), name);
  writeFileSync(abs, text);
  return { abs, file: { path: name, bytes: Buffer.byteLength(text), language } };
}

describe("filePool", () => {
  it("answers for prefetched files as for any, once each, and closes with some never asked for", async () => {
    const pool = filePool({ workers: 1 });
    const files = Array.from({ length: 40 }, (_, i) => fileWith(`f${i}.ts`, source, "TypeScript"));
    try {
      for (const { abs, file } of files) pool.prefetch(abs, file, file.bytes);
      const asked = files.slice(0, 30);
      const results = await Promise.all(asked.map(({ abs, file }) => pool.measure(abs, file, file.bytes)));
      results.forEach((result, i) => {
        const { abs, file } = asked[i]!;
        expect(result).toEqual(measureFile(abs, file, file.bytes));
      });
      // The prefetched answer is given once: asked again, the file is measured as it is now.
      writeFileSync(files[0]!.abs, "export const changed = 1;\n");
      const again = await pool.measure(files[0]!.abs, files[0]!.file, 26);
      expect(again.functions).toEqual([]);
    } finally {
      await pool.close();
    }
  });

  it("measures files in worker threads exactly as in this thread", async () => {
    const pool = filePool({ workers: 2 });
    const files = ["a.ts", "b.ts", "c.ts"].map((name) => fileWith(name, source, "TypeScript"));
    try {
      const results = await Promise.all(files.map(({ abs, file }) => pool.measure(abs, file, file.bytes)));
      results.forEach((result, i) => {
        const { abs, file } = files[i]!;
        expect(result).toEqual(measureFile(abs, file, file.bytes));
      });
      expect(results[0]?.functions?.map((fn) => fn.name)).toEqual(["f"]);
      expect(results[0]?.lines).toEqual({ code: 5, comment: 0, blank: 0 });
    } finally {
      await pool.close();
    }
  });

  it("rejects a file that cannot be read, and goes on with the next", async () => {
    const pool = filePool({ workers: 1 });
    const good = fileWith("a.ts", source, "TypeScript");
    try {
      await expect(
        pool.measure(path.join(tempDir(), "gone.ts"), { ...good.file, path: "gone.ts" }, 1),
      ).rejects.toThrow(/ENOENT/);
      expect((await pool.measure(good.abs, good.file, good.file.bytes)).functions).toHaveLength(1);
    } finally {
      await pool.close();
    }
  });

  it("settles every file still waiting or in flight when closed", async () => {
    const pool = filePool({ workers: 1 });
    const files = Array.from({ length: 20 }, (_, i) => fileWith(`f${i}.ts`, source, "TypeScript"));
    const pending = files.map(({ abs, file }) => pool.measure(abs, file, file.bytes));
    await pool.close();
    const results = await Promise.all(pending);
    expect(results.map((r) => r.functions?.length)).toEqual(files.map(() => 1));
  });

  it("measures in this thread when no worker can start", async () => {
    const pool = filePool({ workerFile: new URL("./no-such-worker.ts", import.meta.url) });
    const { abs, file } = fileWith("a.ts", source, "TypeScript");
    try {
      expect(await pool.measure(abs, file, file.bytes)).toEqual(measureFile(abs, file, file.bytes));
    } finally {
      await pool.close();
    }
  });

  it("measures a file too large for the worker's heap in this thread, and goes on with the next", async () => {
    const pool = filePool({
      workers: 1,
      limits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 },
    });
    const big = Array.from(
      { length: 10_000 },
      (_, i) => `export function f${i}(x) { return x > ${i} ? [x] : { x }; }`,
    ).join("\n");
    const large = fileWith("big.js", big, "JavaScript");
    const small = fileWith("a.ts", source, "TypeScript");
    try {
      expect((await pool.measure(large.abs, large.file, large.file.bytes)).functions).toHaveLength(10_000);
      expect(await pool.measure(small.abs, small.file, small.file.bytes)).toEqual(
        measureFile(small.abs, small.file, small.file.bytes),
      );
    } finally {
      await pool.close();
    }
  });
});
