// The last run's per-file and per-folder sums of the window, reused while they still hold: the same
// head (no new commits), the same key (mailmap, folder, exclusions, this code), and a window that has
// only moved forward without passing its oldest commit (so no commit has left it).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { writeCacheFile } from "@aetherstack/kit";
import { codeHash } from "../code-hash.ts";
import type { HistorySums as Sums } from "./aggregate.ts";

interface Summary {
  key: string;
  head: string;
  /** The window's start when the sums were made; an earlier start would take in older commits. */
  since: number;
  /** The oldest commit time in the window (null: none); a start past it would drop that commit. */
  oldest: number | null;
  result: Sums;
}

const file = (cacheDir: string) => path.join(cacheDir, "history-summary-v1.json");
const fullKey = (key: string) => `${codeHash(["history"])} ${key}`;

export async function recallSummary(
  cacheDir: string,
  key: string,
  head: string,
  since: number,
): Promise<Sums | null> {
  try {
    const summary = JSON.parse(await readFile(file(cacheDir), "utf8")) as Summary;
    const holds =
      summary.key === fullKey(key) &&
      summary.head === head &&
      since >= summary.since &&
      (summary.oldest === null || since <= summary.oldest);
    return holds ? summary.result : null;
  } catch {
    return null;
  }
}

/** Keep the sums for the next run; a failure only means the next run sums again. */
export async function rememberSummary(cacheDir: string, summary: Summary): Promise<void> {
  await writeCacheFile(file(cacheDir), JSON.stringify({ ...summary, key: fullKey(summary.key) })).catch(
    () => {},
  );
}
