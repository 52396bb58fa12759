import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type RenderTarget, type Report, renderReport } from "../src/index.ts";
import { sampleReport } from "./support/sample-report.ts";

// Golden fixtures: test/fixtures/render/<case>/input.json → <target>.md. Refresh on purpose with UPDATE=1.
const fixtures = path.join(import.meta.dirname, "fixtures", "render");
const targets: RenderTarget[] = ["file", "comment", "site"];

describe("rendering golden fixtures", () => {
  for (const name of readdirSync(fixtures).sort()) {
    const input = JSON.parse(readFileSync(path.join(fixtures, name, "input.json"), "utf8")) as Report;
    for (const target of targets) {
      it(`${name} renders for ${target} as recorded`, () => {
        const actual = renderReport(sampleReport(input), { target });
        const file = path.join(fixtures, name, `${target}.md`);
        if (process.env.UPDATE === "1") writeFileSync(file, actual);
        expect(actual).toBe(readFileSync(file, "utf8"));
      });
    }
  }
});

describe("rendering", () => {
  it("escapes Markdown in messages instead of letting them change the document", () => {
    const report = sampleReport({ summary: "<script>alert(1)</script> *x*", notes: ["# not a heading"] });
    const md = renderReport(report, { target: "file" });
    expect(md).not.toMatch(/^# not a heading/m);
    expect(md).toContain("\\<script>");
    expect(md).toContain("\\*x\\*");
  });

  it("links findings to the file and line at the report's commit", () => {
    const md = renderReport(sampleReport(), { target: "file" });
    expect(md).toContain(
      "(https://github.com/octo/widgets/blob/abc1234def5678abc1234def5678abc1234def56/src/cli.ts#L10-L80)",
    );
  });

  it("shrinks to fit a size limit, saying what was left out", () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [`file-${i}.ts`, String(i), String(i * 10)]);
    const report = sampleReport({
      sections: [{ id: "big", title: "Big", blocks: [{ type: "table", columns: ["File", "A", "B"], rows }] }],
    });
    const full = renderReport(report, { target: "file" });
    const comment = renderReport(report, { target: "comment", limit: 20_000 });
    expect(full.length).toBeGreaterThan(20_000);
    expect(comment.length).toBeLessThanOrEqual(20_000);
    expect(comment).toMatch(/\d+ more not shown\./);
  });

  it("in a PR comment shows only new findings and says when nothing is new", () => {
    const base = sampleReport();
    const pr = sampleReport({
      pullRequest: { number: 7 },
      findings: base.findings.map((f) => ({ ...f, status: "unchanged" as const })),
    });
    const md = renderReport(pr, { target: "comment" });
    expect(md).toContain("New findings (0)");
    expect(md).toContain("Nothing new to report in this pull request.");
  });
});

// Make the fixture folders the first time (kept in git; edit input.json to add a case).
mkdirSync(fixtures, { recursive: true });
