// A hash of Analyze's own code, so caches made by other code (an upgrade, a local edit) are never served.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const hashes = new Map<string, string>();

/**
 * From sources, the .ts files of these folders of `src/`; when empty, all of them and the engine's
 * (actions/kit/src: the report schema a remembered draft was checked against is there). In the CLI's
 * bundle, the hash of all its files that its build wrote (cli/build/bundle.ts); in the Action's
 * bundle, the bundle itself.
 */
export function codeHash(folders: readonly string[] = []): string {
  const key = folders.join(",");
  const known = hashes.get(key);
  if (known) return known;
  const hash = createHash("sha256");
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith(".ts")) {
    const src = path.dirname(here);
    const files = readdirSync(src, { recursive: true, encoding: "utf8" })
      .filter(
        (rel) => rel.endsWith(".ts") && (folders.length === 0 || folders.includes(rel.split(path.sep)[0]!)),
      )
      .sort();
    for (const rel of files) hash.update(rel).update(readFileSync(path.join(src, rel)));
    if (folders.length === 0) {
      const kit = path.resolve(src, "../../kit/src");
      const engine = readdirSync(kit, { recursive: true, encoding: "utf8" }).filter((rel) =>
        rel.endsWith(".ts"),
      );
      for (const rel of engine.sort()) hash.update(`kit/${rel}`).update(readFileSync(path.join(kit, rel)));
    }
  } else if (existsSync(path.join(path.dirname(here), "build.json"))) {
    const build = JSON.parse(readFileSync(path.join(path.dirname(here), "build.json"), "utf8"));
    hash.update(String(build.codeHash));
  } else {
    hash.update(readFileSync(here));
  }
  const digest = hash.digest("hex").slice(0, 16);
  hashes.set(key, digest);
  return digest;
}
