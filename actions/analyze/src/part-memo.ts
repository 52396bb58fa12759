// One part of the draft (a section with its findings and metrics) kept from the last run and reused
// while what it is built from is unchanged. A pull request changes a few files, and most parts of
// the report do not depend on what changed in them: the dependencies section, say, depends on
// imports, and most edits touch none. Reusing such a part spares rebuilding it from every file.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { seal, textOrderLocale, unseal } from "@aetherstack/kit";
import { codeHash } from "./code-hash.ts";
import { readKeyed, writeKeyed } from "./keyed-file.ts";

/**
 * The part `name` as built by `build`, or as kept from the last run when `inputs()` (a digest of
 * everything `build` reads; worked out only when there is a cache folder) is the same and so is
 * the code that built it. No cache folder, or no digest (something `build` reads has no known
 * version), always builds. The value must survive JSON: plain objects, arrays, strings, numbers.
 */
export async function memoPart<T>(
  cacheDir: string | null,
  name: string,
  inputs: () => string | null,
  build: () => Promise<T>,
): Promise<T> {
  const digest = cacheDir ? inputs() : null;
  if (!cacheDir || digest === null) return build();
  const file = partFile(cacheDir, name);
  // Node's version too (what counts as a builtin module, not a package, comes with it), and the
  // locale rows are sorted in.
  const key = createHash("sha256")
    .update(`${codeHash()}\0${process.version}\0${textOrderLocale}\0${digest}`)
    .digest("hex");
  const kept = await readKeyed(file, key);
  const json = kept === null ? null : unseal(kept);
  if (json !== null) return JSON.parse(json) as T;
  const value = await build();
  // A cache that cannot be written costs the next run time, not this run its report.
  await writeKeyed(file, key, seal(JSON.stringify(value))).catch(() => {});
  return value;
}

/**
 * Whether a part `name` was kept at all: without one, this run builds it for sure, and can start
 * reading what it needs early.
 */
export function hasPart(cacheDir: string | null, name: string): boolean {
  return cacheDir !== null && existsSync(partFile(cacheDir, name));
}

const partFile = (cacheDir: string, name: string) => path.join(cacheDir, `analyze-part-${name}-v1.txt`);
