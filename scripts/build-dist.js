// Bundle every action (actions/<name>/src/main.ts) with ncc into actions/<name>/dist/.
// With --check, bundle into a temp folder and fail if any committed dist/ differs: bundles must stay true.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const check = process.argv.includes("--check");
const ncc = path.join(root, "node_modules", ".bin", "ncc");

const actions = readdirSync(path.join(root, "actions"), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(root, "actions", d.name, "src", "main.ts")))
  .map((d) => d.name)
  .sort();

function listFiles(dir, prefix = "") {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(path.join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`],
  );
}

let stale = 0;
for (const name of actions) {
  const entry = path.join(root, "actions", name, "src", "main.ts");
  const dist = path.join(root, "actions", name, "dist");
  const out = check ? mkdtempSync(path.join(os.tmpdir(), `aether-dist-${name}-`)) : dist;
  if (!check) rmSync(dist, { recursive: true, force: true });
  execFileSync(
    ncc,
    [
      "build",
      entry,
      "-o",
      out,
      "--quiet",
      "--transpile-only",
      "--target",
      "es2023",
      "--license",
      "licenses.txt",
    ],
    {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  if (check) {
    const want = listFiles(out);
    const have = listFiles(dist);
    const differ = [...new Set([...want, ...have])].filter((f) => {
      const a = path.join(out, f);
      const b = path.join(dist, f);
      return !existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b));
    });
    if (differ.length) {
      stale++;
      console.error(
        `actions/${name}/dist is stale: ${differ.join(", ")} differ from a fresh build. Fix: npm run build:dist and commit.`,
      );
    }
    rmSync(out, { recursive: true, force: true });
  } else {
    console.log(`built actions/${name}/dist`);
  }
}
if (check) {
  if (stale) process.exit(1);
  console.log(`check:dist: ${actions.length} bundles match their sources`);
}
