// Which files the churn table lists. History reading counts lines for these files only, so the
// table and the reading share this one rule.
import { compareText } from "@aetherstack/kit";
import type { FileHistory } from "../facts.ts";
import { firstRows } from "../first-rows.ts";

export const CHURN_ROWS = 15;

/** The files the churn table lists: most commits first, then the latest change, then by path. */
export function mostChanged(files: Iterable<FileHistory>): FileHistory[] {
  return firstRows(
    files,
    CHURN_ROWS,
    (a, b) => b.commits - a.commits || later(a.lastChanged, b.lastChanged) || compareText(a.path, b.path),
  );
}

/** ISO times in one format order as strings do; the later one first. */
function later(a: string, b: string): number {
  return a === b ? 0 : a > b ? -1 : 1;
}
