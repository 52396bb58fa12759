// The inventory's file list: what git tracks (or, outside git, what .gitignore allows), minus vendored,
// generated and binary files, each with its linguist language.
import { closeSync, lstatSync, openSync, readSync, realpathSync, type Stats } from "node:fs";
import { realpath } from "node:fs/promises";
import path from "node:path";
import { git, gitOrNull } from "@aetherstack/kit";
import ignore, { type Ignore } from "ignore";
import type { SkippedFiles, SourceFile } from "../facts.ts";
import { type RepoState, readRepoState } from "../history/repo-state.ts";
import {
  hasBinaryExtension,
  isGeneratedByContent,
  isGeneratedByName,
  isVendored,
  looksBinary,
} from "./file-kinds.ts";
import { type LanguageTable, languageByName, languageByShebang, languageTable } from "./languages.ts";
import {
  type CachedVerdict,
  cachedVerdict,
  type ListingCache,
  loadListingCache,
  rememberVerdict,
} from "./listing-cache.ts";
import { savePathCache } from "./path-cache.ts";
import { walkFolder } from "./walk-folder.ts";

/** Why a path is left out; `symlink`, `submodule` and `unreadable` are counted as `other`. */
type SkipReason = "vendored" | "generated" | "binary" | "ignored" | "symlink" | "submodule" | "unreadable";
type Verdict = SourceFile | SkipReason;

interface ListContext {
  root: string;
  realRoot: string;
  languages: LanguageTable;
  /** Per folder: does it resolve inside the workspace? Folders are far fewer than files. */
  folderInside: Map<string, boolean>;
  /** One buffer for every file's first bytes: judging is synchronous. */
  buffer: Buffer;
}

const HEAD_BYTES = 8192;
const EXAMPLES_PER_REASON = 3;

/** The files to analyse, what was left out and why, and whether it is a git work tree. */
export interface Listing {
  files: SourceFile[];
  skipped: SkippedFiles;
  gitRepo: boolean;
}

/**
 * List the files to analyse. In a git work tree: tracked plus untracked files that are not ignored;
 * elsewhere: a walk honouring .gitignore. `exclude` (gitignore syntax) leaves out more.
 * Symlinks, submodules and unreadable files are skipped and counted, never followed. With a
 * `cacheDir`, tracked files unchanged since the last run are judged from the listing cache.
 */
export async function listSourceFiles(
  workspace: string,
  options: {
    exclude: string[];
    cacheDir?: string | null;
    repo?: Promise<RepoState>;
    /** Called with each file to analyse as soon as it is judged, before the listing is done. */
    onFile?: (file: SourceFile) => void;
  },
): Promise<Listing> {
  const root = path.resolve(workspace);
  const state = await (options.repo ?? readRepoState(root));
  const gitRepo = state.kind === "repo" && state.insideWorkTree;
  const listing: Promise<Candidates> = gitRepo ? gitCandidates(root) : walkFolder(root);
  const [candidates, realRoot, cache] = await Promise.all([
    listing,
    realpath(root),
    gitRepo && options.cacheDir ? loadListingCache(options.cacheDir) : null,
  ]);
  // None is the usual case: then no path goes through the matcher at all.
  const exclude = options.exclude.length ? ignore().add(options.exclude) : null;
  // Files the cache knows are judged without the language table, which loads only for the others.
  const known = candidates.paths.map((rel) => knownVerdict(rel, exclude, candidates.blobs?.get(rel), cache));
  const ctx: ListContext | null = known.includes(undefined)
    ? {
        root,
        realRoot,
        languages: await languageTable(options.cacheDir),
        folderInside: new Map(),
        buffer: Buffer.alloc(HEAD_BYTES),
      }
    : null;
  const verdicts = candidates.paths.map((rel, i) => {
    const blob = candidates.blobs?.get(rel);
    const verdict = known[i] ?? judge(ctx!, rel, blob, cache);
    if (typeof verdict !== "string") {
      if (blob) listedBlobs.set(verdict, blob);
      options.onFile?.(verdict);
    }
    return verdict;
  });
  if (cache) await savePathCache(cache, new Set(candidates.paths)).catch(() => {});
  const skipped = emptySkipped();
  skipped.ignored += candidates.ignored;
  for (const dir of candidates.nestedRepos) countSkip(skipped, "submodule", dir);
  const files: SourceFile[] = [];
  verdicts.forEach((verdict, i) => {
    if (typeof verdict === "string") countSkip(skipped, verdict, candidates.paths[i]!);
    else files.push(verdict);
  });
  return { files, skipped, gitRepo };
}

interface Candidates {
  paths: string[];
  ignored: number;
  nestedRepos: string[];
  /** Git blob ids of tracked files whose work tree copy is unchanged (git mode only). */
  blobs?: Map<string, string>;
}

async function gitCandidates(root: string): Promise<Candidates> {
  const [listed, ignored, changed] = await Promise.all([
    // Tracked files with their blob ids (-s), and untracked ones that are not ignored, in one
    // call; -v tags each entry, so an untracked name can never pass for a tracked entry. Our own
    // store and caches are not the repository's code, whether or not it ignores them.
    git(root, [
      "ls-files",
      "-z",
      "-v",
      "-s",
      "--others",
      "--exclude-standard",
      "--",
      ".",
      ":(exclude).aether",
    ]),
    gitOrNull(root, ["ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory"]),
    // Porcelain diff, not diff-files: it rechecks files whose times alone changed, as after a clone.
    gitOrNull(root, ["diff", "-z", "--name-only", "--relative", "--no-ext-diff", "--no-renames"]),
  ]);
  const { entries, blobs } = parseListed(listed);
  // Blob ids stand for files unchanged in the work tree only: they are the cache key that survives
  // a fresh checkout (new modification times) in CI. Without the diff, none is trusted.
  if (changed === null) blobs.clear();
  else for (const rel of changed.split("\0")) blobs.delete(rel);
  // An untracked folder with its own .git is listed once, with a trailing slash.
  const nestedRepos: string[] = [];
  const paths: string[] = [];
  for (const entry of entries) {
    if (entry.endsWith("/")) nestedRepos.push(entry.slice(0, -1));
    else paths.push(entry);
  }
  // Our own .aether/ folder, when the repository ignores it, is not one of its ignored files.
  const ignoredCount = ignored ? ignored.split("\0").filter((e) => e && !e.startsWith(".aether/")).length : 0;
  return { paths, ignored: ignoredCount, nestedRepos, blobs };
}

/** A tracked entry of `ls-files -s`, after its -v tag: "<mode> <blob> <stage>\t<path>". */
const STAGED = /^[0-7]{6} ([0-9a-f]{40,64}) ([0-3])\t/;

/** The paths `ls-files -z -v -s --others` lists, and the blob ids of those whose blob can be trusted. */
function parseListed(listed: string): { entries: Set<string>; blobs: Map<string, string> } {
  const entries = new Set<string>();
  const blobs = new Map<string, string>();
  for (const entry of listed.split("\0")) {
    const tag = entry[0];
    // "? path": untracked.
    if (tag === "?") entries.add(entry.slice(2));
    const staged = tag === "?" ? null : STAGED.exec(entry.slice(2));
    if (!staged) continue;
    const rel = entry.slice(2 + staged[0].length);
    entries.add(rel);
    // "H": an ordinary tracked file. Files marked assume-unchanged (h) or skip-worktree (S, s) may
    // differ from their blob without git diff saying so; conflicted ones (M) have no single blob.
    if (tag === "H" && staged[2] === "0") blobs.set(rel, staged[1]!);
  }
  return { entries, blobs };
}

/**
 * The verdict that needs no look at the file: left out by us or by the `exclude` setting (checked
 * every run: settings change), or remembered for this blob. Undefined when the file must be judged.
 */
function knownVerdict(
  rel: string,
  exclude: Ignore | null,
  blob: string | undefined,
  cache: ListingCache | null,
): Verdict | undefined {
  // Our own reports and caches, when the repository does not ignore them yet.
  if (rel.startsWith(".aether/") || exclude?.ignores(rel)) return "ignored";
  const known = blob && cache ? cachedVerdict(cache, rel, blob) : undefined;
  if (known === undefined) return undefined;
  return typeof known === "string" ? (known as SkipReason) : { path: rel, ...known };
}

/**
 * Judge one path by its name, then by what the file holds. For a tracked, unchanged file the cache
 * remembers the verdict per blob (a file that could not be read is never remembered: that may pass).
 */
function judge(ctx: ListContext, rel: string, blob: string | undefined, cache: ListingCache | null): Verdict {
  const verdict = isVendored(rel)
    ? "vendored"
    : isGeneratedByName(rel)
      ? "generated"
      : judgeContents(ctx, rel);
  if (blob && cache && verdict !== "unreadable") rememberVerdict(cache, rel, blob, toCached(verdict));
  return verdict;
}

function toCached(verdict: Verdict): CachedVerdict {
  return typeof verdict === "string" ? verdict : { bytes: verdict.bytes, language: verdict.language };
}

/**
 * Judge a file by its kind and first bytes. Synchronous on purpose: thousands of small lstat/read
 * calls on cached files are several times faster than the same calls through the thread pool, and
 * nothing else runs meanwhile.
 */
function judgeContents(ctx: ListContext, rel: string): Verdict {
  const abs = path.join(ctx.root, rel);
  const stat = lstatOrNull(abs);
  if (!stat) return "unreadable";
  if (stat.isSymbolicLink()) return "symlink";
  if (stat.isDirectory()) return "submodule";
  if (!stat.isFile()) return "unreadable";
  if (hasBinaryExtension(rel)) return "binary";
  if (!insideRoot(ctx, abs)) return "symlink";
  const head = readHead(abs, stat.size, ctx.buffer);
  if (!head) return "unreadable";
  if (looksBinary(head)) return "binary";
  const text = head.toString("latin1");
  if (isGeneratedByContent(rel, text)) return "generated";
  const language = languageByName(ctx.languages, rel) ?? languageByShebang(ctx.languages, text);
  const file: SourceFile = { path: rel, bytes: stat.size, language };
  listedTimes.set(file, stat.mtimeMs);
  return file;
}

/** What listing saw of each file, so reading can check its cache without another stat. */
const listedTimes = new WeakMap<SourceFile, number>();
const listedBlobs = new WeakMap<SourceFile, string>();

/** What identifies this version of a listed file without reading it: its blob id, else its modification time. */
export type ListedStamp = { blob: string; mtimeMs: number | null } | { blob: null; mtimeMs: number };

/** When `file` came from listSourceFiles: its blob id and (when it was looked at) its modification time. */
export function listedStamp(file: SourceFile): ListedStamp | undefined {
  const blob = listedBlobs.get(file);
  const mtimeMs = listedTimes.get(file);
  if (blob) return { blob, mtimeMs: mtimeMs ?? null };
  return mtimeMs === undefined ? undefined : { blob: null, mtimeMs };
}

function lstatOrNull(abs: string): Stats | null {
  try {
    return lstatSync(abs);
  } catch {
    return null;
  }
}

/** A tracked file whose folder was replaced by a symlink may live outside the workspace. */
function insideRoot(ctx: ListContext, abs: string): boolean {
  const dir = path.dirname(abs);
  if (dir === ctx.root) return true;
  let inside = ctx.folderInside.get(dir);
  if (inside === undefined) {
    try {
      const real = realpathSync.native(dir);
      inside = real === ctx.realRoot || real.startsWith(ctx.realRoot + path.sep);
    } catch {
      inside = false;
    }
    ctx.folderInside.set(dir, inside);
  }
  return inside;
}

/** The first bytes of a file, in the shared buffer (valid until the next call), or null if unreadable. */
function readHead(abs: string, size: number, buffer: Buffer): Buffer | null {
  if (size === 0) return buffer.subarray(0, 0);
  let fd: number;
  try {
    fd = openSync(abs, "r");
  } catch {
    return null;
  }
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, Math.min(size, buffer.length), 0));
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

function emptySkipped(): SkippedFiles {
  return { vendored: 0, generated: 0, binary: 0, ignored: 0, other: 0, examples: {} };
}

function countSkip(skipped: SkippedFiles, reason: SkipReason, rel: string): void {
  if (reason === "symlink" || reason === "submodule" || reason === "unreadable") skipped.other++;
  else skipped[reason]++;
  const examples = skipped.examples[reason] ?? [];
  if (examples.length < EXAMPLES_PER_REASON) skipped.examples[reason] = [...examples, rel];
}
