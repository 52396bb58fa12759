// Which lines of a pull request can carry an inline comment: the RIGHT-side lines of each file's patch.

/** Per file, the new-side line numbers that are in the diff; null when GitHub sent no patch (binary, huge). */
export type CommentableLines = Map<string, Set<number> | null>;

/**
 * Parse a unified-diff `patch` from `pulls.listFiles`: `@@ -a,b +c,d @@` starts the RIGHT counter
 * at c; context (' ') and added ('+') lines are commentable and advance it; removed ('-') lines do not.
 */
export function rightSideLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let right = 0;
  let inHunk = false;
  for (const line of patch.split("\n")) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      right = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk || line.startsWith("\\")) continue; // "\ No newline at end of file"
    if (line.startsWith("-")) continue;
    if (line.startsWith("+") || line.startsWith(" ") || line === "") {
      lines.add(right);
      right++;
    }
  }
  return lines;
}

/** Build the commentable-line map from the files of a pull request. */
export function commentableLines(
  files: readonly { filename: string; patch?: string; status?: string }[],
): CommentableLines {
  const map: CommentableLines = new Map();
  for (const file of files) {
    if (file.status === "removed") continue;
    map.set(file.filename, file.patch === undefined ? null : rightSideLines(file.patch));
  }
  return map;
}
