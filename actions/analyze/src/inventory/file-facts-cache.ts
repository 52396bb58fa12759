// The per-file cache: what was learnt from each file, keyed by its size and modification time, so a
// rerun with nothing changed reads no file contents.
import { existsSync } from "node:fs";
import path from "node:path";
import { codeHash } from "../code-hash.ts";
import { parserVersion } from "../complexity/parser-version.ts";
import type { FileFacts } from "../facts.ts";
import { loadPathCache, type PathCache, setEntry } from "../files/path-cache.ts";

/**
 * Bump when line counting, markers or the script analysis change what they produce; old cache
 * files are then ignored and rebuilt.
 */
export const ANALYZER_VERSION = 1;

/** What identifies one version of a file without reading it. */
export interface FileStamp {
  bytes: number;
  /** Null when listing knew the file by its blob and did not look at it. */
  mtimeMs: number | null;
  /** Git blob id of an unchanged tracked file: matches across checkouts, where times do not. */
  blob: string | null;
  language: string | null;
}

interface CacheEntry extends FileStamp {
  facts: Omit<FileFacts, "path" | "bytes" | "language">;
}

/** Folders whose code shapes the cached facts. */
const ANALYZER_FOLDERS = ["inventory", "complexity", "files"];

/** Entries made by another version, other code or another parser are not used. */
export type FileFactsCache = PathCache<CacheEntry>;

/** Load the cache of `cacheDir`; a missing, torn or older file gives an empty cache. */
export function loadFileFactsCache(cacheDir: string): Promise<FileFactsCache> {
  const code = `v${ANALYZER_VERSION} ${codeHash(ANALYZER_FOLDERS)} ${parserVersion()}`;
  return loadPathCache(cacheFile(cacheDir), code);
}

/** Whether `cacheDir` has a per-file cache of this version at all; without one, every file is read. */
export function hasFileFactsCache(cacheDir: string): boolean {
  return existsSync(cacheFile(cacheDir));
}

const cacheFile = (cacheDir: string) => path.join(cacheDir, `file-facts-v${ANALYZER_VERSION}.json`);

/** Whether the cache holds facts for this version of `filePath` (cachedFacts would give them). */
export function hasFacts(cache: FileFactsCache, filePath: string, stamp: FileStamp): boolean {
  return matchingEntry(cache, filePath, stamp) !== null;
}

/** Cached facts for `filePath` when its stamp is unchanged, else null. */
export function cachedFacts(cache: FileFactsCache, filePath: string, stamp: FileStamp): FileFacts | null {
  const entry = matchingEntry(cache, filePath, stamp);
  return entry && { path: filePath, bytes: stamp.bytes, language: stamp.language, ...entry.facts };
}

function matchingEntry(cache: FileFactsCache, filePath: string, stamp: FileStamp): CacheEntry | null {
  const entry = cache.entries.get(filePath);
  if (!entry || entry.language !== stamp.language) return null;
  const same =
    stamp.blob && entry.blob
      ? entry.blob === stamp.blob
      : entry.bytes === stamp.bytes && entry.mtimeMs === stamp.mtimeMs;
  return same ? entry : null;
}

export function rememberFacts(cache: FileFactsCache, facts: FileFacts, stamp: FileStamp): void {
  const { path: filePath, bytes: _bytes, language: _language, ...rest } = facts;
  setEntry(cache, filePath, { ...stamp, facts: rest });
}
