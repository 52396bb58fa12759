// Parses one JS/TS file with Babel, tolerating syntax errors: a tree of what could be read, plus the first error.
import { type ParserPlugin, parse } from "@babel/parser";
import type { Program } from "@babel/types";

/** A syntax error as a person reads it: where, and what Babel said (without its `(line:col)` suffix). */
export interface ScriptSyntaxError {
  line: number;
  message: string;
}

export interface ParsedScript {
  /** Null when nothing at all could be read. */
  program: Program | null;
  /** The first syntax error, recovered from or not. */
  error: ScriptSyntaxError | null;
}

interface Attempt {
  program: Program | null;
  error: ScriptSyntaxError | null;
  /** The parser gave up: the tree is missing, not just imperfect. */
  fatal: boolean;
}

/** How many earlier cut points to try when the parser gives up, before settling for nothing. */
const RECOVERY_ATTEMPTS = 6;

/** Babel plugins for a file, chosen by extension first (it is exact), the linguist name second. */
export function pluginsFor(path: string, language: string, text: string): ParserPlugin[] {
  const ext = path.slice(path.lastIndexOf(".")).toLowerCase();
  const decorators: ParserPlugin = "decorators";
  if (ext === ".tsx") return ["typescript", "jsx", decorators];
  if (ext === ".ts" || ext === ".mts" || ext === ".cts")
    return [["typescript", { dts: path.endsWith(".d.ts") }], decorators];
  if (language === "TSX") return ["typescript", "jsx", decorators];
  if (language === "TypeScript") return ["typescript", decorators];
  // Plain JS gets JSX (React projects write it in .js) and Flow only when the file asks for it.
  return text.includes("@flow") ? ["jsx", "flow", decorators] : ["jsx", decorators];
}

/**
 * Parse as a module, falling back to a script (sloppy-mode code: `with`, legacy octals).
 * When the parser gives up, parse the longest prefix ending at a top-level-looking line
 * before the error, so the functions above a typo are still measured.
 */
export function parseScript(path: string, text: string, language: string): ParsedScript {
  const plugins = pluginsFor(path, language, text);
  let best = attempt(text, plugins, "module");
  if (best.error) {
    const script = attempt(text, plugins, "script");
    if (!script.fatal && (best.fatal || !script.error)) best = script;
  }
  if (best.fatal && best.error) {
    const recovered = recoverPrefix(text, plugins, best.error.line);
    return { program: recovered, error: best.error };
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
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1 && lineStarts.length < errorLine; i = text.indexOf("\n", i + 1))
    lineStarts.push(i + 1);
  let tries = 0;
  for (let line = lineStarts.length - 1; line > 0 && tries < RECOVERY_ATTEMPTS; line--) {
    const start = lineStarts[line]!;
    // Top-level statements usually start in column 0; cutting inside a block only errors again.
    const first = text.charCodeAt(start);
    if (first === 32 || first === 9 || first === 10 || first === 13 || first === 125 /* } */) continue;
    tries++;
    const prefix = attempt(text.slice(0, start), plugins, "module");
    if (!prefix.fatal) return prefix.program;
  }
  return null;
}

function toSyntaxError(error: unknown): ScriptSyntaxError {
  const { loc, message } = (error ?? {}) as { loc?: { line?: number }; message?: unknown };
  const text = typeof message === "string" ? message : String(error);
  return { line: Math.max(1, loc?.line ?? 1), message: text.replace(/\s*\(\d+:\d+\)$/, "") };
}
