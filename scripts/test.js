// `npm test`: every check CI runs, then the vitest suite, closing with one "N passed, N failed" line.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const results = [];

function check(name, command, args) {
  const started = Date.now();
  const run = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  const ok = run.status === 0;
  results.push({ name, ok });
  console.log(`${ok ? "✓" : "✗"} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** The site's browser tests need Debian's Chromium; install it when we can (CI runs as root). */
function ensureChromium() {
  if (existsSync("/usr/bin/chromium")) return;
  if (process.getuid?.() !== 0) {
    console.log(
      "Chromium is missing and we are not root: the site's browser tests will fail. Fix: apt-get install chromium",
    );
    return;
  }
  console.log("Installing Chromium for the site's browser tests (apt-get install chromium)…");
  try {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  } catch {
    console.log("Could not install Chromium; the site's browser tests will fail.");
  }
}

ensureChromium();
check("typecheck", bin("tsc"), ["-p", "tsconfig.json", "--noEmit"]);
check("lint", bin("biome"), ["check", "."]);
check("action docs match action.yml", process.execPath, [
  path.join(root, "scripts/action-docs.js"),
  "--check",
]);
check("bundles match sources (check:dist)", process.execPath, [
  path.join(root, "scripts/build-dist.js"),
  "--check",
]);

// The CLI's tests run the `aether` binary, which runs cli/dist when it matches the sources.
check("CLI bundle builds (build:cli)", process.execPath, [
  path.join(root, "cli/build/bundle.ts"),
  "--strict",
]);

mkdirSync(path.join(root, "test-results"), { recursive: true });
const report = path.join(root, "test-results", "vitest.json");
spawnSync(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], {
  cwd: root,
  stdio: "inherit",
});
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(report, "utf8"));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numFailedTestSuites ?? 0);
  skipped = json.numPendingTests + json.numTodoTests;
} catch {
  failed += 1;
  console.log("✗ vitest wrote no results");
}
for (const r of results) r.ok ? passed++ : failed++;
console.log(
  `\n${results.filter((r) => r.ok).length}/${results.length} checks passed; vitest ${passed - results.filter((r) => r.ok).length} passed`,
);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
