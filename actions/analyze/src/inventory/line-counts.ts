// Code, comment and blank lines of one file, by cloc's rules, and the TODO-style markers in its comments.
import type { LineCounts, Marker } from "../facts.ts";
import { type BlockSyntax, type CommentSyntax, commentSyntax, type StringSyntax } from "./comment-syntax.ts";

const CODE = 0;
const BLOCK = 1;
const STRING = 2;
type Mode = typeof CODE | typeof BLOCK | typeof STRING;

/** One pass over a file's text; each handler reads from `i` and moves it on. */
interface Scanner {
  text: string;
  syntax: CommentSyntax;
  tokenStart: Uint8Array;
  i: number;
  mode: Mode;
  block: BlockSyntax | null;
  depth: number;
  string: StringSyntax | null;
  /** The current line has a non-whitespace character / one outside comments. */
  nonBlank: boolean;
  hasCode: boolean;
  /** Where the current line's first comment text starts and ends, for markers; -1 when none. */
  commentFrom: number;
  commentTo: number;
  line: number;
  lines: LineCounts;
  markers: Marker[] | null;
}

const NEWLINE = 10;
const BACKSLASH = 92;
const SLASH = 47;
const OPEN_CLASS = 91;
const CLOSE_CLASS = 93;
/** Words after which `/` starts a regular expression rather than a division. */
const REGEX_AFTER_WORD = new Set(
  "return typeof instanceof in of new delete void throw case do else yield await".split(" "),
);
/** A marker starts a word and is followed by `:`, `(`, a space or the end: not `TODO-style` or `TODO/FIXME`. */
const MARKER = /(?<![\w/-])(TODO|FIXME|HACK|XXX)(?=[:(\s]|$)/;
const MARKER_HINT = /TODO|FIXME|HACK|XXX/;
const MARKER_TEXT_MAX = 120;
const tokenStarts = new WeakMap<CommentSyntax, Uint8Array>();

/**
 * Count code, comment and blank lines the way cloc does: blank lines are whitespace only (even
 * inside a comment), comment lines hold nothing but comments, every other line is code. Comment
 * tokens inside strings are not comments. Languages without comment syntax count as all code.
 */
export function countLines(text: string, language: string): { lines: LineCounts; markers: Marker[] } {
  const syntax = commentSyntax(language);
  if (!syntax) return { lines: countWithoutComments(text), markers: [] };
  const s = newScanner(text, syntax);
  // cloc counts a shebang as code, even where `#` starts a comment.
  if (text.startsWith("#!")) skipShebang(s);
  while (s.i < text.length) step(s);
  if (text.length > 0 && text.charCodeAt(text.length - 1) !== NEWLINE) endLine(s);
  return { lines: s.lines, markers: s.markers ?? [] };
}

function countWithoutComments(text: string): LineCounts {
  const lines: LineCounts = { code: 0, comment: 0, blank: 0 };
  let nonBlank = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      if (nonBlank) lines.code++;
      else lines.blank++;
      nonBlank = false;
    } else if (c > 32) {
      nonBlank = true;
    }
  }
  if (text.length > 0 && text.charCodeAt(text.length - 1) !== NEWLINE) {
    if (nonBlank) lines.code++;
    else lines.blank++;
  }
  return lines;
}

function newScanner(text: string, syntax: CommentSyntax): Scanner {
  return {
    text,
    syntax,
    tokenStart: tokenStartsOf(syntax),
    i: 0,
    mode: CODE,
    block: null,
    depth: 0,
    string: null,
    nonBlank: false,
    hasCode: false,
    commentFrom: -1,
    commentTo: -1,
    line: 1,
    lines: { code: 0, comment: 0, blank: 0 },
    markers: MARKER_HINT.test(text) ? [] : null,
  };
}

function tokenStartsOf(syntax: CommentSyntax): Uint8Array {
  let starts = tokenStarts.get(syntax);
  if (!starts) {
    starts = new Uint8Array(128);
    const tokens = [...syntax.line, ...syntax.block.map((b) => b.open), ...syntax.strings.map((x) => x.open)];
    for (const token of tokens) starts[token.charCodeAt(0)] = 1;
    tokenStarts.set(syntax, starts);
  }
  return starts;
}

function skipShebang(s: Scanner): void {
  const end = s.text.indexOf("\n");
  s.nonBlank = true;
  s.hasCode = true;
  s.i = end === -1 ? s.text.length : end;
}

function step(s: Scanner): void {
  if (s.text.charCodeAt(s.i) === NEWLINE) {
    endLine(s);
    s.i++;
  } else if (s.mode === CODE) {
    inCode(s);
  } else if (s.mode === BLOCK) {
    inBlock(s);
  } else {
    inString(s);
  }
}

/** Runs of code up to a newline or a token, in one loop: most characters of most files. */
function inCode(s: Scanner): void {
  const { text, tokenStart } = s;
  let i = s.i;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) break;
    if (c > 32) {
      s.nonBlank = true;
      if (c < 128 && tokenStart[c] === 1) {
        s.i = i;
        if (enterToken(s)) return;
      }
      s.hasCode = true;
    }
    i++;
  }
  s.i = i;
}

/** Block comments first, so `--[[` wins over `--` and `"""` over `"`. */
function enterToken(s: Scanner): boolean {
  const { text, syntax, i } = s;
  for (const block of syntax.block) {
    if (text.startsWith(block.open, i)) {
      s.mode = BLOCK;
      s.block = block;
      s.depth = 1;
      s.i = i + block.open.length;
      if (s.commentFrom === -1) s.commentFrom = s.i;
      return true;
    }
  }
  for (const open of syntax.line) {
    if (text.startsWith(open, i)) {
      const end = text.indexOf("\n", i);
      if (s.commentFrom === -1) s.commentFrom = i + open.length;
      s.i = end === -1 ? text.length : end;
      s.commentTo = s.i;
      return true;
    }
  }
  if (syntax.regex && text.charCodeAt(i) === SLASH) {
    const end = regexEnd(text, i);
    if (end !== -1) {
      s.hasCode = true;
      s.i = end;
      return true;
    }
  }
  for (const string of syntax.strings) {
    if (text.startsWith(string.open, i)) {
      s.mode = STRING;
      s.string = string;
      s.hasCode = true;
      s.i = i + string.open.length;
      return true;
    }
  }
  return false;
}

/**
 * Where a regular expression literal starting at `i` ends, or -1 when the `/` divides. A quote or
 * backtick inside `/[\`'"]/` must not open a string, nor `//` inside `/a\/\//` a comment.
 */
function regexEnd(text: string, i: number): number {
  if (!valueExpected(text, i)) return -1;
  let inClass = false;
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === NEWLINE) return -1;
    if (c === BACKSLASH) j++;
    else if (c === OPEN_CLASS) inClass = true;
    else if (c === CLOSE_CLASS) inClass = false;
    else if (c === SLASH && !inClass) return j + 1;
  }
  return -1;
}

/** Whether the code before `i` ends where a value may start: after an operator, `(`, `,`, a keyword. */
function valueExpected(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && text.charCodeAt(j) <= 32) j--;
  if (j < 0) return true;
  const c = text[j]!;
  if (c === ")" || c === "]") return false;
  if (!/[\w$]/.test(c)) return true;
  let start = j;
  while (start > 0 && /[\w$]/.test(text[start - 1]!)) start--;
  return REGEX_AFTER_WORD.has(text.slice(start, j + 1));
}

function inBlock(s: Scanner): void {
  const { text } = s;
  const block = s.block!;
  const close = block.close.charCodeAt(0);
  const open = s.syntax.nested ? block.open.charCodeAt(0) : -1;
  let i = s.i;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) break;
    if (c > 32) s.nonBlank = true;
    if (c === open && text.startsWith(block.open, i)) {
      s.depth++;
      i += block.open.length;
    } else if (c === close && text.startsWith(block.close, i)) {
      s.commentTo = i;
      s.depth--;
      i += block.close.length;
      if (s.depth === 0) {
        s.mode = CODE;
        break;
      }
    } else {
      i++;
    }
  }
  s.i = i;
}

function inString(s: Scanner): void {
  const { text } = s;
  const string = s.string!;
  const close = string.close.charCodeAt(0);
  let i = s.i;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) break;
    if (c > 32) {
      s.nonBlank = true;
      s.hasCode = true;
    }
    if (c === BACKSLASH && string.escapes) {
      // Never step over a newline: the line must still be counted.
      i += text.charCodeAt(i + 1) === NEWLINE ? 1 : 2;
    } else if (c === close && text.startsWith(string.close, i)) {
      s.mode = CODE;
      i += string.close.length;
      break;
    } else {
      i++;
    }
  }
  s.i = i;
}

function endLine(s: Scanner): void {
  if (!s.nonBlank) s.lines.blank++;
  else if (s.hasCode) s.lines.code++;
  else s.lines.comment++;
  if (s.markers && s.commentFrom !== -1) {
    const to = s.commentTo > s.commentFrom ? s.commentTo : s.i;
    const marker = findMarker(s.text.slice(s.commentFrom, to), s.line);
    if (marker) s.markers.push(marker);
  }
  if (s.mode === STRING && !s.string!.multiline) s.mode = CODE;
  s.nonBlank = false;
  s.hasCode = false;
  s.line++;
  // A line that starts inside a block comment has comment text from its first character.
  s.commentFrom = s.mode === BLOCK ? s.i + 1 : -1;
  s.commentTo = -1;
}

function findMarker(comment: string, line: number): Marker | null {
  const match = MARKER.exec(comment);
  if (!match) return null;
  const text = comment.slice(match.index).trim().slice(0, MARKER_TEXT_MAX);
  return { kind: match[1] as Marker["kind"], line, text };
}
