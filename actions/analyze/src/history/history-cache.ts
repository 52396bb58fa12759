// The history cache: parsed commits of the window and the head they were read at, so reruns read only new commits.
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { writeCacheFile } from "@aetherstack/kit";
import type { CommitRecord } from "./parse-log.ts";

/**
 * Bump when CommitRecord or the way it is read changes; old files are then ignored. Version 2:
 * changes may have no line counts (an older Analyze reading them would sum missing numbers).
 */
const CACHE_VERSION = 2;

export interface HistoryCache {
  version: typeof CACHE_VERSION;
  /** Hash of what else shapes the records (mailmap, workspace prefix); a different key means rebuild. */
  key: string;
  /** The commit the records were read up to. */
  head: string;
  /** Window start (ms) the records were read from; commits older than it are not in the file. */
  since: number;
  /** Newest first, as git log gave them. */
  commits: CommitRecord[];
}

/** Where the cache lives inside the agent's cache folder. */
export function historyCacheFile(cacheDir: string): string {
  return path.join(cacheDir, `history-v${CACHE_VERSION}.json`);
}

/** Read the cache, or null when it is missing, unreadable or of another version (then history is rebuilt). */
export async function loadHistoryCache(file: string): Promise<HistoryCache | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return null;
  }
  try {
    const data = JSON.parse(text) as Partial<HistoryCache>;
    const valid =
      data.version === CACHE_VERSION &&
      typeof data.key === "string" &&
      typeof data.head === "string" &&
      typeof data.since === "number" &&
      Array.isArray(data.commits);
    return valid ? (data as HistoryCache) : null;
  } catch {
    return null;
  }
}

/** Write the cache atomically, so a run stopped halfway never leaves a torn file for the next. */
export async function saveHistoryCache(file: string, cache: Omit<HistoryCache, "version">): Promise<void> {
  await writeCacheFile(file, JSON.stringify({ version: CACHE_VERSION, ...cache }));
  // The previous version's file is never read again; it would only take up room in a saved cache.
  await rm(path.join(path.dirname(file), `history-v${CACHE_VERSION - 1}.json`), { force: true });
}
