// Schema-valid reports for tests: a realistic Analyze report with every part filled in.
import { fingerprint, Report } from "../../src/index.ts";

export function sampleReport(overrides: Partial<Report> = {}): Report {
  return Report.parse({
    schemaVersion: 1,
    id: "20261201T120000Z-analyze-abc1234",
    agent: "analyze",
    tool: { name: "aetherstack", version: "0.1.0" },
    repo: "octo/widgets",
    commit: "abc1234def5678abc1234def5678abc1234def56",
    ref: "refs/heads/main",
    event: "push",
    pullRequest: null,
    startedAt: "2026-12-01T12:00:00.000Z",
    finishedAt: "2026-12-01T12:00:03.000Z",
    status: "ok",
    summary: "1,234 lines of code in 42 files · 2 hotspots · 1 high, 1 medium findings",
    metrics: { files: 42, "lines.code": 1234, "findings.high": 1 },
    sections: [
      {
        id: "languages",
        title: "Languages",
        blocks: [
          {
            type: "table",
            columns: ["Language", "Files", "Code"],
            align: ["left", "right", "right"],
            rows: [
              ["TypeScript", "30", "1,000"],
              ["Markdown", "12", "234"],
            ],
          },
          { type: "paragraph", text: ["Skipped ", { code: "dist/" }, " as generated."] },
        ],
      },
    ],
    findings: [
      {
        ruleId: "complexity/cognitive",
        severity: "high",
        message: "`parseArgs` has cognitive complexity 48 (threshold 15)",
        location: { file: "src/cli.ts", startLine: 10, endLine: 80 },
        fingerprint: fingerprint("complexity/cognitive", "src/cli.ts", "parseArgs"),
        suggestion: "Split parseArgs by option kind",
      },
      {
        ruleId: "deps/cycle",
        severity: "medium",
        message: "Import cycle: src/a.ts → src/b.ts → src/a.ts",
        location: { file: "src/a.ts", startLine: 1 },
        fingerprint: fingerprint("deps/cycle", "src/a.ts", "src/a.ts|src/b.ts"),
      },
    ],
    ...overrides,
  });
}
