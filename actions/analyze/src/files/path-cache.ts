// A cache file with one entry per workspace path, made by code that `code` identifies: loaded whole,
// pruned to this run's paths, and saved only when something changed. It sits in files/, whose code
// both caches that use it hash, so a change to the format starts them afresh.
//
// A run that changes a few entries of thousands (a pull request's files) appends just those to a
// journal beside the file instead of rewriting megabytes; the journal is folded into the file once
// it grows past an eighth of it. Journal lines name the file's generation, so lines left over from
// before a rewrite are never applied to the new file; a line torn by a run that stopped while
// writing it is not read, and the next run's line starts on a line of its own.
import { randomBytes } from "node:crypto";
import { appendFile, readFile, rm } from "node:fs/promises";
import { writeCacheFile } from "@aetherstack/kit";

export interface PathCache<Entry> {
  file: string;
  /** What made the entries (a hash of our code, a parser version): other code's entries are not used. */
  code: string;
  entries: Map<string, Entry>;
  /**
   * Entries set and keys dropped since loading: what the next save writes. A set entry is kept as
   * the file will hold it (`"key":value`), made when it is set: a first run sets thousands while
   * it waits for files to be read, and then writes the file at the end, with nothing but work left.
   */
  changed: Map<string, string>;
  dropped: Set<string>;
  /** The loaded file's generation (null: there is no usable file) and the sizes of it and its journal. */
  generation: string | null;
  fileBytes: number;
  journalBytes: number;
  /** The journal ends in a line a stopped run left unfinished: the next append starts a new line. */
  journalTorn: boolean;
}

interface CacheFile<Entry> {
  code: string;
  generation?: string;
  entries: Record<string, Entry>;
}

interface JournalLine<Entry> {
  generation: string;
  set: Record<string, Entry>;
  drop: string[];
}

const journalOf = (file: string) => `${file}.journal`;

/** The cache in `file` and its journal; a missing or torn one, or one made by other code, gives an empty cache. */
export async function loadPathCache<Entry>(file: string, code: string): Promise<PathCache<Entry>> {
  const cache: PathCache<Entry> = {
    file,
    code,
    entries: new Map(),
    changed: new Map(),
    dropped: new Set(),
    generation: null,
    fileBytes: 0,
    journalBytes: 0,
    journalTorn: false,
  };
  try {
    const text = await readFile(file, "utf8");
    const data = JSON.parse(text) as Partial<CacheFile<Entry>>;
    if (data.code === code && data.entries && typeof data.entries === "object") {
      // Key by key rather than Object.entries: no pair array for each of thousands of entries.
      for (const key in data.entries) cache.entries.set(key, data.entries[key]!);
      cache.generation = typeof data.generation === "string" ? data.generation : null;
      cache.fileBytes = text.length;
    }
  } catch {
    // No cache yet, or one we cannot trust: everything is worked out afresh.
  }
  if (cache.generation) await applyJournal(cache);
  return cache;
}

async function applyJournal<Entry>(cache: PathCache<Entry>): Promise<void> {
  let text: string;
  try {
    text = await readFile(journalOf(cache.file), "utf8");
  } catch {
    return;
  }
  cache.journalBytes = text.length;
  cache.journalTorn = text.length > 0 && !text.endsWith("\n");
  for (const line of text.split("\n")) {
    let entry: JournalLine<Entry>;
    try {
      entry = JSON.parse(line) as JournalLine<Entry>;
    } catch {
      continue; // empty, or torn by a run that stopped while writing
    }
    if (entry.generation !== cache.generation) continue;
    for (const key of entry.drop ?? []) cache.entries.delete(key);
    for (const [key, value] of Object.entries(entry.set ?? {})) cache.entries.set(key, value);
  }
}

export function setEntry<Entry>(cache: PathCache<Entry>, key: string, entry: Entry): void {
  cache.entries.set(key, entry);
  cache.changed.set(key, entryJson(key, entry));
  cache.dropped.delete(key);
}

const entryJson = (key: string, entry: unknown) => `${JSON.stringify(key)}:${JSON.stringify(entry)}`;

/** Keep only the entries of `keep`, and save what changed: appended to the journal, or the whole file. */
export async function savePathCache<Entry>(
  cache: PathCache<Entry>,
  keep: ReadonlySet<string>,
): Promise<void> {
  for (const key of cache.entries.keys()) {
    if (!keep.has(key)) {
      cache.entries.delete(key);
      cache.changed.delete(key);
      cache.dropped.add(key);
    }
  }
  if (cache.changed.size === 0 && cache.dropped.size === 0) return;
  if (cache.generation) {
    // A JournalLine, written piece by piece like the file below.
    const set = [...cache.changed.values()].join(",");
    const line = `{"generation":${JSON.stringify(cache.generation)},"set":{${set}},"drop":${JSON.stringify([...cache.dropped])}}`;
    const text = `${cache.journalTorn ? "\n" : ""}${line}\n`;
    if (cache.journalBytes + text.length <= Math.max(64 * 1024, cache.fileBytes / 8)) {
      await appendFile(journalOf(cache.file), text);
      cache.journalBytes += text.length;
      cache.journalTorn = false;
      cache.changed.clear();
      cache.dropped.clear();
      return;
    }
  }
  const generation = randomBytes(8).toString("hex");
  // A CacheFile, written piece by piece: most entries' pieces were made when they were set.
  const entries: string[] = [];
  for (const [key, entry] of cache.entries) entries.push(cache.changed.get(key) ?? entryJson(key, entry));
  const head = `{"code":${JSON.stringify(cache.code)},"generation":"${generation}","entries":{`;
  const text = `${head}${entries.join(",")}}}`;
  await writeCacheFile(cache.file, text);
  // The old journal's lines name the old generation: removing it only saves reading them again.
  await rm(journalOf(cache.file), { force: true });
  Object.assign(cache, { generation, fileBytes: text.length, journalBytes: 0, journalTorn: false });
  cache.changed.clear();
  cache.dropped.clear();
}
