// Ownership per folder: who made most of the commits, how many people, and the bus factor.
import { compareText, type Finding, fingerprint, type Section, type Text } from "@aetherstack/kit";
import type { FileFacts, HistoryFacts } from "../facts.ts";
import { foldersOf } from "./aggregate.ts";

/** One folder's authorship in the window. */
export interface FolderOwnership {
  /** `src`, `src/history`, or `.` for files at the top. */
  folder: string;
  /** Nesting: 0 for a top-level folder, 1 for a folder inside a big one. */
  depth: 0 | 1;
  files: number;
  code: number;
  commits: number;
  authors: number;
  mainAuthor: string;
  /** The main author's share of the folder's commits, 0–1. */
  share: number;
  /** The smallest number of authors who together made more than half of the commits. */
  busFactor: number;
}

/** A top-level folder with at least this many analysed files is also shown one level down. */
const BIG_FOLDER_FILES = 20;
/**
 * `history/bus-factor` is raised for a folder with at least this much code and this many commits,
 * where one author made more than `share` of them, in a repository with more than one author:
 * in a one-person project it would only repeat that fact for every folder.
 */
export const BUS_FACTOR_RULE = { code: 200, commits: 10, share: 0.8 } as const;
const MAX_ROWS = 25;

/** Ownership of every folder that still has analysed files and was changed in the window. */
export function folderOwnership(history: HistoryFacts, facts: FileFacts[]): FolderOwnership[] {
  const counts = history.folders ?? foldersFromFiles(history);
  const sizes = new Map<string, { files: number; code: number }>();
  for (const file of facts) {
    for (const folder of foldersOf(file.path)) {
      const size = sizes.get(folder) ?? { files: 0, code: 0 };
      size.files++;
      size.code += file.lines.code;
      sizes.set(folder, size);
    }
  }
  const row = (folder: string, depth: 0 | 1): FolderOwnership | null => {
    const authors = counts[folder];
    const size = sizes.get(folder);
    return authors && size ? ownership(folder, depth, authors, size) : null;
  };
  const top = [...sizes.keys()].filter((f) => !f.includes("/")).flatMap((f) => row(f, 0) ?? []);
  return byCommits(top).flatMap((parent) => {
    if (parent.files < BIG_FOLDER_FILES) return [parent];
    const children = [...sizes.keys()]
      .filter((f) => f.startsWith(`${parent.folder}/`))
      .flatMap((f) => row(f, 1) ?? []);
    return children.length > 1 ? [parent, ...byCommits(children)] : [parent];
  });
}

function ownership(
  folder: string,
  depth: 0 | 1,
  authors: Record<string, number>,
  size: { files: number; code: number },
): FolderOwnership {
  const ranked = Object.entries(authors).sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  const commits = ranked.reduce((sum, [, n]) => sum + n, 0);
  let busFactor = 0;
  let covered = 0;
  while (covered * 2 <= commits && busFactor < ranked.length) covered += ranked[busFactor++]![1];
  const [mainAuthor = "", mainCommits = 0] = ranked[0] ?? [];
  return {
    folder,
    depth,
    ...size,
    commits,
    authors: ranked.length,
    mainAuthor,
    share: commits ? mainCommits / commits : 0,
    busFactor,
  };
}

function byCommits(rows: FolderOwnership[]): FolderOwnership[] {
  return rows.sort((a, b) => b.commits - a.commits || compareText(a.folder, b.folder));
}

/** Without per-folder counts, file changes stand in for commits (a commit touching two files counts twice). */
function foldersFromFiles(history: HistoryFacts): Record<string, Record<string, number>> {
  const folders: Record<string, Record<string, number>> = {};
  for (const file of history.files) {
    for (const folder of foldersOf(file.path)) {
      const authors = folders[folder] ?? {};
      for (const [author, n] of Object.entries(file.authors)) authors[author] = (authors[author] ?? 0) + n;
      folders[folder] = authors;
    }
  }
  return folders;
}

/** `history/bus-factor` findings; a folder inside one already reported is not reported again. */
export function busFactorFindings(
  rows: FolderOwnership[],
  history: { authors: number; windowMonths: number },
): Finding[] {
  if (history.authors <= 1) return [];
  const { windowMonths } = history;
  const flagged = new Set<string>();
  const findings: Finding[] = [];
  for (const row of rows) {
    const { code, commits, share } = BUS_FACTOR_RULE;
    if (row.code < code || row.commits < commits || row.share <= share) continue;
    if (row.depth === 1 && flagged.has(row.folder.split("/")[0]!)) continue;
    flagged.add(row.folder);
    const where = folderLabel(row.folder);
    findings.push({
      ruleId: "history/bus-factor",
      severity: "medium",
      message:
        `${where}: ${personName(row.mainAuthor)} made ${Math.round(row.share * 100)}% of its ${row.commits} commits ` +
        `in the last ${windowMonths} months, so one person holds most of what is known about ${row.code} lines of code.`,
      ...(row.folder === "." ? {} : { location: { file: row.folder } }),
      fingerprint: fingerprint("history/bus-factor", row.folder, "single-owner"),
      suggestion: `Have a second person review and make changes in ${where}, and write down how it works.`,
    });
  }
  return findings;
}

/** The `ownership` section: a table of folders, with big ones also shown one level down. */
export function ownershipSection(history: HistoryFacts, rows: FolderOwnership[]): Section {
  const id = "ownership";
  const title = "Ownership";
  if (history.commits === 0)
    return { id, title, blocks: [{ type: "paragraph", text: history.missing ?? "" }] };
  if (rows.length === 0) {
    return {
      id,
      title,
      blocks: [{ type: "paragraph", text: "No analysed folder was changed in the window." }],
    };
  }
  const shown = rows.slice(0, MAX_ROWS);
  return {
    id,
    title,
    blocks: [
      {
        type: "paragraph",
        text:
          `Who made the commits of the last ${history.windowMonths} months, by folder. ` +
          "Bus factor is the smallest number of people who made more than half of a folder's commits.",
      },
      {
        type: "table",
        columns: [
          "Folder",
          "Files",
          "Code lines",
          "Commits",
          "Authors",
          "Main author",
          "Share",
          "Bus factor",
        ],
        align: ["left", "right", "right", "right", "right", "left", "right", "right"],
        rows: shown.map((r): Text[] => [
          [r.depth ? "↳ " : "", { code: folderLabel(r.folder) }],
          String(r.files),
          r.code.toLocaleString("en-US"),
          String(r.commits),
          String(r.authors),
          personName(r.mainAuthor),
          `${Math.round(r.share * 100)}%`,
          String(r.busFactor),
        ]),
        ...(rows.length > shown.length ? { omitted: rows.length - shown.length } : {}),
      },
    ],
  };
}

function folderLabel(folder: string): string {
  return folder === "." ? "(top-level files)" : `${folder}/`;
}

/** `Ada Lovelace <ada@example.com>` → `Ada Lovelace`: reports are read in PRs, addresses are not needed there. */
export function personName(author: string): string {
  return author.replace(/\s*<[^>]*>$/, "") || author;
}
