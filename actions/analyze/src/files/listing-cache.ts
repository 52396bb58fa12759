// What listing learnt from each tracked file's contents (binary? generated? which language?), keyed
// by git blob id: a rerun judges unchanged files without opening them.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { writeFileAtomic } from "@aetherstack/kit";
import { codeHash } from "../code-hash.ts";

/** A judged file: skipped for a reason read from the file itself, or kept with its size and language. */
export type CachedVerdict = string | { bytes: number; language: string | null };

interface CacheFile {
  /** Hash of the listing code: other code may judge differently, so its entries are not used. */
  code: string;
  /** path → [blob id, verdict] */
  entries: Record<string, [string, CachedVerdict]>;
}

export interface ListingCache {
  file: string;
  entries: Map<string, [string, CachedVerdict]>;
  dirty: boolean;
}

const FILE = "listing-v1.json";
const listingCode = () => codeHash(["files"]);

/** The cache in `cacheDir`; missing, torn or made by other code gives an empty one. */
export async function loadListingCache(cacheDir: string): Promise<ListingCache> {
  const file = path.join(cacheDir, FILE);
  const cache: ListingCache = { file, entries: new Map(), dirty: false };
  try {
    const data = JSON.parse(await readFile(file, "utf8")) as Partial<CacheFile>;
    if (data.code === listingCode() && data.entries && typeof data.entries === "object") {
      cache.entries = new Map(Object.entries(data.entries));
    }
  } catch {
    // No cache yet, or one we cannot trust: every file is judged afresh.
  }
  return cache;
}

/** The verdict on `rel` when its blob is the one judged last time. */
export function cachedVerdict(cache: ListingCache, rel: string, blob: string): CachedVerdict | undefined {
  const entry = cache.entries.get(rel);
  return entry?.[0] === blob ? entry[1] : undefined;
}

export function rememberVerdict(
  cache: ListingCache,
  rel: string,
  blob: string,
  verdict: CachedVerdict,
): void {
  cache.entries.set(rel, [blob, verdict]);
  cache.dirty = true;
}

/** Keep the entries of files listed this run; write atomically when anything changed. */
export async function saveListingCache(cache: ListingCache, listed: ReadonlySet<string>): Promise<void> {
  for (const rel of cache.entries.keys()) {
    if (!listed.has(rel)) {
      cache.entries.delete(rel);
      cache.dirty = true;
    }
  }
  if (!cache.dirty) return;
  const data: CacheFile = { code: listingCode(), entries: Object.fromEntries(cache.entries) };
  await writeFileAtomic(cache.file, JSON.stringify(data));
  cache.dirty = false;
}
