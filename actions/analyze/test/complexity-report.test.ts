// The complexity section, findings and metrics built from per-file facts.
import { Finding, fingerprint, Section } from "@aetherstack/kit";
import { describe, expect, it } from "vitest";
import { complexityReport } from "../src/complexity/complexity-report.ts";
import type { FileFacts, FunctionFacts } from "../src/facts.ts";

const thresholds = { cognitive: 15, cyclomatic: 10 };

function fn(name: string, cognitive: number, cyclomatic: number, startLine = 1): FunctionFacts {
  return { name, cognitive, cyclomatic, startLine, endLine: startLine + 9, params: 0 };
}

function script(path: string, functions: FunctionFacts[], extra: Partial<FileFacts> = {}): FileFacts {
  return {
    path,
    bytes: 100,
    language: "TypeScript",
    lines: { code: 10, comment: 0, blank: 0 },
    markers: [],
    functions,
    imports: [],
    ...extra,
  };
}

function other(path: string, language: string | null): FileFacts {
  return { path, bytes: 10, language, lines: { code: 1, comment: 0, blank: 0 }, markers: [] };
}

describe("complexityReport", () => {
  it("flags cognitive complexity at the threshold as medium and at twice it as high", () => {
    const { findings } = complexityReport(
      [script("src/cli.ts", [fn("parseArgs", 48, 30), fn("run", 15, 3), fn("small", 14, 9)])],
      thresholds,
    );
    expect(findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ["complexity/cognitive", "high", "`parseArgs` has cognitive complexity 48 (threshold 15)"],
      ["complexity/cognitive", "medium", "`run` has cognitive complexity 15 (threshold 15)"],
    ]);
    expect(findings[0]?.location).toEqual({ file: "src/cli.ts", startLine: 1, endLine: 10 });
    for (const finding of findings) Finding.parse(finding);
  });

  it("flags cyclomatic complexity only when cognitive complexity did not already", () => {
    const { findings } = complexityReport(
      [script("src/table.ts", [fn("lookup", 3, 20), fn("both", 20, 25)])],
      thresholds,
    );
    expect(findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ["complexity/cyclomatic", "high", "`lookup` has cyclomatic complexity 20 (threshold 10)"],
      ["complexity/cognitive", "medium", "`both` has cognitive complexity 20 (threshold 15)"],
    ]);
  });

  it("keeps fingerprints when functions move, and tells duplicate names apart", () => {
    const before = complexityReport(
      [script("a.ts", [fn("<anonymous>@3", 20, 1, 3), fn("<anonymous>@9", 30, 1, 9)])],
      thresholds,
    );
    const after = complexityReport(
      [script("a.ts", [fn("<anonymous>@5", 20, 1, 5), fn("<anonymous>@12", 30, 1, 12)])],
      thresholds,
    );
    expect(after.findings.map((f) => f.fingerprint)).toEqual(before.findings.map((f) => f.fingerprint));
    expect(new Set(before.findings.map((f) => f.fingerprint)).size).toBe(2);
    expect(before.findings[0]?.fingerprint).toBe(fingerprint("complexity/cognitive", "a.ts", "<anonymous>"));
  });

  it("turns a parse error into a finding and a listed warning", () => {
    const broken = script("src/broken.ts", [fn("first", 1, 2)], {
      parseError: { line: 7, message: "Unexpected token" },
    });
    const { findings, section, metrics } = complexityReport([broken, script("src/ok.ts", [])], thresholds);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: "syntax/parse-error",
        severity: "medium",
        location: { file: "src/broken.ts", startLine: 7 },
      }),
    ]);
    expect(findings[0]?.message).toContain("Unexpected token");
    expect(metrics["complexity.files.parsed"]).toBe(1);
    expect(metrics["complexity.files.failed"]).toBe(1);
    const list = section.blocks.find((b) => b.type === "list");
    expect(list).toEqual({ type: "list", items: [[{ code: "src/broken.ts:7" }, " Unexpected token"]] });
  });

  it("sums, maxes and averages cognitive complexity over all functions", () => {
    const { metrics } = complexityReport(
      [
        script("a.ts", [fn("a", 1, 1), fn("b", 2, 1)]),
        script("b.ts", [fn("c", 4, 1)]),
        other("x.py", "Python"),
      ],
      thresholds,
    );
    expect(metrics).toEqual({
      "complexity.functions": 3,
      "complexity.cognitive.total": 7,
      "complexity.cognitive.max": 4,
      "complexity.cognitive.mean": 2.33,
      "complexity.files.parsed": 2,
      "complexity.files.failed": 0,
    });
  });

  it("shows the worst 15 functions and says which languages got line counts only", () => {
    const many = Array.from({ length: 20 }, (_, i) => fn(`f${i}`, i, 20 - i, i + 1));
    const facts = [
      script("src/many.ts", many),
      other("a.py", "Python"),
      other("b.py", "Python"),
      other("c.go", "Go"),
    ];
    const { section } = complexityReport(facts, thresholds);
    expect(Section.parse(section).id).toBe("complexity");
    const table = section.blocks.find((b) => b.type === "table");
    if (table?.type !== "table") throw new Error("no table");
    expect(table.columns).toEqual(["Function", "Location", "Cognitive", "Cyclomatic", "Lines"]);
    expect(table.rows).toHaveLength(15);
    expect(table.omitted).toBe(5);
    expect(table.rows[0]).toEqual([[{ code: "f19" }], "src/many.ts:20", "19", "1", "10"]);
    const coverage = JSON.stringify(section.blocks[0]);
    expect(coverage).toContain("JavaScript, TypeScript, JSX and TSX: 1 file, 20 functions");
    expect(coverage).toContain("3 files in other languages got line counts only (Python 2, Go 1)");
  });

  it("lists the same worst functions as sorting them all would, ties included", () => {
    // Few distinct values, so many functions tie on both measures and the place decides.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const files = ["src/b.ts", "src/a.ts", "lib/c.ts", "src/a2.ts"].map((path) =>
      script(
        path,
        Array.from({ length: 60 }, (_, i) => fn(`g${i}`, next(4), next(3) + 1, next(30) + 1)),
      ),
    );
    const all = files.flatMap((file) => file.functions!.map((f) => ({ f, file: file.path })));
    const expected = all
      .sort(
        (a, b) =>
          b.f.cognitive - a.f.cognitive ||
          b.f.cyclomatic - a.f.cyclomatic ||
          a.file.localeCompare(b.file) ||
          a.f.startLine - b.f.startLine,
      )
      .slice(0, 15)
      .map(({ f, file }) => `${file}:${f.startLine} ${f.name}`);
    const table = complexityReport(files, thresholds).section.blocks.find((b) => b.type === "table");
    if (table?.type !== "table") throw new Error("no table");
    expect(
      table.rows.map((row) => `${row[1]} ${JSON.stringify(row[0]).match(/"code":"(\w+)"/)![1]}`),
    ).toEqual(expected);
    expect(table.omitted).toBe(240 - 15);
  });
});
