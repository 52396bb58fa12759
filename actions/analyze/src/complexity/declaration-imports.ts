// A declaration file (.d.ts) holds no code to measure, only types and the imports they need. So oxc
// reads it lazily: its lazy visitor walks the tree in oxc's own buffer and builds JS objects only
// for the import forms below, instead of the whole tree (type-heavy, so large) that the walker
// would get. Node types here are oxc's own (its lazy tree is not ESTree); offsets are UTF-16.
import type { FileFacts, ImportFacts } from "../facts.ts";
import { type AstNode, lineAt, lineStarts } from "./ast.ts";
import { errorOffset, oxcBinding } from "./script-parsers.ts";

type Visitor = object;
let visitor: { imports: ImportFacts[]; lines: number[]; instance: Visitor } | null = null;

/**
 * The imports of a declaration file, all type-only, and its first syntax error. Null when oxc's
 * binding is missing here, or when oxc gave up on the file: the caller then parses it the usual
 * way (Babel; or oxc with recovery of what precedes the error).
 */
export function declarationImports(
  path: string,
  text: string,
): Pick<FileFacts, "functions" | "imports" | "parseError"> | null {
  const oxc = oxcBinding();
  if (!oxc?.rawTransferSupported()) return null;
  const lines = lineStarts(text);
  const state = visitorState(oxc);
  state.imports = [];
  state.lines = lines;
  let parsed: ReturnType<typeof oxc.parseSync>;
  try {
    parsed = oxc.parseSync(path, text, { lang: "dts", sourceType: "module", experimentalLazy: true });
  } catch {
    return null;
  }
  try {
    // oxc gives up with an empty program: then the caller's recovery reads what is above the error.
    if (parsed.errors.length > 0 && parsed.program.body.length === 0 && text.trim().length > 0) return null;
    parsed.visit(state.instance);
    const imports = state.imports;
    const first = parsed.errors[0];
    if (!first) return { functions: [], imports };
    const parseError = { line: lineAt(lines, errorOffset(first)), message: first.message };
    return { functions: [], imports, parseError };
  } catch {
    // The lazy visitor is experimental in oxc: on any surprise, the usual parse reads the file.
    return null;
  } finally {
    parsed.dispose?.();
  }
}

/** One visitor for every file, filling the current file's list. */
function visitorState(oxc: NonNullable<ReturnType<typeof oxcBinding>>) {
  if (visitor) return visitor;
  const state = { imports: [] as ImportFacts[], lines: [] as number[], instance: {} as Visitor };
  const add = (source: AstNode | null | undefined, node: AstNode) => {
    if (source?.type === "StringLiteral")
      state.imports.push({ specifier: source.value, line: lineAt(state.lines, node.start), typeOnly: true });
  };
  const Lazy = oxc.experimentalGetLazyVisitor();
  state.instance = new Lazy({
    ImportDeclaration: (node) => add(node.source, node),
    ExportNamedDeclaration: (node) => add(node.source, node),
    // `export { a } from "m"`, which oxc's own tree tells apart from a local `export { a }`.
    ExportFromDeclaration: (node) => add(node.source, node),
    ExportAllDeclaration: (node) => add(node.source, node),
    TSImportEqualsDeclaration: (node) => {
      const reference: AstNode = node.moduleReference;
      if (reference.type === "TSExternalModuleReference") add(reference.expression, node);
    },
  });
  visitor = state;
  return state;
}
