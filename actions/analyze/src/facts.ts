// The facts Analyze gathers, file by file and from history; every section and finding is derived from these.

/** A file chosen for analysis: tracked (or, outside git, not ignored), not vendored, generated or binary. */
export interface SourceFile {
  /** POSIX path relative to the workspace. */
  path: string;
  bytes: number;
  /** Linguist language name ("TypeScript"), or null when linguist does not know the file. */
  language: string | null;
}

/** Why files were left out of the inventory, with counts, for the report's notes. */
export interface SkippedFiles {
  vendored: number;
  generated: number;
  binary: number;
  ignored: number;
  /** Symlinks that loop or point outside the workspace, submodule folders, unreadable files. */
  other: number;
  /** A few examples per reason, for the report. */
  examples: Record<string, string[]>;
}

export interface LineCounts {
  code: number;
  comment: number;
  blank: number;
}

/** A TODO/FIXME/HACK/XXX marker in a comment. */
export interface Marker {
  kind: "TODO" | "FIXME" | "HACK" | "XXX";
  line: number;
  text: string;
}

/** One function-like unit (function, method, arrow, class member) measured by the JS/TS parser. */
export interface FunctionFacts {
  /** Qualified name: `Parser.parseArgs`, `default`, `<anonymous>@12` for unnamed ones. */
  name: string;
  startLine: number;
  endLine: number;
  /** McCabe: 1 + decision points. */
  cyclomatic: number;
  /** SonarSource cognitive complexity (nesting-weighted). */
  cognitive: number;
  /** Number of parameters. */
  params: number;
}

/** One import/require/export-from in a JS/TS file. */
export interface ImportFacts {
  /** The specifier as written: `./util.js`, `react`, `node:fs`. */
  specifier: string;
  line: number;
  /** `import type` / `export type`: does not create a runtime cycle. */
  typeOnly: boolean;
}

/** Everything learnt from one file's contents. */
export interface FileFacts extends SourceFile {
  lines: LineCounts;
  markers: Marker[];
  /** Set for languages with full analysis (JS, JSX, TS, TSX). */
  functions?: FunctionFacts[];
  imports?: ImportFacts[];
  /** A syntax error stops complexity for this file; it becomes a finding, not a crash. */
  parseError?: { line: number; message: string };
}

/** Per-file change history within the window. */
export interface FileHistory {
  path: string;
  /** Commits that touched the file in the window. */
  commits: number;
  /**
   * Lines added and deleted in the window. Counted only for the files the churn table shows
   * (`mostChanged`), since counting lines is most of what reading history costs.
   */
  linesAdded?: number;
  linesDeleted?: number;
  /** Commits per author (mailmap-resolved name <email>). */
  authors: Record<string, number>;
  lastChanged: string;
}

export interface HistoryFacts {
  /** Why history is empty or partial, in words a user acts on; null when complete. */
  missing: string | null;
  windowMonths: number;
  /** Commits in the window. */
  commits: number;
  files: FileHistory[];
  /**
   * Commits per author for each folder, top level and one below (`src`, `src/history`; `.` for
   * files at the top), each commit counted once per folder: summing files would count a commit
   * that touches ten files ten times.
   */
  folders?: Record<string, Record<string, number>>;
}
