// Turns the output of one `git log -z --numstat` pass into per-commit records, streaming, in one pass.

/** One file a commit touched; binary files count as a change with no lines. */
export interface FileChange {
  path: string;
  added: number;
  deleted: number;
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

export interface ParseOptions {
  /** Commits whose diff is not a real change (the grafted boundary of a shallow clone). */
  ignoreChangesOf?: ReadonlySet<string>;
}

/**
 * Parse `git log -z --numstat --format=LOG_FORMAT` given as lines (as `gitLines` yields them).
 *
 * With `-z` every header and numstat entry ends in NUL and a rename's entry is
 * `added\tdeleted\t\0old\0new\0`, so any byte in a path is safe; newlines only appear between a
 * header and its entries, and inside paths, so lines are joined back before splitting on NUL.
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

class LogParser {
  private current: CommitRecord | null = null;
  private ignoring = false;
  /** A rename entry waits for its two paths. */
  private rename: { added: number; deleted: number; from?: string } | null = null;
  private readonly ignore: ReadonlySet<string>;

  constructor(ignore: ReadonlySet<string>) {
    this.ignore = ignore;
  }

  /** Feed one NUL-terminated token; returns the previous commit when a new one starts. */
  token(raw: string): CommitRecord | null {
    if (this.rename) {
      if (this.rename.from === undefined) {
        this.rename.from = raw;
      } else {
        this.add({
          path: raw,
          added: this.rename.added,
          deleted: this.rename.deleted,
          from: this.rename.from,
        });
        this.rename = null;
      }
      return null;
    }
    const token = raw.startsWith("\n") ? raw.slice(1) : raw;
    if (token.startsWith(RS)) return this.header(token.slice(1));
    const stat = STAT.exec(token);
    if (!stat) return null;
    const added = stat[1] === "-" ? 0 : Number(stat[1]);
    const deleted = stat[2] === "-" ? 0 : Number(stat[2]);
    if (stat[3] === "") this.rename = { added, deleted };
    else this.add({ path: stat[3]!, added, deleted });
    return null;
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
