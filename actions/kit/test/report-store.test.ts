import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseReport, ReportStore, renderReport, SCHEMA_VERSION } from "../src/index.ts";
import { sampleReport } from "./support/sample-report.ts";
import { tempDir } from "./support/temp-repo.ts";

describe("report store", () => {
  it("keeps an append-only history and the latest Markdown per agent, in the documented layout", async () => {
    const root = tempDir();
    const store = new ReportStore(root);
    const first = sampleReport();
    const second = sampleReport({ id: "20261202T120000Z-analyze-def5678" });
    await store.save(first, renderReport(first, { target: "file" }));
    const saved = await store.save(second, renderReport(second, { target: "file" }));
    expect(saved.json).toBe("analyze/history/2026/12/20261202T120000Z-analyze-def5678.json");
    expect((await store.list()).map((e) => e.id)).toEqual([first.id, second.id]);
    expect((await store.latest("analyze"))?.id).toBe(second.id);
    expect(readFileSync(path.join(root, "analyze/latest.md"), "utf8")).toContain(second.id);
    expect(JSON.parse(readFileSync(path.join(root, "analyze/latest.json"), "utf8")).id).toBe(second.id);
    // atomic writes leave no temp files behind
    expect(readdirSync(path.join(root, "analyze")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("never overwrites a stored report with the same id", async () => {
    const store = new ReportStore(tempDir());
    const report = sampleReport();
    await store.save(report, "x");
    await expect(store.save({ ...report, summary: "other" }, "y")).rejects.toThrow(/already in the store/);
    expect((await store.read(report.id)).summary).toBe(report.summary);
  });

  it("leaves a hand-edited latest.md alone and writes beside it", async () => {
    const root = tempDir();
    const store = new ReportStore(root);
    await store.save(sampleReport(), "generated one\n");
    const latest = path.join(root, "analyze/latest.md");
    writeFileSync(latest, `${readFileSync(latest, "utf8")}\nMy own notes.\n`);
    const saved = await store.save(
      sampleReport({ id: "20261203T000000Z-analyze-abc1234" }),
      "generated two\n",
    );
    expect(saved.keptHandWritten).toBe("analyze/latest.md");
    expect(readFileSync(latest, "utf8")).toContain("My own notes.");
    expect(readFileSync(path.join(root, "analyze/latest.aether.md"), "utf8")).toContain("generated two");
  });

  it("refuses a latest.md written entirely by hand", async () => {
    const root = tempDir();
    const store = new ReportStore(root);
    const latest = path.join(root, "analyze/latest.md");
    await store.save(sampleReport(), "first\n");
    writeFileSync(latest, "# Our analysis page\n");
    await store.save(sampleReport({ id: "20261203T000000Z-analyze-abc1234" }), "second\n");
    expect(readFileSync(latest, "utf8")).toBe("# Our analysis page\n");
  });

  it("names the file and field of a malformed report", async () => {
    const root = tempDir();
    const store = new ReportStore(root);
    const saved = await store.save(sampleReport(), "x");
    const file = path.join(root, saved.json);
    const broken = JSON.parse(readFileSync(file, "utf8"));
    broken.findings[0].severity = "critical";
    writeFileSync(file, JSON.stringify(broken));
    await expect(store.read(saved.json)).rejects.toThrow(
      /20261201T120000Z-analyze-abc1234\.json: is not a valid report: findings\.0\.severity/,
    );
  });
});

describe("reading stored reports", () => {
  it("fails clearly on a report newer than this version reads", () => {
    const newer = { ...sampleReport(), schemaVersion: SCHEMA_VERSION + 1 };
    expect(() => parseReport(JSON.stringify(newer), "r.json")).toThrow(
      `r.json: has schemaVersion ${SCHEMA_VERSION + 1}, newer than this AetherStack reads (${SCHEMA_VERSION}). Fix: upgrade AetherStack to read it.`,
    );
  });
  it("fails clearly on JSON that is not a report", () => {
    expect(() => parseReport('{"hello":1}', "x.json")).toThrow(/x\.json: has no schemaVersion/);
    expect(() => parseReport("{", "y.json")).toThrow(/y\.json: is not valid JSON/);
  });
  it("fills defaults for optional parts written by older tools", () => {
    const { fixed, insights, llm, notes, ...bare } = sampleReport();
    const read = parseReport(JSON.stringify(bare), "bare.json");
    expect([read.fixed, read.insights, read.llm, read.notes]).toEqual([[], [], null, []]);
    expect(existsSync("bare.json")).toBe(false);
  });
});
