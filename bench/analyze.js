// Benchmark: Analyze against cloc on a real tree with a long history. Writes docs/benchmarks.md.
//
// Builds bench/.work/tree (gitignored): BENCH_FILES source files (default 6000) copied from
// node_modules and BENCH_COMMITS commits (default 10000) made with git fast-import. Then
// BENCH_ROUNDS rounds (default 5), each: cloc on the tree; inventory alone; Analyze cold (no cache),
// warm (nothing changed) and in PR mode (three changed files, compared with the warm report), each
// through the CLI. Medians are reported: one round on a shared machine says little.
import { execFileSync, spawn } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildRepo, pickSourceFiles } from "./_build-tree.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const work = path.join(root, "bench", ".work");
const tree = path.join(work, "tree");
const FILES = Number(process.env.BENCH_FILES ?? 6000);
const COMMITS = Number(process.env.BENCH_COMMITS ?? 10000);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
/** cloc's names for the linguist languages in the tree. */
const CLOC_NAME = { TSX: "TypeScript", "JSON with Comments": "JSON", JSON5: "JSON5" };
const COMPARED = ["JavaScript", "TypeScript", "JSON", "Markdown"];

const log = (message) => console.log(`[bench] ${message}`);

async function main() {
  const cloc = clocVersion();
  if (!cloc) {
    console.error(
      "[bench] cloc is not installed, so there is nothing to compare with. Install it (apt-get install -y cloc) and rerun.",
    );
    process.exit(1);
  }
  mkdirSync(work, { recursive: true });
  const t = performance.now();
  const files = pickSourceFiles(path.join(root, "node_modules"), FILES);
  await buildRepo(tree, files, COMMITS);
  log(`built ${files.length} files and ${COMMITS} commits in ${seconds(performance.now() - t)}`);

  const load = os.loadavg()[0];
  await probeCli();
  const rounds = [];
  for (let i = 1; i <= ROUNDS; i++) rounds.push(await round(i, files));
  const pick = (name) => median(rounds.map((r) => r[name]));
  const [clocRun, inventoryRun, cold, warm, pr] = ["cloc", "inventory", "cold", "warm", "pr"].map(pick);
  const phases = await coldPhases();
  log(`phases of a cold in-process run: ${JSON.stringify(phases)}`);

  const results = {
    machine: machine(cloc),
    tree: { files: files.length, commits: COMMITS, analyzedFiles: cold.report.metrics.files },
    load,
    runner,
    clocMs: clocRun.ms,
    clocCpuMs: clocRun.cpuMs,
    inventory: { ms: inventoryRun.ms, cpuMs: inventoryRun.cpuMs },
    phases,
    cold,
    warm,
    pr,
    languages: compareLanguages(cold.report.metrics, JSON.parse(clocRun.stdout)),
    rounds: rounds.map((r) => ({ cloc: r.cloc.ms, cold: r.cold.ms, warm: r.warm.ms, pr: r.pr.ms })),
    peakRssKiB: Math.max(...rounds.flatMap((r) => [r.cold.rssKiB, r.warm.rssKiB, r.pr.rssKiB])),
  };
  const doc = renderDoc(results);
  writeFileSync(path.join(root, "docs", "benchmarks.md"), doc);
  console.log(`\n${doc}`);
}

/**
 * One round: cloc and Analyze back to back on the same tree, so both see the same load. cloc runs
 * before and after the cold run and counts as the mean of the two: on a shared machine whose speed
 * drifts within a round, neither side gets the faster minute. The PR run changes three files and
 * puts them back afterwards.
 */
async function round(i, files) {
  const clocArgs = ["--json", "--skip-uniqueness", "--quiet", "--exclude-dir=.aether", tree];
  const clocBefore = await timed("cloc", clocArgs);
  const inventory = await timed(process.execPath, [path.join(root, "bench", "_inventory.js"), tree]);
  rmSync(path.join(tree, ".aether"), { recursive: true, force: true });
  const cold = await analyze([]);
  const clocAfter = await timed("cloc", clocArgs);
  const clocRun = {
    ...clocBefore,
    ms: (clocBefore.ms + clocAfter.ms) / 2,
    cpuMs: (clocBefore.cpuMs + clocAfter.cpuMs) / 2,
  };
  const warm = await analyze([]);
  const basePath = path.join(work, "warm-report.json");
  writeFileSync(basePath, JSON.stringify(warm.report));
  changeFewFiles(files);
  const pr = await analyze([basePath]);
  execFileSync("git", ["checkout", "-q", "--", "."], { cwd: tree });
  log(
    `round ${i}: cloc ${seconds(clocRun.ms)} (${cpu(clocRun.cpuMs)}), inventory ${seconds(inventory.ms)}; ` +
      `Analyze cold ${seconds(cold.ms)} (${cpu(cold.cpuMs)}, ${mib(cold.rssKiB)}), warm ${seconds(warm.ms)}, ` +
      `PR ${seconds(pr.ms)}`,
  );
  return { cloc: clocRun, inventory, cold, warm, pr };
}

/** The run with the median wall time (the lower middle one of an even count). */
function median(runs) {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor((runs.length - 1) / 2)];
}

/** How Analyze is run: through the CLI when it works (see probeCli), else in-process through runAgent. */
let runner = "cli";

/** The CLI is being written alongside: try it on a one-file folder before relying on it. */
async function probeCli() {
  const probe = path.join(work, "probe");
  rmSync(probe, { recursive: true, force: true });
  mkdirSync(probe, { recursive: true });
  writeFileSync(path.join(probe, "a.js"), "export const a = 1;\n");
  try {
    const cli = path.join(root, "cli", "bin", "aether.js");
    JSON.parse((await run(process.execPath, [cli, "run", "analyze", probe, "--json", "--no-save"])).stdout);
  } catch (error) {
    runner = "runAgent";
    log(`the CLI does not run (${String(error).split("\n")[0]}); Analyze runs in-process through runAgent`);
  }
}

/** Run Analyze measuring wall time, CPU time and peak RSS of its process. `extra`: [base report path]. */
async function analyze(extra) {
  const rssFile = path.join(work, "rss.txt");
  rmSync(rssFile, { force: true });
  const hook = ["--import", path.join(root, "bench", "_rss.js")];
  const env = { BENCH_RSS_FILE: rssFile };
  if (runner === "cli") {
    const cli = [path.join(root, "cli", "bin", "aether.js"), "run", "analyze", tree, "--json", "--no-save"];
    const args = extra.length ? [...cli, "--base-report", extra[0]] : cli;
    const out = await timed(process.execPath, [...hook, ...args], env);
    return measured(out, JSON.parse(out.stdout), rssFile);
  }
  const agent = path.join(root, "bench", "_run-agent.js");
  const out = await timed(process.execPath, [...hook, agent, tree, ...extra], env);
  return measured(out, JSON.parse(out.stdout).report, rssFile);
}

function measured(out, report, rssFile) {
  if (report.status !== "ok") throw new Error(`Analyze reported ${report.status}: ${report.summary}`);
  return { ms: out.ms, cpuMs: out.cpuMs, rssKiB: Number(readFileSync(rssFile, "utf8")), report };
}

/** Where a cold run spends its time, from an in-process run with a step-timing logger. */
async function coldPhases() {
  rmSync(path.join(tree, ".aether"), { recursive: true, force: true });
  const out = await timed(process.execPath, [path.join(root, "bench", "_run-agent.js"), tree]);
  const { totalMs, steps } = JSON.parse(out.stdout);
  return { totalMs, ...steps };
}

/** Wall time, and CPU time of the process and its children when GNU time is there (null otherwise). */
async function timed(command, args, env = {}) {
  const gnuTime = existsSync("/usr/bin/time");
  const started = performance.now();
  const out = gnuTime
    ? await run("/usr/bin/time", ["-f", "BENCHTIME %U %S", command, ...args], env)
    : await run(command, args, env);
  const ms = performance.now() - started;
  const times = /BENCHTIME ([\d.]+) ([\d.]+)\s*$/.exec(out.stderr);
  const cpuMs = times ? (Number(times[1]) + Number(times[2])) * 1000 : null;
  return { stdout: out.stdout, ms, cpuMs };
}

function changeFewFiles(files) {
  const targets = files.filter((f) => /\.(ts|js)$/.test(f.to)).slice(-2);
  const md = files.find((f) => f.to.endsWith(".md"));
  for (const f of [...targets, md].filter(Boolean)) {
    appendFileSync(
      path.join(tree, f.to),
      "\n// bench: a changed line\nexport function benchChanged(a) { return a ? 1 : 2; }\n",
    );
  }
}

function compareLanguages(metrics, clocLines) {
  const ours = {};
  for (const [key, value] of Object.entries(metrics)) {
    if (!key.startsWith("lines.code.")) continue;
    const language = key.slice("lines.code.".length);
    const name = CLOC_NAME[language] ?? language;
    ours[name] = (ours[name] ?? 0) + value;
  }
  return COMPARED.map((language) => {
    const theirs = clocLines[language]?.code ?? 0;
    const mine = ours[language] ?? 0;
    const diff = theirs === 0 ? (mine === 0 ? 0 : 1) : (mine - theirs) / theirs;
    return { language, analyze: mine, cloc: theirs, diff, files: clocLines[language]?.nFiles ?? 0 };
  });
}

function renderDoc(r) {
  const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
  const met = (ok) => (ok ? "met" : "**not met**");
  const cpuRatio = (a, b) => (a === null || b === null ? "n/a" : ratio(a, b));
  const cpuOf = (ms) => (ms === null ? "n/a" : seconds(ms));
  const rows = [
    [
      "Inventory only (list, read, count lines: what cloc does) vs cloc",
      `${seconds(r.inventory.ms)} vs ${seconds(r.clocMs)}`,
      ratio(r.inventory.ms, r.clocMs),
      `${cpuOf(r.inventory.cpuMs)} vs ${cpuOf(r.clocCpuMs)} (${cpuRatio(r.inventory.cpuMs, r.clocCpuMs)})`,
      "≤ 1.0×",
      met(r.inventory.ms <= r.clocMs),
    ],
    [
      "Cold Analyze (inventory, complexity, 12-month history) vs cloc",
      `${seconds(r.cold.ms)} vs ${seconds(r.clocMs)}`,
      ratio(r.cold.ms, r.clocMs),
      `${cpuOf(r.cold.cpuMs)} vs ${cpuOf(r.clocCpuMs)} (${cpuRatio(r.cold.cpuMs, r.clocCpuMs)})`,
      "≤ 1.0×",
      met(r.cold.ms <= r.clocMs),
    ],
    [
      "Warm rerun, nothing changed, vs cold",
      seconds(r.warm.ms),
      ratio(r.warm.ms, r.cold.ms),
      `${cpuOf(r.warm.cpuMs)} (${cpuRatio(r.warm.cpuMs, r.cold.cpuMs)})`,
      "≤ 0.1×",
      met(r.warm.ms <= 0.1 * r.cold.ms),
    ],
    ["PR mode, 3 changed files", seconds(r.pr.ms), "", cpuOf(r.pr.cpuMs), "≤ 1 s", met(r.pr.ms <= 1000)],
    [
      "Peak RSS (largest of every run)",
      mib(r.peakRssKiB),
      "",
      "",
      "≤ 300 MiB",
      met(r.peakRssKiB <= 300 * 1024),
    ],
  ];
  const languages = r.languages.map((l) => [
    l.language,
    String(l.files),
    String(l.analyze),
    String(l.cloc),
    `${(l.diff * 100).toFixed(2)}%`,
    met(Math.abs(l.diff) <= 0.01),
  ]);
  const table = (head, body) =>
    [
      `| ${head.join(" | ")} |`,
      `| ${head.map(() => "---").join(" | ")} |`,
      ...body.map((row) => `| ${row.join(" | ")} |`),
    ].join("\n");
  return `<!-- Written by \`npm run bench\` (bench/analyze.js): rerun it rather than editing by hand. -->
# Benchmarks

Analyze against [cloc](https://github.com/AlDanial/cloc) on the same tree, in the same run.

- Machine: ${r.machine.cpu}, ${r.machine.cores} cores (shared with other work while measured), ${r.machine.memory}
- Node ${r.machine.node}, cloc ${r.machine.cloc}, ${r.machine.git}
- Measured ${r.machine.date}
- Tree: ${r.tree.files} files copied from node_modules (JavaScript, TypeScript, JSON, Markdown), ${r.tree.commits} commits over 12 months made with \`git fast-import\`; Analyze counted ${r.tree.analyzedFiles} files.
- ${r.runner === "cli" ? "Analyze runs through the CLI: `node cli/bin/aether.js run analyze <tree> --json --no-save`" : "The CLI failed during this run, so Analyze ran in-process through `runAgent` (bench/_run-agent.js), which skips the CLI's start-up"}; times are wall clock including Node start-up.

## Speed and memory

Medians of ${r.rounds.length} rounds; each round runs cloc, Analyze cold, cloc again (a round's cloc time is the
mean of its two runs, so drift in the machine's speed during a round favours neither side), then
Analyze warm and in PR mode.

${table(["Measure", "Wall time", "Ratio", "CPU time (ratio)", "Target", "Result"], rows)}

Every round:

${table(
  ["Round", "cloc", "Cold", "Cold vs cloc", "Warm", "Warm vs cold", "PR mode"],
  r.rounds.map((x, i) => [
    String(i + 1),
    seconds(x.cloc),
    seconds(x.cold),
    ratio(x.cold, x.cloc),
    seconds(x.warm),
    ratio(x.warm, x.cold),
    seconds(x.pr),
  ]),
)}

Targets are judged on wall time. CPU time (user + system, Analyze's git processes included) is
shown because the machine was shared: the 1-minute load average was ${r.load.toFixed(1)} on ${r.machine.cores} cores when the run started.

Where a cold run spends its time (in-process, same tree, wall clock; reading files and history run in parallel):

${table(
  ["Step", "Time"],
  Object.entries(r.phases).map(([step, ms]) => [step === "totalMs" ? "Whole agent" : step, seconds(ms)]),
)}

## Code lines per language

${table(["Language", "Files (cloc)", "Analyze", "cloc", "Difference", "Within 1%"], languages)}

Linguist names are folded into cloc's (TSX into TypeScript, JSON with Comments into JSON).

Where the counts differ, file by file, it is where cloc's regular expressions misread code and
Analyze follows the language: comment tokens inside template literals and single-quoted strings
(\`\${dir}/**\`, \`'/*'\`), which cloc takes for the start of a comment; and comments in
JSON with Comments files (tsconfig.json), which cloc counts as JSON code. Files with extensions
cloc 1.96 does not know (.mts, .cts) are left out of the tree.

## What is measured

- **Cold**: no cache; every file is listed, read, counted and (JS/TS) parsed for complexity, and
  12 months of history are read, in one CLI run.
- **Warm**: the same run again. The listing cache and the per-file cache (keyed by git blob id, or
  size and modification time) and the history cache (keyed by commit) mean no file is opened and
  no old commit is read; the whole draft of the last run is reused when its inputs are the same.
  The CLI runs from its esbuild bundle (\`cli/dist\`, built by \`npm ci\`), so start-up loads a
  few files instead of about 300 modules.
- **PR mode**: two scripts and one Markdown file changed in the work tree, run with
  \`--base-report\` of the warm run: those three files are read again (by JSON transfer from oxc,
  whose raw transfer costs more to set up than three files take), and the sections are rebuilt
  from every file's facts, except the dependencies part, kept because no import changed. The
  history's sums are reused (no new commit), the per-file cache appends the three new entries to
  its journal instead of rewriting itself, and of the base report only what the comparison reads
  is checked.
`;
}

function machine(cloc) {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  return {
    cpu: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? "unknown CPU",
    cores: os.availableParallelism(),
    memory: `${Math.round(os.totalmem() / 1024 ** 3)} GiB RAM`,
    node: process.versions.node,
    cloc,
    git: execFileSync("git", ["--version"], { encoding: "utf8" }).trim(),
    date: `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
  };
}

function clocVersion() {
  try {
    return execFileSync("cloc", ["--version"], { encoding: "utf8" }).trim();
  } catch {
    return null;
  }
}

function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => {
      const stdout = Buffer.concat(out).toString("utf8");
      const stderr = Buffer.concat(err).toString("utf8");
      if (code === 0 || (code === 1 && stdout.startsWith("{"))) resolve({ stdout, stderr });
      else reject(new Error(`${path.basename(command)} exited ${code}: ${stderr.slice(-2000)}`));
    });
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mib = (kib) => `${Math.round(kib / 1024)} MiB`;
const cpu = (ms) => (ms === null ? "CPU time unknown" : `${seconds(ms)} CPU`);

await main();
