// Code, comment and blank lines of one file, by cloc's rules, and the TODO-style markers in its comments.
import type { LineCounts, Marker } from "../facts.ts";
import { type BlockSyntax, type CommentSyntax, commentSyntax, type StringSyntax } from "./comment-syntax.ts";

type ScanState =
  | { kind: "code" }
  | { kind: "block"; block: BlockSyntax; depth: number }
  | { kind: "string"; string: StringSyntax };

/** What one line held: anything outside comments, and the text of its comments. */
interface LineScan {
  hasCode: boolean;
  comment: string;
}

interface Scanner {
  syntax: CommentSyntax;
  state: ScanState;
  /** First characters of every comment and string token, so most characters need no lookup. */
  tokenStart: Uint8Array;
}

type Token =
  | { kind: "line"; open: string }
  | { kind: "block"; block: BlockSyntax }
  | { kind: "string"; string: StringSyntax };

const CODE: ScanState = { kind: "code" };
const BACKSLASH = 92;
/** A marker starts a word and is followed by `:`, `(`, a space or the end: not `TODO-style` or `TODO/FIXME`. */
const MARKER = /(?<![\w/-])(TODO|FIXME|HACK|XXX)(?=[:(\s]|$)/;
const BLANK = /^\s*$/;
const MARKER_TEXT_MAX = 120;

/**
 * Count code, comment and blank lines the way cloc does: blank lines are whitespace only (even
 * inside a comment), comment lines hold nothing but comments, every other line is code. Comment
 * tokens inside strings are not comments. Languages without comment syntax count as all code.
 */
export function countLines(text: string, language: string): { lines: LineCounts; markers: Marker[] } {
  const syntax = commentSyntax(language);
  const lines = splitLines(text);
  if (!syntax) return { lines: countWithoutComments(lines), markers: [] };
  return countWithSyntax(lines, syntax);
}

/** Lines as cloc reads them: a final newline does not start another line. */
export function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function countWithoutComments(lines: string[]): LineCounts {
  let blank = 0;
  for (const line of lines) if (BLANK.test(line)) blank++;
  return { code: lines.length - blank, comment: 0, blank };
}

function countWithSyntax(lines: string[], syntax: CommentSyntax): { lines: LineCounts; markers: Marker[] } {
  const counts: LineCounts = { code: 0, comment: 0, blank: 0 };
  const markers: Marker[] = [];
  const scanner: Scanner = { syntax, state: CODE, tokenStart: tokenStarts(syntax) };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (BLANK.test(line)) {
      counts.blank++;
      continue;
    }
    // cloc counts a shebang as code, even where `#` starts a comment.
    if (n === 0 && line.startsWith("#!")) {
      counts.code++;
      continue;
    }
    const scan = scanLine(scanner, line);
    if (scan.hasCode) counts.code++;
    else counts.comment++;
    if (scan.comment) {
      const marker = findMarker(scan.comment, n + 1);
      if (marker) markers.push(marker);
    }
  }
  return { lines: counts, markers };
}

function tokenStarts(syntax: CommentSyntax): Uint8Array {
  const starts = new Uint8Array(128);
  const tokens = [...syntax.line, ...syntax.block.map((b) => b.open), ...syntax.strings.map((s) => s.open)];
  for (const token of tokens) starts[token.charCodeAt(0)] = 1;
  return starts;
}

function scanLine(scanner: Scanner, line: string): LineScan {
  const scan: LineScan = { hasCode: false, comment: "" };
  let i = 0;
  while (i < line.length) {
    const state = scanner.state;
    if (state.kind === "block") i = inBlock(scanner, state, line, i, scan);
    else if (state.kind === "string") i = inString(scanner, state.string, line, i, scan);
    else i = inCode(scanner, line, i, scan);
  }
  const end = scanner.state;
  if (end.kind === "string" && !end.string.multiline) scanner.state = CODE;
  return scan;
}

function inCode(scanner: Scanner, line: string, from: number, scan: LineScan): number {
  for (let i = from; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c <= 32) continue;
    if (c < 128 && scanner.tokenStart[c]) {
      const token = tokenAt(scanner.syntax, line, i);
      if (token) return enter(scanner, token, line, i, scan);
    }
    scan.hasCode = true;
  }
  return line.length;
}

/** Block comments first, so `--[[` wins over `--` and `"""` over `"`. */
function tokenAt(syntax: CommentSyntax, line: string, i: number): Token | null {
  for (const block of syntax.block) if (line.startsWith(block.open, i)) return { kind: "block", block };
  for (const open of syntax.line) if (line.startsWith(open, i)) return { kind: "line", open };
  for (const string of syntax.strings) if (line.startsWith(string.open, i)) return { kind: "string", string };
  return null;
}

function enter(scanner: Scanner, token: Token, line: string, i: number, scan: LineScan): number {
  if (token.kind === "line") {
    scan.comment += line.slice(i + token.open.length);
    return line.length;
  }
  if (token.kind === "block") {
    scanner.state = { kind: "block", block: token.block, depth: 1 };
    return i + token.block.open.length;
  }
  scan.hasCode = true;
  scanner.state = { kind: "string", string: token.string };
  return i + token.string.open.length;
}

function inBlock(
  scanner: Scanner,
  state: Extract<ScanState, { kind: "block" }>,
  line: string,
  from: number,
  scan: LineScan,
): number {
  const { open, close } = state.block;
  const end = line.indexOf(close, from);
  const inner = scanner.syntax.nested ? line.indexOf(open, from) : -1;
  if (inner !== -1 && (end === -1 || inner < end)) {
    scan.comment += line.slice(from, inner);
    state.depth++;
    return inner + open.length;
  }
  if (end === -1) {
    scan.comment += line.slice(from);
    return line.length;
  }
  scan.comment += line.slice(from, end);
  state.depth--;
  if (state.depth === 0) scanner.state = CODE;
  return end + close.length;
}

function inString(
  scanner: Scanner,
  string: StringSyntax,
  line: string,
  from: number,
  scan: LineScan,
): number {
  scan.hasCode = true;
  const close = string.close.charCodeAt(0);
  for (let i = from; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (string.escapes && c === BACKSLASH) {
      i++;
    } else if (c === close && line.startsWith(string.close, i)) {
      scanner.state = CODE;
      return i + string.close.length;
    }
  }
  return line.length;
}

function findMarker(comment: string, line: number): Marker | null {
  const match = MARKER.exec(comment);
  if (!match) return null;
  const text = comment.slice(match.index).trim().slice(0, MARKER_TEXT_MAX);
  return { kind: match[1] as Marker["kind"], line, text };
}
