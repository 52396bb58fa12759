// Parses one JS/TS file with Babel, tolerating syntax errors: a tree of what could be read, plus the first error.
import { type ParserPlugin, parse } from "@babel/parser";
import type { Program } from "@babel/types";

/** A syntax error as a person reads it: where, and what Babel said (without its `(line:col)` suffix). */
export interface ScriptSyntaxError {
  line: number;
  message: string;
  /** Babel's reason code (`UnexpectedToken`), when it gave one. */
  code?: string;
}

export interface ParsedScript {
  /** Null when nothing at all could be read. */
  program: Program | null;
  /** The first syntax error, recovered from or not. */
  error: ScriptSyntaxError | null;
  /**
   * Set when `program` is a repaired prefix of the file: only functions ending before this line
   * are real; the ones around the cut were closed artificially.
   */
  trustedBefore?: number;
}

interface Attempt {
  program: Program | null;
  error: ScriptSyntaxError | null;
  /** The parser gave up: the tree is missing, not just imperfect. */
  fatal: boolean;
}

/** How many earlier cut points to try when the parser gives up, before settling for nothing. */
const RECOVERY_ATTEMPTS = 6;
/** Plugins every file gets: syntax that is valid (or widely used) in both JS and TS. */
const COMMON: ParserPlugin[] = [
  "decorators",
  "decoratorAutoAccessors",
  "explicitResourceManagement",
  "deprecatedImportAssert",
];

/** Babel plugins for a file, chosen by extension first (it is exact), the linguist name second. */
export function pluginsFor(path: string, language: string, text: string): ParserPlugin[] {
  const ext = path.slice(path.lastIndexOf(".")).toLowerCase();
  if (ext === ".tsx") return ["typescript", "jsx", ...COMMON];
  if (ext === ".ts" || ext === ".mts" || ext === ".cts")
    return [["typescript", { dts: /\.d\.[mc]?ts$/.test(path) }], ...COMMON];
  if (language === "TSX") return ["typescript", "jsx", ...COMMON];
  if (language === "TypeScript") return ["typescript", ...COMMON];
  // Plain JS gets JSX (React projects write it in .js) and Flow only when the file asks for it.
  return text.includes("@flow") ? ["jsx", "flow", ...COMMON] : ["jsx", ...COMMON];
}

/**
 * Parse as a module, falling back to a script (sloppy-mode code: `with`, legacy octals).
 * When the parser gives up, parse the text before the error line with its open brackets
 * closed, or else the longest prefix ending at a top-level-looking line, so the functions
 * above a typo are still measured.
 */
export function parseScript(path: string, text: string, language: string): ParsedScript {
  let plugins = pluginsFor(path, language, text);
  let best = attempt(text, plugins, "module");
  if (best.error?.code === "UnsupportedParameterDecorator") {
    // TypeScript's experimentalDecorators (Angular, NestJS) decorate parameters; only the legacy proposal parses that.
    plugins = plugins.map((plugin) => (plugin === "decorators" ? "decorators-legacy" : plugin));
    best = attempt(text, plugins, "module");
  }
  if (best.error) {
    const script = attempt(text, plugins, "script");
    if (!script.fatal && (best.fatal || !script.error)) best = script;
  }
  if (best.fatal && best.error) {
    const recovered = recoverPrefix(text, plugins, best.error.line);
    return { program: recovered, error: best.error, trustedBefore: best.error.line };
  }
  return { program: best.program, error: best.error };
}

function attempt(text: string, plugins: ParserPlugin[], sourceType: "module" | "script"): Attempt {
  try {
    const file = parse(text, {
      sourceType,
      plugins,
      errorRecovery: true,
      attachComment: false,
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: sourceType === "script",
      allowNewTargetOutsideFunction: true,
      allowSuperOutsideMethod: true,
      allowUndeclaredExports: true,
    });
    const first = file.errors?.[0];
    return { program: file.program, error: first ? toSyntaxError(first) : null, fatal: false };
  } catch (thrown) {
    return { program: null, error: toSyntaxError(thrown), fatal: true };
  }
}

function recoverPrefix(text: string, plugins: ParserPlugin[], errorLine: number): Program | null {
  const starts = lineStarts(text, errorLine);
  const cut = starts.at(-1)!;
  const closed = attempt(text.slice(0, cut) + closers(text, cut), plugins, "module");
  if (!closed.fatal) return closed.program;
  for (const start of topLevelCuts(text, starts)) {
    const prefix = attempt(text.slice(0, start), plugins, "module");
    if (!prefix.fatal) return prefix.program;
  }
  return null;
}

/** Offsets where lines 1..`upTo` start. */
function lineStarts(text: string, upTo: number): number[] {
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

function toSyntaxError(error: unknown): ScriptSyntaxError {
  const { loc, message, reasonCode } = (error ?? {}) as {
    loc?: { line?: number };
    message?: unknown;
    reasonCode?: unknown;
  };
  const text = typeof message === "string" ? message : String(error);
  const line = Math.max(1, loc?.line ?? 1);
  const clean = text.replace(/\s*\(\d+:\d+\)$/, "");
  return typeof reasonCode === "string"
    ? { line, message: clean, code: reasonCode }
    : { line, message: clean };
}
