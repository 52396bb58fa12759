// Read each listed file once: line counts and markers for all, functions and imports for scripts.
import { statSync } from "node:fs";
import path from "node:path";
import type { Logger } from "@aetherstack/kit";
import type { FileFacts, SourceFile } from "../facts.ts";
import { listedStamp } from "../files/list-files.ts";
import { mapLimit } from "../files/map-limit.ts";
import { savePathCache } from "../files/path-cache.ts";
import {
  cachedFacts,
  type FileFactsCache,
  type FileStamp,
  hasFacts,
  loadFileFactsCache,
  rememberFacts,
} from "./file-facts-cache.ts";
import { type FilePool, filePool } from "./file-pool.ts";
import { countLargeFileLines } from "./large-file-lines.ts";

export interface ReadFileFactsOptions {
  /** Folder of the per-file cache; null reads every file. */
  cacheDir: string | null;
  /** Larger files are counted (streamed, all non-blank lines as code) but not parsed. */
  largeFileBytes: number;
  logger: Logger;
  /** A pool started earlier (warmed up while listing); closed here like one made here. */
  pool?: FilePool;
}

/** Fewer files than this to read are read in this thread: starting a worker would cost more. */
const FEW_FILES = 20;

/**
 * Learn what each file holds. Files whose git blob id (tracked, unchanged) or else size and
 * modification time match the cache are not read at all. Unreadable files are left out with a
 * warning rather than failing the run.
 */
export async function readFileFacts(
  workspace: string,
  files: SourceFile[],
  options: ReadFileFactsOptions,
): Promise<FileFacts[]> {
  const cache = options.cacheDir ? await loadFileFactsCache(options.cacheDir) : null;
  // A rerun after a small change (or a small repository) reads a handful of files: in this
  // thread, sooner than a worker could start, or finish starting.
  const few = filesToRead(files, cache) < FEW_FILES;
  if (few) await options.pool?.close();
  const pool = few ? filePool({ workers: 0 }) : (options.pool ?? filePool());
  let read: (FileFacts | null)[];
  try {
    read = await mapLimit(files, pool.capacity, (file) => factsOf(workspace, file, { cache, pool, options }));
  } finally {
    await pool.close();
  }
  const facts = read.filter((f): f is FileFacts => f !== null);
  if (cache) {
    await savePathCache(cache, new Set(facts.map((f) => f.path))).catch((error: unknown) => {
      options.logger.warning(`Could not write the file cache in ${options.cacheDir}: ${String(error)}`);
    });
  }
  return facts;
}

/** Files the cache cannot answer for (or may not: files listing did not stamp). */
function filesToRead(files: SourceFile[], cache: FileFactsCache | null): number {
  let count = 0;
  for (const file of files) {
    const listed = listedStamp(file);
    const stamp = listed && { bytes: file.bytes, ...listed, language: file.language };
    if (!cache || !stamp || !hasFacts(cache, file.path, stamp)) count++;
  }
  return count;
}

interface Reading {
  cache: FileFactsCache | null;
  pool: FilePool;
  options: ReadFileFactsOptions;
}

async function factsOf(workspace: string, file: SourceFile, reading: Reading): Promise<FileFacts | null> {
  const { cache, pool, options } = reading;
  // Joined only when needed: a rerun finds almost every file in the cache, and thousands of joins add up.
  const abs = () => path.join(workspace, file.path);
  try {
    const listed = listedStamp(file);
    const info = listed ? { size: file.bytes, mtimeMs: listed.mtimeMs } : statSync(abs());
    const stamp: FileStamp = {
      bytes: info.size,
      mtimeMs: info.mtimeMs,
      blob: listed?.blob ?? null,
      language: file.language,
    };
    const hit = cache ? cachedFacts(cache, file.path, stamp) : null;
    if (hit) return hit;
    const facts =
      info.size > options.largeFileBytes
        ? { ...file, bytes: info.size, lines: await countLargeFileLines(abs()), markers: [] }
        : await pool.measure(abs(), file, info.size);
    if (cache) rememberFacts(cache, facts, stamp);
    return facts;
  } catch (error) {
    options.logger.warning(`Skipped ${file.path}: could not read it (${(error as Error).message}).`);
    return null;
  }
}
