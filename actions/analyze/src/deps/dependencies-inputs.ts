// What the dependencies section is built from, as one digest for its part memo (part-memo.ts): each
// file's imports, the paths imports resolve against, and the package.json and tsconfig files read.
import { createHash } from "node:crypto";
import type { FileFacts, SourceFile } from "../facts.ts";
import { listedStamp } from "../files/list-files.ts";
import { isManifest } from "./package-manifests.ts";
import { isAliasConfig } from "./path-aliases.ts";

/**
 * A digest of everything dependenciesReport reads: every analysed file's path, language and imports
 * (lines included: findings point at them), and the version of each package.json and tsconfig it
 * reads (from the listing: a blob id or a modification time). Null when such a file's version is
 * not known, so the section is built afresh.
 */
export function dependenciesInputs(listed: SourceFile[], facts: FileFacts[]): string | null {
  // One flat list, serialised once: building a string per file cost more than the hash.
  const parts: (string | number)[] = [];
  if (!addConfigVersions(parts, listed)) return null;
  addImports(parts, facts);
  // JSON, not a separator: a specifier may hold any character, NUL included.
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}

/** The version of each package.json and tsconfig listed; false when one has no known version. */
function addConfigVersions(parts: (string | number)[], listed: SourceFile[]): boolean {
  for (const file of listed) {
    if (!isManifest(file.path) && !isAliasConfig(file.path)) continue;
    const stamp = listedStamp(file);
    if (!stamp) return false;
    parts.push(file.path, file.bytes, stamp.blob ?? stamp.mtimeMs);
  }
  return true;
}

/** Every analysed file's path, language and imports. */
function addImports(parts: (string | number)[], facts: FileFacts[]): void {
  for (const file of facts) {
    // The count first, so no two different lists of imports give the same text.
    parts.push(file.path, file.language ?? "", file.imports?.length ?? -1);
    for (const i of file.imports ?? []) parts.push(i.specifier, i.line, i.typeOnly ? 1 : 0);
  }
}
