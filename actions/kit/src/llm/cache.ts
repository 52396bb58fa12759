// Answers kept on disk, keyed by the exact request, so reruns and offline replays cost nothing.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { writeFileAtomic } from "../store/atomic-write.ts";

/** What a request got: an answer, or a 400 that taught us a model's limits (replayed the same way). */
export type CachedResponse =
  | { kind: "answer"; content: string; finishReason: string; inputTokens: number; outputTokens: number }
  | { kind: "rejected"; status: number; message: string };

/** Bump when the entry shape or the key recipe changes. */
const CACHE_VERSION = 1;

/** The cache key of a request body: model, messages and every parameter. */
export function cacheKey(body: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify({ v: CACHE_VERSION, body }))
    .digest("hex");
}

export interface LlmCache {
  /** The folder entries are written to. */
  dir: string;
  get(key: string): Promise<CachedResponse | null>;
  put(key: string, response: CachedResponse, model: string): Promise<void>;
}

/** A cache of JSON files under `dir`, one per request, written atomically. */
export function diskCache(dir: string): LlmCache {
  const file = (key: string) => path.join(dir, key.slice(0, 2), `${key}.json`);
  return {
    dir,
    async get(key) {
      try {
        const entry = JSON.parse(await readFile(file(key), "utf8")) as { response?: CachedResponse };
        return entry.response ?? null;
      } catch {
        // Missing or unreadable entries are misses; a broken file is rewritten by the next answer.
        return null;
      }
    },
    async put(key, response, model) {
      await writeFileAtomic(file(key), `${JSON.stringify({ v: CACHE_VERSION, model, response }, null, 2)}\n`);
    },
  };
}
