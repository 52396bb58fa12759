// Builds the benchmark repository: real source files copied from node_modules and a long generated history.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import {
  isGeneratedByContent,
  isGeneratedByName,
  isVendored,
  looksBinary,
} from "../actions/analyze/src/files/file-kinds.ts";

// Not .mts/.cts: cloc 1.96 does not know them, and the comparison is about counting, not file policy.
const EXTENSIONS = new Set([".js", ".mjs", ".cjs", ".ts", ".json", ".md"]);
const MAX_BYTES = 100 * 1024;
const PER_PACKAGE = 200;
/** Path segments linguist treats as vendored are renamed, so the copy is counted like first-party code. */
const VENDOR_SEGMENT =
  /^(dist|vendors?|cache|deps|extern(als?)?|third[-_]?party|3rdparty|bower_components|Pods|Carthage)$/i;
const AUTHORS = [
  "Ada",
  "Grace",
  "Linus",
  "Margaret",
  "Ken",
  "Barbara",
  "Dennis",
  "Frances",
  "Guido",
  "Radia",
];
const DAY = 24 * 3600 * 1000;

/**
 * Pick `count` files from `nodeModules`, spread over its packages: only files both cloc and
 * Analyze should count (no minified, generated, vendored or binary files), so the comparison
 * measures counting and not file policy.
 */
export function pickSourceFiles(nodeModules, count) {
  const perPackage = packageDirs(nodeModules).map((dir) => eligibleFiles(nodeModules, dir));
  const picked = [];
  for (let round = 0; picked.length < count; round++) {
    let any = false;
    for (const files of perPackage) {
      if (round < files.length && picked.length < count) {
        picked.push(files[round]);
        any = true;
      }
    }
    if (!any) break;
  }
  return picked;
}

function packageDirs(nodeModules) {
  const dirs = [];
  for (const name of readdirSync(nodeModules).sort()) {
    if (name.startsWith(".")) continue;
    if (name.startsWith("@")) {
      for (const inner of readdirSync(path.join(nodeModules, name)).sort()) dirs.push(`${name}/${inner}`);
    } else {
      dirs.push(name);
    }
  }
  return dirs;
}

function eligibleFiles(nodeModules, pkg) {
  const found = [];
  const walk = (rel) => {
    if (found.length >= PER_PACKAGE) return;
    let entries;
    try {
      entries = readdirSync(path.join(nodeModules, pkg, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory() && entry.name !== "node_modules" && !entry.name.startsWith(".")) walk(child);
      else if (entry.isFile() && EXTENSIONS.has(path.extname(entry.name))) consider(pkg, child, found);
      if (found.length >= PER_PACKAGE) return;
    }
  };
  const consider = (pkgName, rel, list) => {
    if (!/^[\w@./+-]+$/.test(rel)) return;
    const from = path.join(nodeModules, pkgName, rel);
    const size = statSync(from).size;
    if (size === 0 || size > MAX_BYTES) return;
    const to = `packages/${pkgName}/${rel}`
      .split("/")
      .map((segment) => (VENDOR_SEGMENT.test(segment) ? `${segment}_` : segment))
      .join("/");
    if (isVendored(to) || isGeneratedByName(to)) return;
    const content = readFileSync(from);
    const head = content.subarray(0, 8192);
    if (looksBinary(head) || isGeneratedByContent(to, head.toString("latin1"))) return;
    if (
      content
        .toString("latin1")
        .split("\n")
        .some((line) => line.length > 1000)
    )
      return;
    list.push({ from, to, content });
  };
  walk("");
  return found;
}

/**
 * Create a git repository at `dir` holding `files`, with `commits` commits over the last year by
 * several authors, written through one `git fast-import` stream.
 */
export async function buildRepo(dir, files, commits, now = Date.now()) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync("git", ["init", "-q", "-b", "main", dir]);
  const importer = spawn("git", ["fast-import", "--quiet"], {
    cwd: dir,
    stdio: ["pipe", "inherit", "inherit"],
  });
  const done = new Promise((resolve, reject) =>
    importer.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}`)),
    ),
  );
  const write = (chunk) =>
    importer.stdin.write(chunk) ? Promise.resolve() : new Promise((r) => importer.stdin.once("drain", r));
  const start = now - 365 * DAY;
  const hot = files.filter((f) => /\.(js|ts)$/.test(f.to) && f.content.length < 8192).slice(0, 300);
  await write(commitHeader(0, start, "Import the sources"));
  await write(fileChange(".gitignore", Buffer.from(".aether/\n")));
  for (const file of files) await write(fileChange(file.to, file.content));
  for (let n = 1; n < commits; n++) {
    const when = start + Math.floor(((now - DAY / 24 - start) * n) / commits);
    await write(commitHeader(n, when, `Change ${n}`));
    for (const file of [hot[n % hot.length], hot[(n * 7) % hot.length]]) {
      await write(fileChange(file.to, Buffer.concat([file.content, Buffer.from(`\n// edit ${n}\n`)])));
    }
  }
  importer.stdin.end();
  await done;
  execFileSync("git", ["reset", "-q", "--hard", "main"], { cwd: dir });
}

function commitHeader(n, when, message) {
  const author = AUTHORS[n % AUTHORS.length];
  const ident = `${author} <${author.toLowerCase()}@example.com> ${Math.floor(when / 1000)} +0000`;
  const parent = n === 0 ? "" : `from :${n}\n`;
  const msg = Buffer.from(message);
  return `commit refs/heads/main\nmark :${n + 1}\nauthor ${ident}\ncommitter ${ident}\ndata ${msg.length}\n${message}\n${parent}`;
}

function fileChange(to, content) {
  return Buffer.concat([
    Buffer.from(`M 100644 inline ${to}\ndata ${content.length}\n`),
    content,
    Buffer.from("\n"),
  ]);
}
