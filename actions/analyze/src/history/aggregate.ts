// Per-file history from per-commit records: follows renames to today's paths and applies the window.
import { compareText } from "@aetherstack/kit";
import type { FileHistory, HistoryFacts } from "../facts.ts";
import type { CommitRecord, FileChange } from "./parse-log.ts";

export interface AggregateOptions {
  /** Commits older than this (ms since the epoch) are out of the window. */
  since: number;
  /** Paths that are not files of this repository (submodule gitlinks). */
  exclude: ReadonlySet<string>;
}

interface Totals {
  commits: number;
  linesAdded: number;
  linesDeleted: number;
  /** Commits whose change to the file has no line counts yet, each once. */
  uncounted: string[];
  authors: Record<string, number>;
  lastChanged: number;
  /** The last commit counted, so a commit touching a file twice (rename plus edit) counts once. */
  lastCommit: string;
}

export type HistorySums = Pick<HistoryFacts, "commits" | "files" | "folders">;

export interface Aggregate extends HistorySums {
  /** For each file whose lines are not all counted, the commits that need counting. */
  uncounted: ReadonlyMap<string, readonly string[]>;
}

/**
 * Sum commits into per-file history. `commits` must be newest first with no parent before its
 * children (git log's default order): a rename seen in a commit then maps the old path of every
 * older commit to the file's current name. A file gets line counts when all its changes have them.
 */
export function aggregateHistory(commits: Iterable<CommitRecord>, options: AggregateOptions): Aggregate {
  const totals = new Map<string, Totals>();
  const folders: Record<string, Record<string, number>> = {};
  const renamedTo = new Map<string, string>();
  let count = 0;
  for (const commit of commits) {
    if (commit.time < options.since) continue;
    count++;
    const touched = new Set<string>();
    for (const change of commit.changes) {
      const path = renamedTo.get(change.path) ?? change.path;
      if (options.exclude.has(path)) continue;
      add(totals, path, commit, change);
      for (const folder of foldersOf(path)) touched.add(folder);
    }
    for (const folder of touched) {
      const authors = folders[folder] ?? {};
      authors[commit.author] = (authors[commit.author] ?? 0) + 1;
      folders[folder] = authors;
    }
    // After the whole commit, so a path renamed away and re-created in one commit stays apart.
    for (const change of commit.changes) {
      if (change.from !== undefined) renamedTo.set(change.from, renamedTo.get(change.path) ?? change.path);
    }
  }
  const uncounted = new Map<string, string[]>();
  const files = [...totals].map(([path, t]): FileHistory => {
    const counted = t.uncounted.length === 0;
    if (!counted) uncounted.set(path, t.uncounted);
    return {
      path,
      commits: t.commits,
      ...(counted ? { linesAdded: t.linesAdded, linesDeleted: t.linesDeleted } : {}),
      authors: t.authors,
      lastChanged: new Date(t.lastChanged).toISOString(),
    };
  });
  files.sort((a, b) => b.commits - a.commits || compareText(a.path, b.path));
  return { commits: count, files, folders, uncounted };
}

/** The folders a path counts toward: its top-level folder and the one below (`.` for top-level files). */
export function foldersOf(path: string): string[] {
  const parts = path.split("/");
  if (parts.length === 1) return ["."];
  if (parts.length === 2) return [parts[0]!];
  return [parts[0]!, `${parts[0]}/${parts[1]}`];
}

function add(totals: Map<string, Totals>, path: string, commit: CommitRecord, change: FileChange): void {
  let t = totals.get(path);
  if (!t) {
    t = {
      commits: 0,
      linesAdded: 0,
      linesDeleted: 0,
      uncounted: [],
      authors: {},
      lastChanged: commit.time,
      lastCommit: "",
    };
    totals.set(path, t);
  }
  if (change.added === undefined) {
    if (t.uncounted.at(-1) !== commit.hash) t.uncounted.push(commit.hash);
  } else {
    t.linesAdded += change.added;
    t.linesDeleted += change.deleted ?? 0;
  }
  if (t.lastCommit === commit.hash) return;
  t.lastCommit = commit.hash;
  t.commits++;
  t.authors[commit.author] = (t.authors[commit.author] ?? 0) + 1;
  if (commit.time > t.lastChanged) t.lastChanged = commit.time;
}
