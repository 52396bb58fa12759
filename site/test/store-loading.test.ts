// Building from a store: bad reports fail the build by name, or are skipped on request; versions checked.
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ConfigurationError, historyPath, parseReport, type Report, ReportStore } from "@aetherstack/kit";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildSite } from "../../cli/src/commands/site.ts";
import { execute } from "../../cli/src/main.ts";
import { generateStore } from "./support/generate-store.ts";

describe("building the site from a report store", { timeout: 180_000 }, () => {
  let tmp: string;
  let store: string;
  let reports: Report[];

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), "aether-site-store-"));
    store = path.join(tmp, "store");
    reports = await generateStore(store, { reports: 6, months: 2, agents: ["analyze"] });
  }, 240_000);
  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  /** Put a broken copy of the newest report beside the good ones and return its path. */
  async function breakOne(
    change: (r: Record<string, unknown>) => void,
    id = "20261231T235959Z-analyze-bad0001",
  ) {
    const copy = structuredClone(reports.at(-1)!) as unknown as Record<string, unknown>;
    copy.id = id;
    change(copy);
    const file = path.join(store, historyPath({ agent: "analyze", id }));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(copy));
    return file;
  }

  it("builds a permalink page for every report and the overview from the latest", async () => {
    const out = path.join(tmp, "good");
    const result = await buildSite({ reports: store, out, logLevel: "error" });
    expect(result.base).toBe("/");
    for (const r of reports) await access(path.join(out, "reports", r.id, "index.html"));
    const last = reports.at(-1)!;
    const json = await readFile(path.join(out, "reports", `${last.id}.json`), "utf8");
    expect(parseReport(json, "site JSON")).toEqual(last);
    const overview = await readFile(path.join(out, "index.html"), "utf8");
    expect(overview).toContain(reports.at(-1)!.summary);
  });

  it("fails the build naming the malformed report and what is wrong with it", async () => {
    const file = await breakOne((r) => {
      (r.findings as { severity: string }[])[0]!.severity = "urgent";
    });
    try {
      const error = await buildSite({ reports: store, out: path.join(tmp, "bad"), logLevel: "silent" }).catch(
        (e) => e,
      );
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.input).toBe(path.relative(process.cwd(), file));
      expect(error.problem).toMatch(/^is not a valid report: findings\.0\.severity: /);
      expect(error.fix).toContain("--skip-invalid");
    } finally {
      await rm(file);
    }
  });

  it("skips malformed reports with a warning when asked to", async () => {
    const file = await breakOne((r) => {
      delete r.summary;
    });
    // Astro's logger writes to the streams directly.
    const printed: string[] = [];
    const write = (chunk: unknown) => {
      printed.push(String(chunk));
      return true;
    };
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(write);
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation(write);
    try {
      const out = path.join(tmp, "skipped");
      await buildSite({ reports: store, out, skipInvalid: true, logLevel: "warn" });
      expect(printed.join("")).toContain(
        `Skipped ${path.relative(process.cwd(), file)}: is not a valid report: summary`,
      );
      await expect(access(path.join(out, "reports", "20261231T235959Z-analyze-bad0001"))).rejects.toThrow();
      await access(path.join(out, "reports", reports[0]!.id, "index.html"));
    } finally {
      stderr.mockRestore();
      stdout.mockRestore();
      await rm(file);
    }
  });

  it("reads reports through parseReport, so schema versions are checked and migrated", async () => {
    const newer = await breakOne((r) => {
      r.schemaVersion = 99;
    });
    try {
      const error = await buildSite({ reports: store, out: path.join(tmp, "v99"), logLevel: "silent" }).catch(
        (e) => e,
      );
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.problem).toContain("has schemaVersion 99, newer than this AetherStack reads");
    } finally {
      await rm(newer);
    }
  });

  it("says how to fix a missing store folder, through `aether site build`", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const missing = path.join(tmp, "nope");
      const code = await execute(["site", "build", "--reports", missing, "--out", path.join(tmp, "x")]);
      expect(code).toBe(2);
      expect(errors.mock.calls.flat().join("\n")).toContain(`--reports ${missing}: is not a folder`);
    } finally {
      errors.mockRestore();
    }
  });

  it("builds from the reports the real Analyze agent writes for this repository", async () => {
    const real = path.join(tmp, "real-store");
    const repoRoot = path.resolve(import.meta.dirname, "../..");
    const quiet = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const quietErr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    let code: number;
    try {
      code = await execute(["run", "analyze", repoRoot, "--store", real, "--json"]);
    } finally {
      quiet.mockRestore();
      quietErr.mockRestore();
    }
    expect(code).toBeLessThan(2);
    const [entry] = await new ReportStore(real).list("analyze");
    const report = await new ReportStore(real).read(entry!.file);
    const out = path.join(tmp, "real-out");
    await buildSite({ reports: real, out, logLevel: "error" });
    const html = await readFile(path.join(out, "agents", "analyze", "index.html"), "utf8");
    expect(html.match(/<tr data-severity=/g)?.length).toBe(report.findings.length);
    for (const section of report.sections) expect(html).toContain(`id="${section.id}"`);
  });

  it("serves a GitHub Pages project site under --base", async () => {
    const out = path.join(tmp, "based");
    await buildSite({ reports: store, out, base: "aetherstack", logLevel: "error" });
    const overview = await readFile(path.join(out, "index.html"), "utf8");
    expect(overview).toContain('href="/aetherstack/trends/"');
    expect(overview).toContain('href="/aetherstack/_astro/');
    expect(overview).not.toMatch(/href="\/(trends|reports|pulls|agents)\//);
  });
});
