// The report site at scale: 1,000 generated reports across agents and months → build time and JS weight.
// Targets (issue 6): build ≤ 60 s on the project machine, ≤ 100 KB of JavaScript on any page.
// `npm run bench -- site.bench`; figures are recorded in docs/site.md.
import { mkdir, readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSite } from "../cli/src/commands/site.ts";
import { generateStore } from "../site/test/support/generate-store.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const work = path.join(here, ".work", "site");
const store = path.join(work, "store");
const out = path.join(work, "out");
const REPORTS = Number(process.env.SITE_BENCH_REPORTS ?? 1000);
const targets = { seconds: 60, jsBytes: 100 * 1024 };

await rm(work, { recursive: true, force: true });
await mkdir(work, { recursive: true });
const reports = await generateStore(store, { reports: REPORTS, months: 12, prEvery: 4, seed: 7 });
const findings = reports.reduce((n, r) => n + r.findings.length, 0);
console.log(
  `store: ${reports.length} reports, ${findings} findings, ${new Set(reports.map((r) => r.agent)).size} agents`,
);

const started = performance.now();
await buildSite({ reports: store, out, logLevel: "warn" });
const seconds = (performance.now() - started) / 1000;

const pages = await htmlFiles(out);
let maxJs = { bytes: 0, page: "" };
let totalHtml = 0;
for (const file of pages) {
  const html = await readFile(file, "utf8");
  totalHtml += Buffer.byteLength(html);
  const bytes = await scriptBytes(html);
  if (bytes > maxJs.bytes) maxJs = { bytes, page: path.relative(out, file) };
}

const ok = seconds <= targets.seconds && maxJs.bytes <= targets.jsBytes;
console.log(`build: ${seconds.toFixed(1)} s for ${pages.length} pages (target ≤ ${targets.seconds} s)`);
console.log(
  `largest JS on a page: ${(maxJs.bytes / 1024).toFixed(1)} KB on ${maxJs.page || "none"} (target ≤ 100 KB)`,
);
console.log(
  `HTML: ${(totalHtml / 1024 / 1024).toFixed(1)} MB in all, ${(totalHtml / pages.length / 1024).toFixed(0)} KB a page on average`,
);
console.log(ok ? "site: within targets" : "site: OVER TARGET");
await rm(work, { recursive: true, force: true });
process.exit(ok ? 0 : 1);

async function htmlFiles(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await htmlFiles(full)));
    else if (entry.name.endsWith(".html")) found.push(full);
  }
  return found;
}

/** Inline scripts plus every script and modulepreload the page loads, each counted once. */
async function scriptBytes(html) {
  let bytes = 0;
  const files = new Set();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1] ?? "")?.[1];
    if (src) files.add(src);
    else bytes += Buffer.byteLength(m[2] ?? "");
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) files.add(m[1]);
  for (const src of files) bytes += (await stat(path.join(out, src.replace(/^\//, "")))).size;
  return bytes;
}
