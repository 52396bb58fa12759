// Full analysis for the JS/TS family: one parse and one walk per file give its functions and imports.
import type { FileFacts } from "../facts.ts";
import { declarationImports } from "./declaration-imports.ts";
import { parseScript } from "./parse-script.ts";
import { newWalk, type ScriptWalk, visit } from "./script-walker.ts";

/** Linguist names that get full analysis; linguist files .mjs/.cjs/.jsx under JavaScript and .mts/.cts under TypeScript. */
const SCRIPT_LANGUAGES = new Set(["JavaScript", "TypeScript", "TSX", "JSX"]);

const DECLARATION_FILE = /\.d\.[mc]?ts$/;

/** Whether a file of this linguist language gets functions and imports (JS, JSX, TS, TSX). */
export function isScriptLanguage(language: string | null): boolean {
  return language !== null && SCRIPT_LANGUAGES.has(language);
}

/**
 * Measure every function-like unit of a JS/TS file and list its imports.
 *
 * `prefer` picks the parser (tests hold both to the same answers); by default it is oxc, with
 * Babel for Flow and where oxc's binary is missing.
 *
 * A declaration file (.d.ts) has no functions, only type-only imports.
 *
 * Never throws: a syntax error becomes `parseError`, alongside whatever the parser could
 * still read (everything, when the parser recovered; the part above the error, when it gave up).
 */
export function analyzeScript(
  path: string,
  text: string,
  language: string,
  prefer?: "oxc" | "babel",
): Pick<FileFacts, "functions" | "imports" | "parseError"> {
  const declaration = DECLARATION_FILE.test(path);
  let walk: ScriptWalk | null = null;
  let parseError: FileFacts["parseError"];
  try {
    // Only its imports, read lazily by oxc (Babel's tree is walked like any other).
    const imports = declaration && prefer !== "babel" ? declarationImports(path, text) : null;
    if (imports) return imports;
    const parsed = parseScript(path, text, language, prefer);
    walk = newWalk(text, parsed.shape);
    if (parsed.error) parseError = { line: parsed.error.line, message: parsed.error.message };
    visit(parsed.program, walk);
    const before = parsed.trustedBefore;
    if (before !== undefined) walk.functions = walk.functions.filter((fn) => fn.endLine < before);
  } catch (error) {
    // A bug of ours (or the parser's) on one odd file must not sink the whole report.
    parseError = {
      line: 1,
      message: `Could not analyse this file: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const functions = walk?.functions ?? [];
  // A declaration file only ever describes types: nothing it imports runs.
  const imports = declaration
    ? (walk?.imports ?? []).map((entry) => ({ ...entry, typeOnly: true }))
    : (walk?.imports ?? []);
  return parseError ? { functions, imports, parseError } : { functions, imports };
}
