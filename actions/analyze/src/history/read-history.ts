// Reads the workspace's history in the window: one streamed git log pass, cached by commit across runs.
import { createHash } from "node:crypto";
import { GitError, gitLines, gitOrNull, type Logger } from "@aetherstack/kit";
import type { HistoryFacts } from "../facts.ts";
import { type Aggregate, type AggregateOptions, aggregateHistory, type HistorySums } from "./aggregate.ts";
import { countLines } from "./count-lines.ts";
import { logArgs } from "./git-commands.ts";
import { type HistoryCache, historyCacheFile, loadHistoryCache, saveHistoryCache } from "./history-cache.ts";
import { recallSummary, rememberSummary } from "./history-summary.ts";
import { mostChanged } from "./most-changed.ts";
import { type CommitRecord, parseLog } from "./parse-log.ts";
import {
  mailmapIdentity,
  type RepoState,
  readRepoState,
  shallowBoundary,
  submodulePaths,
} from "./repo-state.ts";

export interface ReadHistoryOptions {
  /** Window length; commits older than `now` minus this many months are left out. */
  months: number;
  now: Date;
  /** Where the history cache lives; null to read everything and write nothing. */
  cacheDir: string | null;
  logger: Logger;
  /** The run's readRepoState, when it has one already. */
  repo?: Promise<RepoState>;
  /**
   * Today's files (the listing's paths), among which the churn table picks the files it shows;
   * only theirs get line counts. Without it, the most changed files of the whole history do.
   */
  current?: Promise<ReadonlySet<string>> | ReadonlySet<string>;
}

interface Repo {
  workspace: string;
  head: string;
  prefix: string;
  cdup: string;
  /** Commits whose diffs are not changes (shallow boundary). */
  boundary: ReadonlySet<string>;
}

/**
 * Per-file churn and authorship for the last `months` months before `now`.
 *
 * Merge commits are left out (`--no-merges`): every change is counted once, on the commit and
 * author that made it, instead of again on whoever merged it. Dates are committer dates, which is
 * what `--since` filters on. Never throws for the repository's state: when history is missing or
 * partial, `missing` says why and what to do.
 */
export async function readHistory(workspace: string, options: ReadHistoryOptions): Promise<HistoryFacts> {
  const { months, now, logger } = options;
  const empty = (missing: string): HistoryFacts => ({ missing, windowMonths: months, commits: 0, files: [] });
  const state = await (options.repo ?? readRepoState(workspace));
  if (state.kind === "none") return empty(state.reason);
  if (!state.head) {
    return empty(
      "The repository has no commits yet, so there is no history for churn, hotspots and ownership. " +
        "Run Analyze again after the first commit.",
    );
  }
  const since = windowStart(now, months);
  const [exclude, boundary] = await Promise.all([
    submodulePaths(workspace, state),
    state.shallow ? shallowBoundary(workspace) : new Set<string>(),
  ]);
  const repo: Repo = { workspace, head: state.head, prefix: state.prefix, cdup: state.cdup, boundary };
  // A shallow clone's cache would go stale the moment it is deepened; its history is short anyway.
  const cacheFile = options.cacheDir && !state.shallow ? historyCacheFile(options.cacheDir) : null;
  // With the same head, exclusions and settings, and no commit gone out of the window yet, the
  // last run's sums are this run's: the commits need not be loaded and summed again.
  const key = cacheFile ? await cacheKey(repo) : "";
  const summaryKey = cacheFile ? `${key} ${[...exclude].sort().join("\0")}` : "";
  const remembered = cacheFile ? await recallSummary(options.cacheDir!, summaryKey, repo.head, since) : null;
  const current = await options.current;
  // The last run counted lines for the files its churn table showed; today's table may show others.
  if (remembered && shown(remembered, current).every((f) => f.linesAdded !== undefined)) {
    logger.debug("History: no new commits and none left the window; the last run's sums are reused.");
    return { missing: missingReason(false, remembered.commits, months), windowMonths: months, ...remembered };
  }
  let loaded: Loaded;
  try {
    loaded = await readCommits(repo, since, cacheFile, key, logger);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    return empty(
      `Reading the history failed (${gitWhy(error, "git log failed")}), so churn, hotspots and ownership are missing. ` +
        "Check that `git log` works in this checkout.",
    );
  }
  const { commits } = loaded;
  const result = await sumWindow(repo, loaded, { since, exclude }, current, logger);
  if (cacheFile) {
    if (loaded.changed) await saveCommits(cacheFile, { key, head: repo.head, since, commits }, logger);
    await rememberSummary(options.cacheDir!, {
      key: summaryKey,
      head: repo.head,
      since,
      oldest: oldest(commits, since),
      result,
    });
  }
  const partial = state.shallow && !(await boundaryBefore(workspace, boundary, since));
  return { missing: missingReason(partial, result.commits, months), windowMonths: months, ...result };
}

/**
 * Sum the window's commits, with line counts for the files the churn table shows: those of their
 * commits that have none yet are counted first (and `loaded` is marked changed, for the cache).
 */
async function sumWindow(
  repo: Repo,
  loaded: Loaded,
  options: AggregateOptions,
  current: ReadonlySet<string> | undefined,
  logger: Logger,
): Promise<HistorySums> {
  let aggregate = aggregateHistory(loaded.commits, options);
  const uncounted = toCount(aggregate, current);
  if (uncounted.size > 0) {
    try {
      await countLines(repo.workspace, repo.prefix, loaded.commits, uncounted);
      aggregate = aggregateHistory(loaded.commits, options);
      loaded.changed = true;
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      logger.warning(
        `Counting the lines of the most changed files failed (${gitWhy(error, "git diff-tree failed")}); the churn table shows their commits without lines.`,
      );
    }
  }
  return { commits: aggregate.commits, files: aggregate.files, folders: aggregate.folders };
}

/** The oldest commit time in the window, or null when it has none. */
function oldest(commits: readonly CommitRecord[], since: number): number | null {
  let found: number | null = null;
  for (const c of commits) if (c.time >= since && (found === null || c.time < found)) found = c.time;
  return found;
}

/** The files the churn table can show: among today's files, when they are known. */
function shown(sums: HistorySums, current: ReadonlySet<string> | undefined) {
  return mostChanged(current ? sums.files.filter((f) => current.has(f.path)) : sums.files);
}

/** The commits whose lines the churn table's files still need. */
function toCount(aggregate: Aggregate, current: ReadonlySet<string> | undefined): Set<string> {
  const hashes = new Set<string>();
  for (const file of shown(aggregate, current))
    for (const hash of aggregate.uncounted.get(file.path) ?? []) hashes.add(hash);
  return hashes;
}

interface Loaded {
  /** In the window, newest first. */
  commits: CommitRecord[];
  /** Whether they differ from the cache's, which then needs writing. */
  changed: boolean;
}

/**
 * Commits in the window, newest first: the cache's, plus only what git has beyond the cached head.
 * `key` is the cache's (cacheKey), for `cacheFile`.
 */
async function readCommits(
  repo: Repo,
  since: number,
  cacheFile: string | null,
  key: string,
  logger: Logger,
): Promise<Loaded> {
  const cached = cacheFile ? await usableCache(repo, cacheFile, key, since, logger) : null;
  const range = !cached ? repo.head : cached.head === repo.head ? null : `${cached.head}..${repo.head}`;
  const fresh = range ? await logCommits(repo, range, since) : [];
  const kept = cached ? cached.commits.filter((c) => c.time >= since) : [];
  logger.debug(`History: parsed ${fresh.length} commits from git log, reused ${kept.length} from the cache.`);
  // New commits descend from the cached head, so putting them first keeps children before parents.
  const commits = fresh.length ? [...fresh, ...kept] : kept;
  const unchanged = cached !== null && fresh.length === 0 && kept.length === cached.commits.length;
  return { commits, changed: !unchanged };
}

async function saveCommits(
  file: string,
  cache: Omit<HistoryCache, "version">,
  logger: Logger,
): Promise<void> {
  try {
    await saveHistoryCache(file, cache);
  } catch (error) {
    logger.warning(
      `Could not write the history cache ${file} (${(error as Error).message}); the next run reads the whole window again.`,
    );
  }
}

/** git's first line of complaint, or `fallback` when it said nothing. */
function gitWhy(error: GitError, fallback: string): string {
  return error.stderr.trim().split("\n")[0] || fallback;
}

async function usableCache(
  repo: Repo,
  file: string,
  key: string,
  since: number,
  logger: Logger,
): Promise<HistoryCache | null> {
  const cached = await loadHistoryCache(file);
  if (!cached) return null;
  if (cached.key !== key) {
    logger.debug("History cache was made with another .mailmap or folder: reading the whole window again.");
    return null;
  }
  if (cached.since > since) {
    logger.debug("The window reaches further back than the history cache: reading the whole window again.");
    return null;
  }
  if (cached.head === repo.head) return cached;
  const ancestor = await gitOrNull(repo.workspace, ["merge-base", "--is-ancestor", cached.head, repo.head]);
  if (ancestor === null) {
    logger.info(
      "History was rewritten since the last run (force-push or rebase): reading the whole window again.",
    );
    return null;
  }
  return cached;
}

async function cacheKey(repo: Repo): Promise<string> {
  const mailmap = await mailmapIdentity(repo.workspace, repo.cdup);
  return createHash("sha256").update(`no-merges\0${repo.prefix}\0${mailmap}`).digest("hex").slice(0, 32);
}

/** One `git log` over `range`, streamed and parsed as it arrives. */
async function logCommits(repo: Repo, range: string, since: number): Promise<CommitRecord[]> {
  const args = logArgs(range, since, repo.prefix);
  const commits: CommitRecord[] = [];
  // In the background: on a cold run git log shares the cores with the file worker, and finishing
  // the files first (history is parsed as it streams) measured faster overall.
  const lines = gitLines(repo.workspace, args, { background: true });
  for await (const commit of parseLog(lines, { ignoreChangesOf: repo.boundary })) {
    commits.push(commit);
  }
  return commits;
}

/** The window's first instant: `months` calendar months before `now`, to the second (git's precision). */
export function windowStart(now: Date, months: number): number {
  const start = new Date(now.getTime());
  start.setUTCMonth(start.getUTCMonth() - months);
  return Math.floor(start.getTime() / 1000) * 1000;
}

/** Whether every boundary of a shallow clone is older than the window: then the window is complete. */
async function boundaryBefore(
  workspace: string,
  boundary: ReadonlySet<string>,
  since: number,
): Promise<boolean> {
  if (boundary.size === 0) return false;
  const out = await gitOrNull(workspace, ["show", "-s", "--format=%ct", ...boundary]);
  const times = (out ?? "").split("\n").filter(Boolean).map(Number);
  return times.length === boundary.size && times.every((t) => t * 1000 < since);
}

function missingReason(partial: boolean, commits: number, months: number): string | null {
  if (partial) {
    return (
      `History is partial: this is a shallow clone, so only ${commits} commit${commits === 1 ? "" : "s"} of the last ${months} months could be read. ` +
      "With actions/checkout, set `fetch-depth: 0` so churn, hotspots and ownership cover the whole window."
    );
  }
  if (commits === 0) {
    return (
      `No commits in the last ${months} months, so churn, hotspots and ownership are empty. ` +
      "Raise `history-months` in the `analyze:` section of .github/aether.yml to look further back."
    );
  }
  return null;
}
