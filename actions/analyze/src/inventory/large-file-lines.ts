// Line counts of files too large to hold as text: streamed in chunks, every non-blank line counted as code.
import { createReadStream } from "node:fs";
import type { LineCounts } from "../facts.ts";

const NEWLINE = 10;

/** Whitespace bytes as cloc's `^\s*$` sees them: space, tab, CR, vertical tab, form feed. */
function isBlankByte(byte: number): boolean {
  return byte === 32 || (byte >= 9 && byte <= 13);
}

/** Count lines of a large file with constant memory; comments are not told apart. */
export async function countLargeFileLines(abs: string): Promise<LineCounts> {
  const counts: LineCounts = { code: 0, comment: 0, blank: 0 };
  let lineHasText = false;
  let lineStarted = false;
  for await (const chunk of createReadStream(abs, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (byte === NEWLINE) {
        if (lineHasText) counts.code++;
        else counts.blank++;
        lineHasText = false;
        lineStarted = false;
      } else {
        lineStarted = true;
        if (!lineHasText && !isBlankByte(byte)) lineHasText = true;
      }
    }
  }
  if (lineStarted) {
    if (lineHasText) counts.code++;
    else counts.blank++;
  }
  return counts;
}
