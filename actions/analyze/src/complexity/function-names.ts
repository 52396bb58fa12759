// How a function-like unit is called in reports: `Parser.parseArgs`, `api.load`, `default`, `<anonymous>@12`.
import type * as t from "@babel/types";

/** The name of a unit nothing names: where it starts. */
export function anonymous(node: t.Node): string {
  return `<anonymous>@${node.loc?.start.line ?? 0}`;
}

/** A class or object member's key as written: `parse`, `#secret`, `"quoted"`, `[Symbol.iterator]`. */
export function keyName(key: t.Node, computed: boolean, text: string): string {
  if (!computed) {
    if (key.type === "Identifier") return key.name;
    if (key.type === "PrivateName") return `#${key.id.name}`;
  }
  if (key.type === "StringLiteral") return key.value;
  if (key.type === "NumericLiteral") return String(key.value);
  const source = text.slice(key.start ?? 0, key.end ?? 0);
  return source.length > 0 && source.length <= 40 ? `[${source}]` : "[computed]";
}

/** Getters and setters keep their kind, so a pair does not share one name. */
export function accessorName(kind: string, name: string): string {
  return kind === "get" || kind === "set" ? `${kind} ${name}` : name;
}

/** `module.exports.parse`, `Parser.prototype.parse`, `this.parse` → `parse`, `Parser.parse`. */
export function memberName(node: t.Node): string | undefined {
  if (node.type === "Identifier") return node.name;
  if (node.type !== "MemberExpression" || node.computed || node.property.type !== "Identifier")
    return undefined;
  const property = node.property.name;
  const object = node.object;
  if (object.type === "ThisExpression") return property;
  if (object.type === "Identifier" && (object.name === "exports" || object.name === "module"))
    return property;
  const owner = memberName(object);
  if (owner === undefined || owner === "exports") return property;
  if (property === "prototype" || property === "exports") return owner;
  return `${owner}.${property}`;
}

/** `module.exports = function …` is the default export; `module.exports = { … }` adds no prefix. */
export function assignedName(node: t.AssignmentExpression): string | undefined {
  const left = node.left;
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
export function lendsName(callee: t.Node): boolean {
  if (callee.type === "Identifier") return true;
  return (
    callee.type === "MemberExpression" &&
    callee.object.type === "Identifier" &&
    /^[A-Z]/.test(callee.object.name)
  );
}
