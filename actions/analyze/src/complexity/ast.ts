// The one tree shape the walker reads: ESTree, as oxc gives it and as Babel gives it with its estree plugin.

/**
 * A node of that tree. Fields are read by name because the two parsers' TypeScript nodes differ in
 * detail; only `type` and the offsets are common to every node.
 */
export interface AstNode {
  type: string;
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  // biome-ignore lint/suspicious/noExplicitAny: node fields differ by type and by parser; the walker checks `type` first.
  [field: string]: any;
}

/**
 * Offsets where each line starts: line n (1-based) starts at `starts[n - 1]`. Lines end at `\n`
 * only, as line counting has them (Babel also broke lines at a lone `\r`, U+2028 and U+2029).
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line holding `offset`. */
export function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
