// Whether cli/dist (built by bundle.ts) is the build of the files on disk now. Plain JavaScript, as
// `cli/bin/aether.js` loads it first on every run: a TypeScript file would load Node's type stripper.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";

/** The repository root: inputs are named relative to it. */
export const root = path.resolve(import.meta.dirname, "../..");
export const distDir = path.join(root, "cli", "dist");
/** The build's manifest in the bundle's folder: its hash and its inputs. */
export const MANIFEST = "build.json";
/** npm's record of what it installed: every install rewrites it, so it stands for all packages. */
export const INSTALLED = "node_modules/.package-lock.json";

/**
 * The bundle's entry when the bundle in `outdir` was built from exactly the files on disk now
 * (same size and modification time for each of our sources, and the same install of packages),
 * else null.
 */
export function freshEntry(outdir = distDir) {
  try {
    const manifest = JSON.parse(readFileSync(path.join(outdir, MANIFEST), "utf8"));
    if (!Array.isArray(manifest?.inputs) || manifest.inputs.length === 0) return null;
    for (const [file, size, mtimeMs] of manifest.inputs) {
      const info = statSync(path.join(root, file), { throwIfNoEntry: false });
      if (info?.size !== size || info.mtimeMs !== mtimeMs) return null;
    }
    return path.join(outdir, "main.js");
  } catch {
    // An unreadable manifest or input: the sources always work.
    return null;
  }
}
