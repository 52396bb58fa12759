// What listing learnt from each tracked file's contents (binary? generated? which language?), keyed
// by git blob id: a rerun judges unchanged files without opening them.
import path from "node:path";
import { codeHash } from "../code-hash.ts";
import { loadPathCache, type PathCache, setEntry } from "./path-cache.ts";

/** A judged file: skipped for a reason read from the file itself, or kept with its size and language. */
export type CachedVerdict = string | { bytes: number; language: string | null };

/** path → [blob id, verdict]; entries made by other listing code are not used. */
export type ListingCache = PathCache<[string, CachedVerdict]>;

/** The cache in `cacheDir`; missing, torn or made by other code gives an empty one. */
export function loadListingCache(cacheDir: string): Promise<ListingCache> {
  return loadPathCache(path.join(cacheDir, "listing-v1.json"), codeHash(["files"]));
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
  setEntry(cache, rel, [blob, verdict]);
}
