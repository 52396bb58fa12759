// Imports as written in a file: ES imports and re-exports, `import()` and `require()` with a literal.
import type { ImportFacts } from "../facts.ts";
import type { AstNode } from "./ast.ts";

/** Record an import whose source is a string literal (a computed `import(x)` names no file). */
export function addImport(
  imports: ImportFacts[],
  source: AstNode | null | undefined,
  line: number,
  typeOnly: boolean,
): void {
  const specifier = literalString(source);
  if (specifier !== undefined) imports.push({ specifier, line, typeOnly });
}

function literalString(node: AstNode | null | undefined): string | undefined {
  if (node?.type === "Literal" && typeof node.value === "string") return node.value;
  if (node?.type === "TemplateLiteral" && node.expressions.length === 0)
    return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

const isType = (kind: unknown) => kind === "type" || kind === "typeof";

/** `import type …`, or every specifier marked `type`: nothing is imported at runtime. */
export function isTypeImport(node: AstNode): boolean {
  if (isType(node.importKind)) return true;
  const specifiers: AstNode[] = node.specifiers ?? [];
  return (
    specifiers.length > 0 && specifiers.every((s) => s.type === "ImportSpecifier" && isType(s.importKind))
  );
}

/** `export type … from`, or every specifier marked `type`. */
export function isTypeExport(node: AstNode): boolean {
  if (node.exportKind === "type") return true;
  const specifiers: AstNode[] = node.specifiers ?? [];
  return (
    node.type === "ExportNamedDeclaration" &&
    specifiers.length > 0 &&
    specifiers.every((s) => s.type === "ExportSpecifier" && s.exportKind === "type")
  );
}
