import { describe, expect, it } from "vitest";
import { analyzeScript } from "../src/complexity/analyze-script.ts";
import { scriptAnalyser } from "../src/inventory/script-analyser.ts";

const source = [
  'import { a } from "./a.ts";',
  "export function f(x: number) {",
  "  if (x > 1 && x < 5) return a(x);",
  "  return 0;",
  "}",
  "",
].join("\n");

describe("scriptAnalyser", () => {
  it("measures scripts in a worker thread exactly as in this thread", async () => {
    const analyser = scriptAnalyser();
    try {
      const results = await Promise.all(
        ["a.ts", "b.ts", "c.ts"].map((name) => analyser.analyse(name, source, "TypeScript")),
      );
      for (const result of results) expect(result).toEqual(analyzeScript("a.ts", source, "TypeScript"));
      expect(results[0]?.functions?.map((fn) => fn.name)).toEqual(["f"]);
    } finally {
      await analyser.close();
    }
  });

  it("analyses in this thread when the worker cannot start", async () => {
    const analyser = scriptAnalyser({ workerFile: new URL("./no-such-worker.ts", import.meta.url) });
    try {
      const result = await analyser.analyse("a.ts", source, "TypeScript");
      expect(result).toEqual(analyzeScript("a.ts", source, "TypeScript"));
    } finally {
      await analyser.close();
    }
  });

  it("analyses a file too large for the worker's heap in this thread, and goes on with the next", async () => {
    const analyser = scriptAnalyser({ limits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 } });
    const big = Array.from(
      { length: 10_000 },
      (_, i) => `export function f${i}(x) { return x > ${i} ? [x] : { x }; }`,
    );
    try {
      const large = await analyser.analyse("big.js", big.join("\n"), "JavaScript");
      const small = await analyser.analyse("a.ts", source, "TypeScript");
      expect(large.functions).toHaveLength(10_000);
      expect(small).toEqual(analyzeScript("a.ts", source, "TypeScript"));
    } finally {
      await analyser.close();
    }
  });
});
