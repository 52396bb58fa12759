// The two parsers behind parseScript: oxc (native, several times faster) and Babel (Flow, and platforms oxc has no binary for).
import { createRequire } from "node:module";
import { parse as babelParse, type ParserPlugin } from "@babel/parser";
import { type AstNode, lineAt, lineStarts } from "./ast.ts";

/** A syntax error as a person reads it: where, and what the parser said. */
export interface ScriptSyntaxError {
  line: number;
  message: string;
}

/**
 * How the tree's nodes are built: oxc gives every node of a type the same fields, one set for JS
 * and one for TS (whose nodes carry decorators and type fields); Babel's vary node by node.
 */
export type TreeShape = "oxc-js" | "oxc-ts" | "babel";

/** One parse of one text. */
export interface Attempt {
  /** Null when nothing could be read. */
  program: AstNode | null;
  shape: TreeShape;
  /** The first syntax error; when the parser gave up, the one that stopped it. */
  error: ScriptSyntaxError | null;
  /** The parser gave up: the tree is missing, not just imperfect. */
  fatal: boolean;
}

export type SourceType = "module" | "script";

export interface ScriptParser {
  name: "oxc" | "babel";
  parse(path: string, text: string, language: string, sourceType: SourceType): Attempt;
}

const DECLARATION_FILE = /\.d\.[mc]?ts$/;

/** The file's dialect, by extension first (it is exact), the linguist name second. */
function dialect(path: string, language: string): "js" | "ts" | "tsx" | "dts" {
  if (DECLARATION_FILE.test(path)) return "dts";
  const ext = path.slice(path.lastIndexOf(".")).toLowerCase();
  if (ext === ".tsx") return "tsx";
  if (ext === ".ts" || ext === ".mts" || ext === ".cts") return "ts";
  if (language === "TSX") return "tsx";
  if (language === "TypeScript") return "ts";
  return "js";
}

// --- oxc --------------------------------------------------------------------------------------

export interface OxcError {
  message: string;
  labels?: { start: number }[];
}

export interface OxcModule {
  parseSync(
    path: string,
    text: string,
    options: Record<string, unknown>,
  ): { program: AstNode; errors: OxcError[]; visit(visitor: unknown): void; dispose?(): void };
  rawTransferSupported(): boolean;
  experimentalGetLazyVisitor(): new (handlers: Record<string, (node: AstNode) => void>) => object;
}

let binding: OxcModule | null | undefined;
let oxc: ScriptParser | null = null;

/** oxc-parser when its native binding loads here; null (found out once, then remembered) when it does not. */
export function oxcBinding(): OxcModule | null {
  if (binding !== undefined) return binding;
  try {
    const loaded = createRequire(import.meta.url)("oxc-parser") as OxcModule;
    loaded.parseSync("probe.js", "", {});
    binding = loaded;
  } catch {
    binding = null;
  }
  return binding;
}

function loadOxc(): ScriptParser | null {
  const loaded = oxcBinding();
  if (loaded && !oxc) oxc = oxcParser(loaded);
  return oxc;
}

/**
 * Raw transfer hands the tree over as one buffer instead of JSON: two to four times faster per file,
 * but its first use in a thread costs about 40 ms (measured on two small files: 49 ms against 6 ms
 * by JSON). A run that parses a handful of files, as in a PR, is done before that pays off.
 */
const PARSED_BY_JSON_FIRST = 16;

function oxcParser(binding: OxcModule): ScriptParser {
  const raw = binding.rawTransferSupported();
  let parsed = 0;
  return {
    name: "oxc",
    parse(path, text, language, sourceType) {
      const kind = dialect(path, language);
      parsed++;
      let result: { program: AstNode; errors: OxcError[] };
      try {
        result = binding.parseSync(path, text, {
          lang: kind === "js" ? "jsx" : kind,
          // oxc's sloppy mode that also allows a top-level `return`, as Node runs CommonJS files.
          sourceType: sourceType === "script" ? "commonjs" : sourceType,
          preserveParens: false,
          experimentalRawTransfer: raw && parsed > PARSED_BY_JSON_FIRST,
        });
      } catch (thrown) {
        return { program: null, shape: "oxc-js", error: { line: 1, message: String(thrown) }, fatal: true };
      }
      return oxcAttempt(result, kind === "js" ? "oxc-js" : "oxc-ts", text);
    },
  };
}

/** What oxc gave back, as an attempt: the tree, or the error that stopped it. */
function oxcAttempt(
  result: { program: AstNode; errors: OxcError[] },
  shape: TreeShape,
  text: string,
): Attempt {
  if (result.errors.length === 0) return { program: result.program, shape, error: null, fatal: false };
  // oxc returns an empty program when it cannot go on; anything else is a recovered tree.
  const fatal = result.program.body.length === 0 && text.trim().length > 0;
  // When it gave up, the error that stopped it is the last one: recovery cuts above that, not
  // above an earlier mistake it had read past.
  const reported = fatal ? lastError(result.errors) : result.errors[0]!;
  const error = { line: lineAt(lineStarts(text), errorOffset(reported)), message: reported.message };
  return { program: fatal ? null : result.program, shape, error, fatal };
}

export const errorOffset = (error: OxcError) => error.labels?.[0]?.start ?? 0;

function lastError(errors: OxcError[]): OxcError {
  return errors.reduce((last, error) => (errorOffset(error) >= errorOffset(last) ? error : last));
}

// --- Babel ------------------------------------------------------------------------------------

/** Plugins every file gets: syntax that is valid (or widely used) in both JS and TS. */
const COMMON: ParserPlugin[] = [
  ["estree", { classFeatures: true }],
  "decorators",
  "decoratorAutoAccessors",
  "explicitResourceManagement",
  "deprecatedImportAssert",
];

/** Babel plugins for a file, by its dialect. */
function babelPlugins(path: string, language: string, text: string): ParserPlugin[] {
  const kind = dialect(path, language);
  if (kind === "tsx") return ["typescript", "jsx", ...COMMON];
  if (kind === "ts" || kind === "dts") return [["typescript", { dts: kind === "dts" }], ...COMMON];
  // Plain JS gets JSX (React projects write it in .js) and Flow only when the file asks for it.
  return text.includes("@flow") ? ["jsx", "flow", ...COMMON] : ["jsx", ...COMMON];
}

function babelAttempt(
  text: string,
  plugins: ParserPlugin[],
  sourceType: SourceType,
): Attempt & { code?: string } {
  try {
    const file = babelParse(text, {
      sourceType,
      plugins,
      errorRecovery: true,
      attachComment: false,
      createImportExpressions: true,
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: sourceType === "script",
      allowNewTargetOutsideFunction: true,
      allowSuperOutsideMethod: true,
      allowUndeclaredExports: true,
    });
    const first = file.errors?.[0];
    return {
      program: file.program as unknown as AstNode,
      shape: "babel",
      error: first ? babelError(first) : null,
      fatal: false,
      code: first?.reasonCode,
    };
  } catch (thrown) {
    return { program: null, shape: "babel", error: babelError(thrown), fatal: true };
  }
}

const babelParser: ScriptParser = {
  name: "babel",
  parse(path, text, language, sourceType) {
    const plugins = babelPlugins(path, language, text);
    const first = babelAttempt(text, plugins, sourceType);
    if (first.code !== "UnsupportedParameterDecorator") return first;
    // TypeScript's experimentalDecorators (Angular, NestJS) decorate parameters; only the legacy proposal parses that.
    const legacy = plugins.map((plugin) => (plugin === "decorators" ? "decorators-legacy" : plugin));
    return babelAttempt(text, legacy, sourceType);
  },
};

function babelError(error: unknown): ScriptSyntaxError {
  const { loc, message } = (error ?? {}) as { loc?: { line?: number }; message?: unknown };
  const text = typeof message === "string" ? message : String(error);
  return { line: Math.max(1, loc?.line ?? 1), message: text.replace(/\s*\(\d+:\d+\)$/, "") };
}

// --- choice -----------------------------------------------------------------------------------

/**
 * The parser for a file: oxc, unless the file is Flow (oxc does not read Flow) or oxc's native
 * binding is missing on this platform. `prefer` forces one, for tests that hold both to the same answers.
 */
export function parserFor(text: string, prefer?: ScriptParser["name"]): ScriptParser {
  if (prefer === "babel" || text.includes("@flow")) return babelParser;
  const fast = loadOxc();
  if (fast) return fast;
  if (prefer === "oxc") throw new Error("oxc-parser's native binding does not load on this platform");
  return babelParser;
}
