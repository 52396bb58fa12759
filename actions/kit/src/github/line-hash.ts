// `primaryLocationLineHash`, computed the way github/codeql-action's upload-sarif does, so alerts match.

const BLOCK = 100;
const BASE = 37n;
const MASK = (1n << 64n) - 1n;
const EOF_CODE = 65_535;

/**
 * Hashes for every line of a file (index 0 is line 1). A line's hash is a polynomial hash, base 37 mod
 * 2^64, of the next 100 characters from the line's start with spaces and tabs dropped and line ends
 * normalised to "\n", padded with an end-of-file mark and zeros. Repeats get `:2`, `:3` by order.
 */
export function lineHashes(text: string): string[] {
  const chars: number[] = [];
  const lineStarts: number[] = [];
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    if (c === 13) {
      c = 10;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
    if (lineStart) {
      lineStarts.push(chars.length);
      lineStart = false;
    }
    if (c === 10) lineStart = true;
    chars.push(c);
  }
  // The end-of-file mark also starts a "line" when the file ends in a newline; codeql counts it the same way.
  if (lineStart) lineStarts.push(chars.length);
  chars.push(EOF_CODE);
  const counts = new Map<string, number>();
  return lineStarts.map((start) => {
    let h = 0n;
    for (let k = 0; k < BLOCK; k++) h = (h * BASE + BigInt(chars[start + k] ?? 0)) & MASK;
    const hex = h.toString(16);
    const n = (counts.get(hex) ?? 0) + 1;
    counts.set(hex, n);
    return `${hex}:${n}`;
  });
}
