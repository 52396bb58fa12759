// How a function-like unit is called in reports: `Parser.parseArgs`, `api.load`, `default`, `<anonymous>@12`.
import type { AstNode } from "./ast.ts";

/** The name of a unit nothing names: where it starts. */
export function anonymous(line: number): string {
  return `<anonymous>@${line}`;
}

/** A class or object member's key as written: `parse`, `#secret`, `"quoted"`, `[Symbol.iterator]`. */
export function keyName(key: AstNode, computed: boolean, text: string): string {
  if (!computed) {
    if (key.type === "Identifier") return key.name;
    if (key.type === "PrivateIdentifier") return `#${key.name}`;
  }
  if (key.type === "Literal" && (typeof key.value === "string" || typeof key.value === "number"))
    return String(key.value);
  const source = text.slice(key.start, key.end);
  return source.length > 0 && source.length <= 40 ? `[${source}]` : "[computed]";
}

/** Getters and setters keep their kind, so a pair does not share one name. */
export function accessorName(kind: string, name: string): string {
  return kind === "get" || kind === "set" ? `${kind} ${name}` : name;
}

/** `module.exports.parse`, `Parser.prototype.parse`, `this.parse` → `parse`, `Parser.parse`. */
export function memberName(node: AstNode): string | undefined {
  if (node.type === "Identifier") return node.name;
  if (node.type !== "MemberExpression" || node.computed || node.property.type !== "Identifier")
    return undefined;
  const property: string = node.property.name;
  const object: AstNode = node.object;
  if (object.type === "ThisExpression") return property;
  if (object.type === "Identifier" && (object.name === "exports" || object.name === "module"))
    return property;
  const owner = memberName(object);
  if (owner === undefined || owner === "exports") return property;
  if (property === "prototype" || property === "exports") return owner;
  return `${owner}.${property}`;
}

/** `module.exports = function …` is the default export; `module.exports = { … }` adds no prefix. */
export function assignedName(node: AstNode): string | undefined {
  const left: AstNode = node.left;
  const isModuleExports =
    left.type === "MemberExpression" &&
    left.object.type === "Identifier" &&
    left.object.name === "module" &&
    left.property.type === "Identifier" &&
    left.property.name === "exports";
  if (!isModuleExports) return memberName(left);
  return node.right.type === "ObjectExpression" ? undefined : "default";
}

/** HOCs and factories (`memo(() => …)`, `defineComponent({ … })`) lend their result's name to the first argument. */
export function lendsName(callee: AstNode): boolean {
  if (callee.type === "Identifier") return true;
  return (
    callee.type === "MemberExpression" &&
    callee.object.type === "Identifier" &&
    /^[A-Z]/.test(callee.object.name)
  );
}
