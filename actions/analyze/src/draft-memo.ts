// The whole draft of the last run, reused when nothing it depends on changed: the same files (by
// stamp), the same HEAD, the same settings and code, the same day (the history window moves daily).
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import {
  parseCheckedDraft,
  type ReportDraft,
  serializeCheckedDraft,
  textOrderLocale,
} from "@aetherstack/kit";
import { codeHash } from "./code-hash.ts";
import { parserVersion } from "./complexity/parser-version.ts";
import type { SkippedFiles, SourceFile } from "./facts.ts";
import { listedStamp } from "./files/list-files.ts";
import { readKeyed, writeKeyed } from "./keyed-file.ts";

/** The key on the first line, then the checked draft (a digest line and its JSON). */
const FILE = "analyze-draft-v2.txt";

export interface MemoInputs {
  /** HEAD's commit; null in a repository without commits or outside git. */
  head: string | null;
  config: unknown;
  now: Date;
  files: SourceFile[];
  skipped: SkippedFiles;
}

/** The key of a run: null when a file's stamp is unknown, so nothing is reused by mistake. */
export function draftKey(inputs: MemoInputs): string | null {
  const hash = createHash("sha256").update(
    JSON.stringify([
      codeHash(),
      parserVersion(),
      inputs.config,
      inputs.now.toISOString().slice(0, 10),
      inputs.head ?? "",
      // Rows are sorted by the locale's collation.
      textOrderLocale,
      inputs.skipped,
    ]),
  );
  const stamps: string[] = [];
  for (const file of inputs.files) {
    const stamp = listedStamp(file);
    if (!stamp) return null;
    // The blob id of a tracked, unchanged file (the same in every checkout); else its modification time.
    stamps.push(`${file.path}\0${file.bytes}\0${stamp.blob ?? stamp.mtimeMs}`);
  }
  // One update, not one per file: each call crosses into native code.
  return hash.update(`\0${stamps.join("\0")}`).digest("hex");
}

/** Whether any draft is remembered: without one, this run computes its draft for sure. */
export function hasMemo(cacheDir: string): boolean {
  return existsSync(path.join(cacheDir, FILE));
}

/**
 * The remembered draft for `key`, or null (none, another key, or a file that is not exactly what
 * was written). It was checked against the schema when it was made, so it is not checked again.
 */
export async function recallDraft(cacheDir: string, key: string): Promise<ReportDraft | null> {
  const kept = await readKeyed(path.join(cacheDir, FILE), key);
  return kept === null ? null : parseCheckedDraft(kept);
}

/** Remember this run's draft (one per cache folder: the last run's). Throws on a malformed draft. */
export async function rememberDraft(cacheDir: string, key: string, draft: ReportDraft): Promise<void> {
  await writeKeyed(path.join(cacheDir, FILE), key, serializeCheckedDraft(draft));
}
