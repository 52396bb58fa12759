// The per-file cache: what was learnt from each file, keyed by its size and modification time, so a
// rerun with nothing changed reads no file contents.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { writeFileAtomic } from "@aetherstack/kit";
import { codeHash } from "../code-hash.ts";
import { parserVersion } from "../complexity/parser-version.ts";
import type { FileFacts } from "../facts.ts";

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

interface CacheFile {
  version: typeof ANALYZER_VERSION;
  /** Hash of the code that produced the entries: an upgrade or a local edit starts a new cache. */
  code: string;
  entries: Record<string, CacheEntry>;
}

/** Folders whose code shapes the cached facts. */
const ANALYZER_FOLDERS = ["inventory", "complexity", "files"];
const analyzerCode = () => `${codeHash(ANALYZER_FOLDERS)} ${parserVersion()}`;

export interface FileFactsCache {
  file: string;
  entries: Map<string, CacheEntry>;
  /** Set when an entry was added or dropped, so an unchanged cache is not rewritten. */
  dirty: boolean;
}

/** Load the cache of `cacheDir`; a missing, torn or older file gives an empty cache. */
export async function loadFileFactsCache(cacheDir: string): Promise<FileFactsCache> {
  const file = path.join(cacheDir, `file-facts-v${ANALYZER_VERSION}.json`);
  const cache: FileFactsCache = { file, entries: new Map(), dirty: false };
  try {
    const data = JSON.parse(await readFile(file, "utf8")) as Partial<CacheFile>;
    const current = data.version === ANALYZER_VERSION && data.code === analyzerCode();
    if (current && data.entries && typeof data.entries === "object") {
      cache.entries = new Map(Object.entries(data.entries));
    }
  } catch {
    // No cache yet, or one we cannot trust: every file is read.
  }
  return cache;
}

/** Cached facts for `filePath` when its stamp is unchanged, else null. */
export function cachedFacts(cache: FileFactsCache, filePath: string, stamp: FileStamp): FileFacts | null {
  const entry = cache.entries.get(filePath);
  if (!entry) return null;
  if (entry.language !== stamp.language) return null;
  const same =
    stamp.blob && entry.blob
      ? entry.blob === stamp.blob
      : entry.bytes === stamp.bytes && entry.mtimeMs === stamp.mtimeMs;
  if (!same) return null;
  return { path: filePath, bytes: stamp.bytes, language: stamp.language, ...entry.facts };
}

export function rememberFacts(cache: FileFactsCache, facts: FileFacts, stamp: FileStamp): void {
  const { path: filePath, bytes: _bytes, language: _language, ...rest } = facts;
  cache.entries.set(filePath, { ...stamp, facts: rest });
  cache.dirty = true;
}

/** Keep only the files of this run, and write atomically when anything changed. */
export async function saveFileFactsCache(cache: FileFactsCache, keep: ReadonlySet<string>): Promise<void> {
  for (const key of cache.entries.keys()) {
    if (!keep.has(key)) {
      cache.entries.delete(key);
      cache.dirty = true;
    }
  }
  if (!cache.dirty) return;
  const data: CacheFile = {
    version: ANALYZER_VERSION,
    code: analyzerCode(),
    entries: Object.fromEntries(cache.entries),
  };
  await writeFileAtomic(cache.file, JSON.stringify(data));
  cache.dirty = false;
}
