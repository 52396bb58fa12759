// Parses one JS/TS file, tolerating syntax errors: a tree of what could be read, plus the first error.
import type { AstNode } from "./ast.ts";
import {
  type Attempt,
  parserFor,
  type ScriptParser,
  type ScriptSyntaxError,
  type TreeShape,
} from "./script-parsers.ts";

export interface ParsedScript {
  /** How its nodes are built, which tells the walker where their children are. */
  shape: TreeShape;
  /** Null when nothing at all could be read. */
  program: AstNode | null;
  /** The first syntax error, recovered from or not. */
  error: ScriptSyntaxError | null;
  /**
   * Set when `program` is a repaired prefix of the file: only functions ending before this line
   * are real; the ones around the cut were closed artificially.
   */
  trustedBefore?: number;
}

/** How many earlier cut points to try when the parser gives up, before settling for nothing. */
const RECOVERY_ATTEMPTS = 6;

/**
 * Parse as a module, falling back to a script (sloppy-mode code: `with`, legacy octals).
 * When the parser gives up, parse the text before the error line with its open brackets
 * closed, or else the longest prefix ending at a top-level-looking line, so the functions
 * above a typo are still measured.
 */
export function parseScript(
  path: string,
  text: string,
  language: string,
  prefer?: ScriptParser["name"],
): ParsedScript {
  const parser = parserFor(text, prefer);
  const parse = (source: string, sourceType: "module" | "script"): Attempt =>
    parser.parse(path, source, language, sourceType);
  let best = parse(text, "module");
  if (best.error) {
    const script = parse(text, "script");
    if (!script.fatal && (best.fatal || !script.error)) best = script;
  }
  if (best.fatal && best.error) {
    const recovered = recoverPrefix(text, best.error.line, (source) => parse(source, "module"));
    return { shape: best.shape, program: recovered, error: best.error, trustedBefore: best.error.line };
  }
  return { shape: best.shape, program: best.program, error: best.error };
}

function recoverPrefix(text: string, errorLine: number, parse: (source: string) => Attempt): AstNode | null {
  const starts = firstLineStarts(text, errorLine);
  const cut = starts.at(-1)!;
  const closed = parse(text.slice(0, cut) + closers(text, cut));
  if (!closed.fatal) return closed.program;
  for (const start of topLevelCuts(text, starts)) {
    const prefix = parse(text.slice(0, start));
    if (!prefix.fatal) return prefix.program;
  }
  return null;
}

/** Offsets where lines 1..`upTo` start. */
function firstLineStarts(text: string, upTo: number): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1 && starts.length < upTo; i = text.indexOf("\n", i + 1))
    starts.push(i + 1);
  return starts;
}

/** The last few line starts that look like top-level statements: they begin in column 0. */
function topLevelCuts(text: string, starts: number[]): number[] {
  const cuts: number[] = [];
  for (let line = starts.length - 1; line > 0 && cuts.length < RECOVERY_ATTEMPTS; line--) {
    const start = starts[line]!;
    if (!/[\s}]/.test(text[start] ?? " ")) cuts.push(start);
  }
  return cuts;
}

const CLOSER: Record<string, string> = { "{": "}", "(": ")", "[": "]" };

/**
 * The brackets that close what is open at `end`, skipping strings and comments. Rough (a regex
 * literal can fool it), which only costs a failed attempt: the caller has another way.
 */
function closers(text: string, end: number): string {
  const open: string[] = [];
  for (let i = 0; i < end; i++) {
    const skipped = skipNonCode(text, i, end);
    if (skipped !== i) i = skipped;
    else if (CLOSER[text[i]!]) open.push(CLOSER[text[i]!]!);
    else if (text[i] === "}" || text[i] === ")" || text[i] === "]") open.pop();
  }
  return `\n${open.reverse().join("")}\n`;
}

/** If a string or comment starts at `i`, the offset of its last character; otherwise `i`. */
function skipNonCode(text: string, i: number, end: number): number {
  const char = text[i];
  if (char === '"' || char === "'" || char === "`") return skipString(text, i, char, end);
  if (char !== "/") return i;
  if (text[i + 1] === "/") return upTo(text.indexOf("\n", i), end);
  if (text[i + 1] === "*") return upTo(text.indexOf("*/", i + 2) + 1, end);
  return i;
}

function upTo(found: number, end: number): number {
  return found <= 0 || found > end ? end : found;
}

function skipString(text: string, start: number, quote: string, end: number): number {
  for (let i = start + 1; i < end; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === quote) return i;
    else if (quote !== "`" && text[i] === "\n") return i;
  }
  return end;
}
