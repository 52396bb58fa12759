// historyReport on a crafted history: hotspot ranking, ownership and bus factor, findings, and missing history.
import { Finding, Section, silentLogger } from "@aetherstack/kit";
import { describe, expect, it } from "vitest";
import { commit, tempRepo } from "../../kit/test/support/temp-repo.ts";
import type { FileFacts, FunctionFacts, HistoryFacts } from "../src/facts.ts";
import { historyReport } from "../src/history/history-report.ts";
import { readHistory } from "../src/history/read-history.ts";

const now = new Date("2026-06-01T00:00:00Z");

function fn(name: string, startLine: number, cognitive: number): FunctionFacts {
  return { name, startLine, endLine: startLine + 10, cyclomatic: 1, cognitive, params: 0 };
}

const languages: Record<string, string> = {
  ".ts": "TypeScript",
  ".py": "Python",
  ".css": "CSS",
  ".json": "JSON",
};

function file(path: string, code: number, functions?: FunctionFacts[]): FileFacts {
  return {
    path,
    bytes: code * 20,
    language: languages[path.slice(path.lastIndexOf("."))] ?? null,
    lines: { code, comment: 0, blank: 0 },
    markers: [],
    ...(functions ? { functions, imports: [] } : {}),
  };
}

const facts: FileFacts[] = [
  file("src/engine/parser.ts", 400, [fn("Parser.parse", 12, 35), fn("helper", 80, 25)]),
  file("src/engine/lexer.ts", 120, [fn("lex", 3, 20)]),
  file("src/ui/view.ts", 200, [fn("render", 5, 50)]),
  file("docs/build.py", 30),
  file("lib/solo.ts", 300, [fn("solo", 1, 10)]),
  // Enough quiet files to make src a big folder, shown one level down too.
  ...Array.from({ length: 20 }, (_, i) => file(`src/other/f${i}.ts`, 10, [])),
];

let crafted: Promise<HistoryFacts> | undefined;
/** The same history for every test, built once. */
const craftedHistory = () => {
  crafted ??= buildHistory();
  return crafted;
};

/** One commit per entry: [path, author], dated a day apart. */
async function buildHistory(): Promise<HistoryFacts> {
  const plan: [string, string][] = [
    ...Array.from({ length: 8 }, (): [string, string] => ["src/engine/parser.ts", "Ada"]),
    ...Array.from({ length: 2 }, (): [string, string] => ["src/engine/parser.ts", "Bob"]),
    ...Array.from({ length: 4 }, (): [string, string] => ["src/engine/lexer.ts", "Ada"]),
    ["src/ui/view.ts", "Bob"],
    ["src/ui/view.ts", "Cara"],
    ...Array.from({ length: 6 }, (): [string, string] => ["docs/build.py", "Cara"]),
    ...Array.from({ length: 12 }, (): [string, string] => ["lib/solo.ts", "Dan"]),
  ];
  const dir = tempRepo();
  plan.forEach(([path, author], i) => {
    const date = new Date(Date.UTC(2026, 0, 1 + i, 10)).toISOString();
    commit(dir, { [path]: `version ${i}\n` }, { author, email: `${author.toLowerCase()}@example.com`, date });
  });
  return readHistory(dir, { months: 12, now, cacheDir: null, logger: silentLogger });
}

describe("historyReport", () => {
  it("ranks hotspots by churn times complexity and raises the top one as high", async () => {
    const report = historyReport(await craftedHistory(), facts);
    expect(report.hotspots.map((h) => [h.path, h.score])).toEqual([
      ["src/engine/parser.ts", 100],
      ["docs/build.py", 30],
      ["lib/solo.ts", 20],
      ["src/ui/view.ts", 17],
      ["src/engine/lexer.ts", 13],
    ]);
    expect(report.hotspots[0]).toEqual({
      path: "src/engine/parser.ts",
      commits: 10,
      authors: 2,
      complexity: 60,
      score: 100,
      topFunction: { name: "Parser.parse", line: 12, cognitive: 35 },
    });
    // Code lines stand in for complexity where functions are not measured.
    expect(report.hotspots[1]).toMatchObject({ complexity: 30, topFunction: null });
    const hotspotFindings = report.findings.filter((f) => f.ruleId === "history/hotspot");
    expect(hotspotFindings.map((f) => [f.location?.file, f.severity])).toEqual([
      ["src/engine/parser.ts", "high"],
      ["docs/build.py", "medium"],
    ]);
    expect(hotspotFindings[0]?.location).toEqual({ file: "src/engine/parser.ts", startLine: 12 });
    expect(report.metrics["history.hotspots"]).toBe(2);
  });

  it("reports ownership and bus factor per folder, and one owner of a substantial folder", async () => {
    const report = historyReport(await craftedHistory(), facts);
    const table = report.sections.find((s) => s.id === "ownership")?.blocks.find((b) => b.type === "table");
    expect(table?.type === "table" && table.rows.map((r) => [r[0], r[3], r[4], r[5], r[6], r[7]])).toEqual([
      [["", { code: "src/" }], "16", "3", "Ada", "75%", "1"],
      [["↳ ", { code: "src/engine/" }], "14", "2", "Ada", "86%", "1"],
      [["↳ ", { code: "src/ui/" }], "2", "2", "Bob", "50%", "2"],
      [["", { code: "lib/" }], "12", "1", "Dan", "100%", "1"],
      [["", { code: "docs/" }], "6", "1", "Cara", "100%", "1"],
    ]);
    // src/ (75%) and src/ui/ are shared; docs/ is one person's but has too little code to matter.
    const bus = report.findings.filter((f) => f.ruleId === "history/bus-factor");
    expect(bus.map((f) => [f.location?.file, f.severity])).toEqual([
      ["src/engine", "medium"],
      ["lib", "medium"],
    ]);
    expect(bus[1]?.message).toMatch(/Dan made 100% of its 12 commits/);
    expect(report.metrics).toMatchObject({
      "history.commits": 34,
      "history.authors": 4,
      "history.files.changed": 5,
      "history.bus-factor.min": 1,
    });
  });

  it("builds sections and findings that match the report schema", async () => {
    const report = historyReport(await craftedHistory(), facts);
    expect(report.sections.map((s) => s.id)).toEqual(["churn", "hotspots", "ownership"]);
    for (const section of report.sections) expect(() => Section.parse(section)).not.toThrow();
    for (const finding of report.findings) expect(() => Finding.parse(finding)).not.toThrow();
  });

  it("does not rank stylesheets and data files by their lines", () => {
    const changed = (path: string, commits: number) => ({
      path,
      commits,
      linesAdded: commits,
      linesDeleted: 0,
      authors: { "Ada <a@x>": commits },
      lastChanged: "2026-01-01T00:00:00.000Z",
    });
    const history: HistoryFacts = {
      missing: null,
      windowMonths: 12,
      commits: 20,
      files: [changed("site/site.css", 20), changed("package.json", 20), changed("tools/run.py", 5)],
    };
    const report = historyReport(history, [
      file("site/site.css", 900),
      file("package.json", 80),
      file("tools/run.py", 60),
    ]);
    expect(report.hotspots.map((h) => [h.path, h.score])).toEqual([["tools/run.py", 100]]);
  });

  it("keeps a hotspot's fingerprint when its lines shift and its counts change", () => {
    const history = (commits: number): HistoryFacts => ({
      missing: null,
      windowMonths: 12,
      commits,
      files: [
        {
          path: "src/a.ts",
          commits,
          linesAdded: commits * 3,
          linesDeleted: 1,
          authors: { "Ada <a@x>": commits },
          lastChanged: "2026-01-01T00:00:00.000Z",
        },
      ],
    });
    const before = historyReport(history(10), [file("src/a.ts", 300, [fn("big", 10, 45)])]);
    const after = historyReport(history(14), [file("src/a.ts", 320, [fn("big", 42, 48)])]);
    const [a] = before.findings;
    const [b] = after.findings;
    expect(a?.location?.startLine).toBe(10);
    expect(b?.location?.startLine).toBe(42);
    expect(b?.fingerprint).toBe(a?.fingerprint);
  });

  it("says once per section why history is missing instead of showing empty tables", () => {
    const missing = "This folder is not a git repository, so there is no history.";
    const report = historyReport({ missing, windowMonths: 12, commits: 0, files: [] }, facts);
    expect(report.sections.map((s) => s.blocks)).toEqual([
      [{ type: "paragraph", text: missing }],
      [{ type: "paragraph", text: missing }],
      [{ type: "paragraph", text: missing }],
    ]);
    expect(report.findings).toEqual([]);
    expect(report.hotspots).toEqual([]);
    expect(report.metrics).toEqual({
      "history.commits": 0,
      "history.authors": 0,
      "history.files.changed": 0,
      "history.hotspots": 0,
    });
  });

  it("lists the most changed files, ties going to the latest change, lines shown where counted", () => {
    const changed = (path: string, commits: number, day: number, lines?: number) => ({
      path,
      commits,
      ...(lines === undefined ? {} : { linesAdded: lines, linesDeleted: 1 }),
      authors: { "Ada <a@x>": commits },
      lastChanged: new Date(Date.UTC(2026, 0, day)).toISOString(),
    });
    const files = [
      changed("src/engine/lexer.ts", 3, 2, 10),
      changed("src/ui/view.ts", 3, 9, 1),
      changed("lib/solo.ts", 5, 1, 1200),
      // Not counted: git could not count it, or a file before it could not be read.
      changed("src/engine/parser.ts", 1, 1),
    ];
    const report = historyReport({ missing: null, windowMonths: 12, commits: 6, files }, facts);
    const table = report.sections.find((s) => s.id === "churn")?.blocks.find((b) => b.type === "table");
    expect(table?.type === "table" && table.rows.map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
      [[{ code: "lib/solo.ts" }], "5", "+1,200", "−1"],
      [[{ code: "src/ui/view.ts" }], "3", "+1", "−1"],
      [[{ code: "src/engine/lexer.ts" }], "3", "+10", "−1"],
      [[{ code: "src/engine/parser.ts" }], "1", "–", "–"],
    ]);
  });

  it("warns above the tables when history is partial", () => {
    const missing = "History is partial: this is a shallow clone.";
    const report = historyReport(
      {
        missing,
        windowMonths: 12,
        commits: 1,
        files: [
          {
            path: "lib/solo.ts",
            commits: 1,
            linesAdded: 1,
            linesDeleted: 0,
            authors: { "A <a@x>": 1 },
            lastChanged: "2026-01-01T00:00:00.000Z",
          },
        ],
      },
      facts,
    );
    const churn = report.sections.find((s) => s.id === "churn");
    expect(churn?.blocks[0]).toEqual({ type: "note", tone: "warning", text: missing });
    expect(churn?.blocks.some((b) => b.type === "table")).toBe(true);
  });
});
