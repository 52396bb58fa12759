// The CLI's bundle: cli/src and everything it imports, bundled by esbuild into cli/dist (gitignored).
// Node loads a few bundled files much faster than about 300 modules (ours in TypeScript, npm's):
// `aether --version` takes 0.15 s instead of 0.35 s (Node itself included). `npm ci` builds it
// (the root `prepare` script) and so does `npm test`; `cli/bin/aether.js` runs it only while every
// input is unchanged (see fresh-entry.js), and the sources otherwise, so an edit is never hidden
// behind an old bundle.
//
// Rebuilding replaces cli/dist whole, so an `aether` run that started before may fail to load a
// lazy chunk: build when no run is under way (as `npm ci` and `npm test` do).
//
// esbuild, not ncc (which bundles the actions): ncc cannot bundle the CLI's lazy `import("astro")`
// without turning it into a load on every run, and esbuild's code splitting keeps every lazy
// import (Astro, the LLM client, the analysis) out of the start-up path.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { distDir, INSTALLED, MANIFEST, root } from "./fresh-entry.js";

/**
 * Packages left to Node: Astro (loaded only by `aether site`, and it finds its own files at run
 * time), oxc-parser (a native binary), linguist-languages (its data files are read from disk).
 */
const EXTERNAL = ["astro", "oxc-parser", "linguist-languages"];

/** Files that shape the build besides the sources: how packages resolve, and this builder. */
const BUILD_CONFIG = [
  "package.json",
  "tsconfig.json",
  "cli/build/bundle.ts",
  ...workspaces().map((dir) => `${dir}/package.json`),
];

function workspaces(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
    workspaces?: string[];
  };
  return manifest.workspaces ?? [];
}

/** What a build writes beside the bundle (build.json). */
export interface BuildManifest {
  /** Hash over every file of the bundle. */
  codeHash: string;
  /** [path from the repository root, size, modification time in ms] of each input. */
  inputs: [string, number, number][];
}

/** Build into `outdir` (cli/dist by default), replacing it whole. Returns the manifest written. */
export async function buildCli(outdir = distDir): Promise<BuildManifest> {
  const { build } = await import("esbuild");
  const started = Date.now();
  const temp = `${outdir}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: {
      main: "cli/src/main.ts",
      // The worker pool starts this file beside the chunk that holds the pool (file-pool.ts).
      "file-worker": "actions/analyze/src/inventory/file-worker.ts",
    },
    outdir: temp,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node24",
    external: EXTERNAL,
    metafile: true,
    logLevel: "warning",
    // Bundled CommonJS packages call require() for Node's built-ins; ESM output has none of its own.
    banner: {
      js: 'import { createRequire as __aetherRequire } from "node:module"; const require = __aetherRequire(import.meta.url);',
    },
  });
  // Packages are stood for by npm's record of what it installed: one stat instead of hundreds.
  const sources = Object.keys(result.metafile.inputs).filter(
    (file) => !file.startsWith("<") && !file.split("/").includes("node_modules"),
  );
  const inputs = [...new Set([...sources, ...BUILD_CONFIG, INSTALLED])]
    .sort()
    .map((file): [string, number, number] => {
      const info = statSync(path.join(root, file));
      // Saved while esbuild was reading: the bundle may hold the old text, so it never counts as fresh.
      return [file, info.size, info.mtimeMs >= started ? -1 : info.mtimeMs];
    });
  const manifest: BuildManifest = { codeHash: hashOutputs(temp), inputs };
  writeFileSync(path.join(temp, MANIFEST), `${JSON.stringify(manifest)}\n`);
  rmSync(outdir, { recursive: true, force: true });
  renameSync(temp, outdir);
  return manifest;
}

/** One hash over every file of the bundle: caches key on it (actions/analyze/src/code-hash.ts). */
function hashOutputs(dir: string): string {
  const hash = createHash("sha256");
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(path.join(dir, file)));
  return hash.digest("hex").slice(0, 16);
}

if (import.meta.main) {
  const started = performance.now();
  try {
    const { inputs } = await buildCli();
    console.log(
      `built cli/dist from ${inputs.length - 1} files of ours and the installed packages in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    // The CLI still runs from its sources, only its start-up is slower: so `npm ci` goes on, and
    // only `--strict` (npm test) fails.
    console.warn(`cli/dist not built (the CLI will run from its sources): ${String(error).split("\n")[0]}`);
    if (process.argv.includes("--strict")) process.exitCode = 1;
  }
}
