// Turns git's `-z` per-commit output into commit records, streaming, in one pass: `git log
// --name-status` (which files, renames) and `git diff-tree --numstat` (with their lines).

/** One file a commit touched. */
export interface FileChange {
  path: string;
  /**
   * Lines added and deleted; binary files count as a change with no lines. Unset until counted:
   * counting means diffing each file's two versions, which is most of what reading history costs,
   * so it is done only for the files the churn table shows (count-lines.ts).
   */
  added?: number;
  deleted?: number;
  /** The path before a rename, so older history can follow the file to its current name. */
  from?: string;
}

/** What one commit did, as stored in the history cache. */
export interface CommitRecord {
  hash: string;
  /** Committer time in ms since the epoch: the same date `--since` filters on. */
  time: number;
  /** Mailmap-resolved `Name <email>`. */
  author: string;
  changes: FileChange[];
}

const RS = "\x1e";
const US = "\x1f";

/**
 * The `--format` the parser expects: a record separator, then hash, committer time and
 * mailmap-resolved author, separated by unit separators. With `-z`, git ends it with NUL.
 */
export const LOG_FORMAT = `${RS}%H${US}%ct${US}%aN <%aE>`;

const STAT = /^(\d+|-)\t(\d+|-)\t([\s\S]*)$/;
/** A `--name-status` entry's status: one path follows, or two (old, new) for a rename or copy. */
const STATUS = /^([ADMTUX]|[RC]\d*)$/;

export interface ParseOptions {
  /** Commits whose diff is not a real change (the grafted boundary of a shallow clone). */
  ignoreChangesOf?: ReadonlySet<string>;
}

/**
 * Parse `-z --format=LOG_FORMAT` output of `git log --name-status` or `git diff-tree --numstat`,
 * given as lines (as `gitLines` yields them).
 *
 * With `-z` every header and entry part ends in NUL: a numstat entry is `added\tdeleted\tpath\0`,
 * or `added\tdeleted\t\0old\0new\0` for a rename; a name-status entry is `M\0path\0`, or
 * `R087\0old\0new\0`. So any byte in a path is safe; newlines only appear between a header and
 * its entries, and inside paths, so lines are joined back before splitting on NUL.
 */
export async function* parseLog(
  lines: AsyncIterable<string>,
  options: ParseOptions = {},
): AsyncGenerator<CommitRecord> {
  const parser = new LogParser(options.ignoreChangesOf ?? new Set());
  let pending = "";
  let first = true;
  for await (const line of lines) {
    pending += first ? line : `\n${line}`;
    first = false;
    const tokens = pending.split("\0");
    pending = tokens.pop() ?? "";
    for (const token of tokens) {
      const done = parser.token(token);
      if (done) yield done;
    }
  }
  // With -z the output ends in NUL; anything left is a cut-off entry, but a header still ends a commit.
  const before = pending ? parser.token(pending) : null;
  if (before) yield before;
  const last = parser.finish();
  if (last) yield last;
}

/** An entry waiting for its paths: one, or two for a rename (the old one is `from`). */
interface Pending {
  paths: 1 | 2;
  added?: number;
  deleted?: number;
  from?: string;
}

class LogParser {
  private current: CommitRecord | null = null;
  private ignoring = false;
  private pending: Pending | null = null;
  private readonly ignore: ReadonlySet<string>;

  constructor(ignore: ReadonlySet<string>) {
    this.ignore = ignore;
  }

  /** Feed one NUL-terminated token; returns the previous commit when a new one starts. */
  token(raw: string): CommitRecord | null {
    if (this.pending) {
      this.path(this.pending, raw);
      return null;
    }
    const token = raw.startsWith("\n") ? raw.slice(1) : raw;
    if (token.startsWith(RS)) return this.header(token.slice(1));
    if (STATUS.test(token)) {
      this.pending = { paths: token.length > 1 ? 2 : 1 };
      return null;
    }
    const stat = STAT.exec(token);
    if (!stat) return null;
    const added = stat[1] === "-" ? 0 : Number(stat[1]);
    const deleted = stat[2] === "-" ? 0 : Number(stat[2]);
    if (stat[3] === "") this.pending = { paths: 2, added, deleted };
    else this.add({ path: stat[3]!, added, deleted });
    return null;
  }

  /** A path of the pending entry; the entry is added with its last one. */
  private path(pending: Pending, raw: string): void {
    if (pending.paths === 2 && pending.from === undefined) {
      pending.from = raw;
      return;
    }
    const change: FileChange = { path: raw };
    if (pending.added !== undefined)
      Object.assign(change, { added: pending.added, deleted: pending.deleted });
    if (pending.from !== undefined) change.from = pending.from;
    this.add(change);
    this.pending = null;
  }

  finish(): CommitRecord | null {
    const done = this.current;
    this.current = null;
    return done;
  }

  private header(text: string): CommitRecord | null {
    const done = this.current;
    const [hash = "", time = "0", author = ""] = text.split(US);
    this.current = { hash, time: Number(time) * 1000, author, changes: [] };
    this.ignoring = this.ignore.has(hash);
    return done;
  }

  private add(change: FileChange): void {
    if (this.current && !this.ignoring) this.current.changes.push(change);
  }
}
