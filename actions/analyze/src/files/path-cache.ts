// A cache file with one entry per workspace path, made by code that `code` identifies: loaded whole,
// pruned to this run's paths, and written atomically only when something changed. It sits in files/,
// whose code both caches that use it hash, so a change to the format starts them afresh.
import { readFile } from "node:fs/promises";
import { writeFileAtomic } from "@aetherstack/kit";

export interface PathCache<Entry> {
  file: string;
  /** What made the entries (a hash of our code, a parser version): other code's entries are not used. */
  code: string;
  entries: Map<string, Entry>;
  /** Set when an entry was added or dropped, so an unchanged cache is not rewritten. */
  dirty: boolean;
}

interface CacheFile<Entry> {
  code: string;
  entries: Record<string, Entry>;
}

/** The cache in `file`; a missing or torn one, or one made by other code, gives an empty cache. */
export async function loadPathCache<Entry>(file: string, code: string): Promise<PathCache<Entry>> {
  const cache: PathCache<Entry> = { file, code, entries: new Map(), dirty: false };
  try {
    const data = JSON.parse(await readFile(file, "utf8")) as Partial<CacheFile<Entry>>;
    if (data.code === code && data.entries && typeof data.entries === "object") {
      cache.entries = new Map(Object.entries(data.entries));
    }
  } catch {
    // No cache yet, or one we cannot trust: everything is worked out afresh.
  }
  return cache;
}

export function setEntry<Entry>(cache: PathCache<Entry>, key: string, entry: Entry): void {
  cache.entries.set(key, entry);
  cache.dirty = true;
}

/** Keep only the entries of `keep`, and write atomically when anything changed. */
export async function savePathCache<Entry>(
  cache: PathCache<Entry>,
  keep: ReadonlySet<string>,
): Promise<void> {
  for (const key of cache.entries.keys()) {
    if (!keep.has(key)) {
      cache.entries.delete(key);
      cache.dirty = true;
    }
  }
  if (!cache.dirty) return;
  const data: CacheFile<Entry> = { code: cache.code, entries: Object.fromEntries(cache.entries) };
  await writeFileAtomic(cache.file, JSON.stringify(data));
  cache.dirty = false;
}
