// Imports as written in a file: ES imports and re-exports, `import()` and `require()` with a literal.
import type * as t from "@babel/types";
import type { ImportFacts } from "../facts.ts";

/** Record an import whose source is a string literal (a computed `import(x)` names no file). */
export function addImport(
  imports: ImportFacts[],
  source: t.Node | null | undefined,
  at: t.Node,
  typeOnly: boolean,
): void {
  const specifier = literalString(source);
  if (specifier !== undefined) imports.push({ specifier, line: at.loc?.start.line ?? 1, typeOnly });
}

function literalString(node: t.Node | null | undefined): string | undefined {
  if (node?.type === "StringLiteral") return node.value;
  if (node?.type === "TemplateLiteral" && node.expressions.length === 0)
    return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** `import type …`, or every specifier marked `type`: nothing is imported at runtime. */
export function isTypeImport(node: t.ImportDeclaration): boolean {
  if (node.importKind === "type" || node.importKind === "typeof") return true;
  return (
    node.specifiers.length > 0 &&
    node.specifiers.every(
      (s) => s.type === "ImportSpecifier" && (s.importKind === "type" || s.importKind === "typeof"),
    )
  );
}

/** `export type … from`, or every specifier marked `type`. */
export function isTypeExport(node: t.ExportNamedDeclaration | t.ExportAllDeclaration): boolean {
  if (node.exportKind === "type") return true;
  return (
    node.type === "ExportNamedDeclaration" &&
    node.specifiers.length > 0 &&
    node.specifiers.every((s) => s.type === "ExportSpecifier" && s.exportKind === "type")
  );
}
