// The built site in a real browser: every page type, navigation, filtering, links, no-JS, accessibility.
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Report } from "@aetherstack/kit";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../cli/src/commands/site.ts";
import { axeViolations, launchChromium } from "./support/browser.ts";
import { generateStore } from "./support/generate-store.ts";
import { type StaticSite, serveStatic } from "./support/static-server.ts";

const launched = await launchChromium();
if (typeof launched === "string") console.warn(`Skipping the site's browser tests: ${launched}`);
const shots = path.resolve(import.meta.dirname, "../../test-results/site");
const base = "/aetherstack/";

describe.skipIf(typeof launched === "string")("report site in Chromium", { timeout: 180_000 }, () => {
  const browser = launched as Browser;
  let tmp: string;
  let site: StaticSite;
  let reports: Report[];
  let pages: Record<string, string>;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), "aether-site-e2e-"));
    reports = await generateStore(path.join(tmp, "store"), { reports: 48, months: 5 });
    await buildSite({ reports: path.join(tmp, "store"), out: path.join(tmp, "out"), base, logLevel: "warn" });
    site = await serveStatic(path.join(tmp, "out"), base);
    // A pull request that both brought and fixed findings, so both tables show.
    const pr =
      reports.findLast((r) => r.pullRequest && r.agent === "analyze" && r.fixed.length > 0) ??
      reports.find((r) => r.pullRequest)!;
    pages = {
      overview: "",
      agent: "agents/analyze/",
      trends: "trends/",
      pulls: "pulls/",
      pull: `pulls/${pr.pullRequest!.number}/`,
      history: "reports/",
      report: `reports/${reports.findLast((r) => r.agent === "analyze" && r.findings.length > 3)!.id}/`,
    };
    await mkdir(shots, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  /** Open a page and collect anything that went wrong while it loaded. */
  async function open(context: BrowserContext, rel: string): Promise<{ page: Page; problems: string[] }> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(site.url + rel, { waitUntil: "load" });
    return { page, problems };
  }

  it("loads every page type with no console errors or broken requests", async () => {
    const context = await browser.newContext();
    for (const [name, rel] of Object.entries(pages)) {
      const { page, problems } = await open(context, rel);
      expect(problems, name).toEqual([]);
      await expect(page.locator("main h1").count(), name).resolves.toBe(1);
      await page.close();
    }
    await context.close();
  });

  it("navigates from the overview to every section and back", async () => {
    const context = await browser.newContext();
    const { page } = await open(context, "");
    for (const [link, href] of [
      ["Trends", "trends/"],
      ["Pull requests", "pulls/"],
      ["History", "reports/"],
      ["Analyze", "agents/analyze/"],
    ] as const) {
      await page
        .getByRole("navigation", { name: "Site" })
        .getByRole("link", { name: link, exact: true })
        .click();
      await page.waitForURL(site.url + href);
      await expect(page.locator("main h1").textContent(), page.url()).resolves.toContain(link);
      await expect(page.locator(`nav a[aria-current="page"]`).textContent()).resolves.toBe(link);
    }
    await page.getByRole("link", { name: "Aether" }).first().click();
    await page.waitForURL(site.url, { timeout: 5000 }).catch(() => {
      throw new Error(`the brand link went to ${page.url()}`);
    });
    await expect(page.locator("main h1").textContent()).resolves.toBe("Overview");
    await page.locator(".card h2 a").first().click();
    await page.waitForURL(`${site.url}agents/analyze/`);
    // From the agent's history to a permalink, and from there to its pull request.
    const pr = reports.findLast((r) => r.agent === "analyze" && r.pullRequest)!;
    await page.goto(`${site.url}reports/`);
    await page.locator(`a[href$="reports/${pr.id}/"]`).click();
    await page.waitForURL(`${site.url}reports/${pr.id}/`);
    await page
      .locator("main .meta")
      .getByRole("link", { name: `PR #${pr.pullRequest!.number}` })
      .click();
    await page.waitForURL(`${site.url}pulls/${pr.pullRequest!.number}/`);
    await expect(page.locator("main h1").textContent()).resolves.toContain(`#${pr.pullRequest!.number}`);
    await context.close();
  });

  it("filters findings by severity, rule and path, and sorts them", async () => {
    const context = await browser.newContext();
    const { page } = await open(context, pages.agent!);
    const table = page.locator("[data-findings]").first();
    const rows = table.locator("tbody tr");
    const visible = table.locator("tbody tr:not([hidden])");
    const total = await rows.count();
    expect(total).toBeGreaterThan(5);

    const severity = (await rows.last().getAttribute("data-severity"))!;
    await table.getByLabel("Severity").selectOption(severity);
    const shown = await visible.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.severity));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(total);
    expect(new Set(shown)).toEqual(new Set([severity]));
    await expect(table.getByRole("status").textContent()).resolves.toBe(`${shown.length} of ${total} shown`);
    await table.getByLabel("Severity").selectOption("");

    const rule = await rows.first().getAttribute("data-rule");
    await table.getByLabel("Rule").selectOption(rule!);
    const rules = await visible.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.rule));
    expect(new Set(rules)).toEqual(new Set([rule]));
    await table.getByLabel("Rule").selectOption("");

    const folder = path.posix.dirname((await rows.first().getAttribute("data-path"))!);
    await table.getByLabel("Path").fill(folder);
    const paths = await visible.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.path ?? ""));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => p.includes(folder))).toBe(true);
    await table.getByLabel("Path").fill("");
    await expect(visible.count()).resolves.toBe(total);

    const where = table.getByRole("button", { name: "Where" });
    await where.click();
    const asc = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.path ?? ""));
    expect(asc).toEqual([...asc].sort((a, b) => a.localeCompare(b)));
    await expect(table.locator("th[aria-sort]").getAttribute("aria-sort")).resolves.toBe("ascending");
    await where.click();
    const desc = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.path ?? ""));
    expect(desc).toEqual([...asc].reverse());
    await context.close();
  });

  it("links each finding to its file and line on GitHub at the report's commit", async () => {
    const context = await browser.newContext();
    const id = pages.report!.split("/")[1]!;
    const report = reports.find((r) => r.id === id)!;
    const { page } = await open(context, pages.report!);
    const links = await page
      .locator("[data-findings]")
      .first()
      .locator("tbody tr td.where a")
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const expected = report.findings.map((f) => {
      const loc = f.location!;
      return `https://github.com/${report.repo}/blob/${report.commit}/${loc.file}#L${loc.startLine}${loc.endLine !== loc.startLine ? `-L${loc.endLine}` : ""}`;
    });
    expect(links.sort()).toEqual(expected.sort());
    await context.close();
  });

  it("works with JavaScript off: every page reads, charts are SVG, filters stay hidden", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    for (const [name, rel] of Object.entries(pages)) {
      const { page, problems } = await open(context, rel);
      expect(problems, name).toEqual([]);
      await expect(page.locator("main h1").isVisible(), name).resolves.toBe(true);
      await page.close();
    }
    const { page } = await open(context, pages.trends!);
    await expect(page.locator("figure svg[role=img][aria-label]").count()).resolves.toBeGreaterThanOrEqual(5);
    const agent = await open(context, pages.agent!);
    await expect(agent.page.locator("[data-findings] form").isVisible()).resolves.toBe(false);
    await expect(
      agent.page.locator("[data-findings] tbody tr:not([hidden])").count(),
    ).resolves.toBeGreaterThan(3);
    await context.close();
  });

  it("passes axe-core's WCAG A/AA checks in light and dark mode", { timeout: 180_000 }, async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ colorScheme });
      for (const [name, rel] of Object.entries(pages)) {
        const { page } = await open(context, rel);
        const violations = await axeViolations(page);
        expect(
          violations.map(
            (v) =>
              `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(" "))}`,
          ),
          `${name} in ${colorScheme}`,
        ).toEqual([]);
        await expect(page.getByRole("main").count()).resolves.toBe(1);
        await expect(page.getByRole("banner").count()).resolves.toBe(1);
        await expect(page.getByRole("contentinfo").count()).resolves.toBe(1);
        await page.close();
      }
      await context.close();
    }
  });

  it("saves screenshots of each page type on desktop and phone, light and dark", {
    timeout: 300_000,
  }, async () => {
    const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
    for (const [device, viewport] of Object.entries(viewports)) {
      for (const colorScheme of ["light", "dark"] as const) {
        const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
        for (const [name, rel] of Object.entries(pages)) {
          const { page } = await open(context, rel);
          const file = path.join(shots, `${name}-${device}-${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          expect((await readFile(file)).length).toBeGreaterThan(1000);
          await page.close();
        }
        await context.close();
      }
    }
  });
});
