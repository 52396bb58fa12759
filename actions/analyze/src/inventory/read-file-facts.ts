// Read each listed file once: line counts and markers for all, functions and imports for scripts.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Logger } from "@aetherstack/kit";
import { isScriptLanguage } from "../complexity/analyze-script.ts";
import type { FileFacts, SourceFile } from "../facts.ts";
import { listedStamp } from "../files/list-files.ts";
import { mapLimit } from "../files/map-limit.ts";
import {
  cachedFacts,
  type FileFactsCache,
  type FileStamp,
  loadFileFactsCache,
  rememberFacts,
  saveFileFactsCache,
} from "./file-facts-cache.ts";
import { countLargeFileLines } from "./large-file-lines.ts";
import { countLines } from "./line-counts.ts";
import { type ScriptAnalyser, scriptAnalyser } from "./script-analyser.ts";

export interface ReadFileFactsOptions {
  /** Folder of the per-file cache; null reads every file. */
  cacheDir: string | null;
  /** Larger files are counted (streamed, all non-blank lines as code) but not parsed. */
  largeFileBytes: number;
  logger: Logger;
}

/** Lines longer than this on average mean minified code: counted, never parsed. */
const MINIFIED_AVERAGE_LINE = 500;
const CONCURRENCY = 16;

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
  const scripts = scriptAnalyser();
  let read: (FileFacts | null)[];
  try {
    read = await mapLimit(files, CONCURRENCY, (file) =>
      factsOf(workspace, file, { cache, scripts, options }),
    );
  } finally {
    await scripts.close();
  }
  const facts = read.filter((f): f is FileFacts => f !== null);
  if (cache) {
    await saveFileFactsCache(cache, new Set(facts.map((f) => f.path))).catch((error: unknown) => {
      options.logger.warning(`Could not write the file cache in ${options.cacheDir}: ${String(error)}`);
    });
  }
  return facts;
}

interface Reading {
  cache: FileFactsCache | null;
  scripts: ScriptAnalyser;
  options: ReadFileFactsOptions;
}

async function factsOf(workspace: string, file: SourceFile, reading: Reading): Promise<FileFacts | null> {
  const { cache, scripts, options } = reading;
  const abs = path.join(workspace, file.path);
  try {
    const listed = listedStamp(file);
    const info = listed ? { size: file.bytes, mtimeMs: listed.mtimeMs } : statSync(abs);
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
        ? { ...file, bytes: info.size, lines: await countLargeFileLines(abs), markers: [] }
        : await analyseText(file, info.size, readFileSync(abs, "utf8"), scripts);
    if (cache) rememberFacts(cache, facts, stamp);
    return facts;
  } catch (error) {
    options.logger.warning(`Skipped ${file.path}: could not read it (${(error as Error).message}).`);
    return null;
  }
}

/** Invalid UTF-8 arrives as replacement characters: counting and parsing still work. */
async function analyseText(
  file: SourceFile,
  bytes: number,
  text: string,
  scripts: ScriptAnalyser,
): Promise<FileFacts> {
  const { lines, markers } = countLines(text, file.language ?? "");
  const facts: FileFacts = { ...file, bytes, lines, markers };
  if (!isScriptLanguage(file.language) || isMinified(text, lines.code + lines.comment + lines.blank)) {
    return facts;
  }
  return { ...facts, ...(await scripts.analyse(file.path, text, file.language!)) };
}

function isMinified(text: string, lineCount: number): boolean {
  return text.length / Math.max(lineCount, 1) > MINIFIED_AVERAGE_LINE;
}
