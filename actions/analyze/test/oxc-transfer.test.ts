// oxc hands its tree over by JSON for a thread's first few files and by raw transfer after that
// (script-parsers.ts): both must give the same facts, or a PR run and a full run would disagree.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
/** Real files of both dialects: our own TypeScript and a JavaScript package's sources. */
const CORPUS = [
  ...filesIn(path.join(ROOT, "actions/analyze/src/complexity"), ".ts"),
  ...filesIn(path.join(ROOT, "actions/analyze/src/history"), ".ts"),
  ...filesIn(path.join(ROOT, "node_modules/yaml/dist/compose"), ".js"),
];

function filesIn(dir: string, ext: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(ext) && !name.endsWith(".d.ts"))
    .map((name) => path.join(dir, name));
}

/** A fresh copy of the parser module: its count of files parsed in this thread starts at zero. */
async function freshAnalyzeScript() {
  vi.resetModules();
  return (await import("../src/complexity/analyze-script.ts")).analyzeScript;
}

describe("oxc's two transfer modes", () => {
  it("give the same functions, imports and errors for every file", async () => {
    expect(CORPUS.length).toBeGreaterThan(30);
    const facts = (analyze: Awaited<ReturnType<typeof freshAnalyzeScript>>, file: string) =>
      analyze(
        path.relative(ROOT, file),
        readFileSync(file, "utf8"),
        file.endsWith(".ts") ? "TypeScript" : "JavaScript",
        "oxc",
      );
    for (const file of CORPUS) {
      // The first parse in a fresh module goes by JSON; after 16 others, by raw transfer.
      const byJson = facts(await freshAnalyzeScript(), file);
      const analyze = await freshAnalyzeScript();
      for (let i = 0; i < 16; i++) analyze(`warm-up-${i}.js`, "let a = 1;", "JavaScript", "oxc");
      const byRaw = facts(analyze, file);
      expect(byJson.functions?.length, file).toBeGreaterThan(0);
      expect(byJson, file).toEqual(byRaw);
    }
  });
});
