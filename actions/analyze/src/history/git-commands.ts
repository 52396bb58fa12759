// The two git commands history reading runs. Their diff options must agree: the line counts of the
// second are matched to the file changes of the first, entry by entry.
import { LOG_FORMAT } from "./parse-log.ts";

/** Settings that would add to or reshape the output the parser reads. */
const SETTINGS = ["-c", "log.showSignature=false", "-c", "log.showRoot=true", "-c", "diff.relative=false"];
const DIFF = [
  "-z",
  "-M",
  "--no-color",
  "--no-ext-diff",
  "--no-textconv",
  "--encoding=UTF-8",
  `--format=${LOG_FORMAT}`,
];

/**
 * Every commit in `range` since `since`: which files each changed, with renames, but no line
 * counts (diffing every file's two versions would take three times as long).
 */
export function logArgs(range: string, since: number, prefix: string): string[] {
  const start = new Date(since).toISOString().replace(/\.\d{3}Z$/, "Z");
  return [
    ...SETTINGS,
    "log",
    "--no-merges",
    "--use-mailmap",
    "--name-status",
    ...DIFF,
    `--since=${start}`,
    // In a folder of a bigger repository: only its commits, with paths relative to it.
    ...(prefix ? ["--relative"] : []),
    range,
    "--",
    ...(prefix ? ["."] : []),
  ];
}

/** The same diffs with line counts, for the commits given on stdin (one hash a line). */
export function countArgs(prefix: string): string[] {
  return [
    ...SETTINGS,
    "diff-tree",
    "--stdin",
    "--root",
    "--numstat",
    ...DIFF,
    ...(prefix ? ["--relative"] : []),
    "--",
    ...(prefix ? ["."] : []),
  ];
}
