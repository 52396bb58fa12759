// One walk over a Babel tree: measures every function-like unit and collects the file's imports.
//
// Cognitive complexity follows the SonarSource white paper. Each increment goes to the innermost
// function only, so a file's functions add up to the file's total with nothing counted twice; a
// nested function starts one nesting level deeper than the place it is defined, which is how the
// paper charges lambdas to their surroundings. Recursion is not counted (SonarJS doesn't either).
// Cyclomatic complexity is 1 + if, ternary, non-default case, loops, catch, &&, || and ?? (the
// logical assignments `&&=`, `||=`, `??=` branch too); optional chaining is not a decision.
// Code outside any function (module top level) belongs to no unit and is not measured.
import type * as t from "@babel/types";
import { FLIPPED_ALIAS_KEYS, VISITOR_KEYS } from "@babel/types";
import type { FunctionFacts, ImportFacts } from "../facts.ts";
import { accessorName, anonymous, assignedName, keyName, lendsName } from "./function-names.ts";
import { addImport, isTypeExport, isTypeImport } from "./script-imports.ts";

interface Frame {
  fact: FunctionFacts;
  /** Current nesting level for cognitive complexity inside this function. */
  nesting: number;
}

/** State of one walk over one file. */
export interface ScriptWalk {
  text: string;
  /** Enclosing functions, innermost last. */
  frames: Frame[];
  /** Name parts of enclosing classes, functions and named objects, for qualified names. */
  scope: string[];
  functions: FunctionFacts[];
  imports: ImportFacts[];
}

/** `name` is what the parent calls the node (`const name = …`, `name: …`), for naming functions. */
type Handler<N extends t.Node> = (node: N, walk: ScriptWalk, name: string | undefined) => void;
type Handlers = { [K in t.Node["type"]]?: Handler<Extract<t.Node, { type: K }>> };

/** A fresh walk over one file's text. */
export function newWalk(text: string): ScriptWalk {
  return { text, frames: [], scope: [], functions: [], imports: [] };
}

/** Visit a node with the handler for its kind, or its children when no handler cares. */
export function visit(node: t.Node | null | undefined, walk: ScriptWalk, name?: string): void {
  if (!node) return;
  const handler = handlers[node.type] as Handler<t.Node> | undefined;
  if (handler) handler(node, walk, name);
  else visitChildren(node, walk);
}

function visitChildren(node: t.Node, walk: ScriptWalk): void {
  const keys = VISITOR_KEYS[node.type];
  if (!keys) return;
  const fields = node as unknown as Record<string, unknown>;
  for (const key of keys) {
    const child = fields[key];
    if (Array.isArray(child)) {
      for (const item of child) if (item) visit(item as t.Node, walk);
    } else if (child && typeof child === "object") visit(child as t.Node, walk);
  }
}

// --- complexity bookkeeping -------------------------------------------------------------------

function decision(walk: ScriptWalk): void {
  const frame = walk.frames.at(-1);
  if (frame) frame.fact.cyclomatic++;
}

function cognitive(walk: ScriptWalk, amount: number): void {
  const frame = walk.frames.at(-1);
  if (frame) frame.fact.cognitive += amount;
}

/** A structure that pays for how deeply it sits (if, loops, switch, catch, ternary). */
function structural(walk: ScriptWalk): void {
  const frame = walk.frames.at(-1);
  if (frame) frame.fact.cognitive += 1 + frame.nesting;
}

function nested(node: t.Node | null | undefined, walk: ScriptWalk): void {
  const frame = walk.frames.at(-1);
  if (frame) frame.nesting++;
  visit(node, walk);
  if (frame) frame.nesting--;
}

function visitIf(node: t.IfStatement, walk: ScriptWalk, elseIf: boolean): void {
  decision(walk);
  if (elseIf) cognitive(walk, 1);
  else structural(walk);
  visit(node.test, walk);
  nested(node.consequent, walk);
  const alternate = node.alternate;
  if (!alternate) return;
  if (alternate.type === "IfStatement") visitIf(alternate, walk, true);
  else {
    cognitive(walk, 1);
    nested(alternate, walk);
  }
}

/** Loops: one decision, one nesting-weighted increment; only the body is nested. */
function loop<N extends t.Loop>(...heads: (keyof N)[]): Handler<N> {
  return (node, walk) => {
    decision(walk);
    structural(walk);
    for (const head of heads) visit(node[head] as t.Node | null, walk);
    nested(node.body, walk);
  };
}

/** `a && b && c || d`: every operator is a decision, every change of operator a cognitive increment. */
function visitLogical(node: t.LogicalExpression, walk: ScriptWalk): void {
  const operators: string[] = [];
  collectSequence(node, walk, operators);
  let changes = 0;
  for (let i = 0; i < operators.length; i++) if (operators[i] !== operators[i - 1]) changes++;
  cognitive(walk, changes);
}

function collectSequence(node: t.Expression, walk: ScriptWalk, operators: string[]): void {
  if (node.type !== "LogicalExpression") {
    visit(node, walk);
    return;
  }
  decision(walk);
  collectSequence(node.left, walk, operators);
  operators.push(node.operator);
  collectSequence(node.right, walk, operators);
}

// --- functions ---------------------------------------------------------------------------------

function visitFunction(node: t.Function, walk: ScriptWalk, name: string): void {
  const parent = walk.frames.at(-1);
  const fact: FunctionFacts = {
    name: [...walk.scope, name].join("."),
    startLine: node.loc?.start.line ?? 1,
    endLine: node.loc?.end.line ?? 1,
    cyclomatic: 1,
    cognitive: 0,
    params: node.params.filter((p) => !(p.type === "Identifier" && p.name === "this")).length,
  };
  walk.functions.push(fact);
  walk.frames.push({ fact, nesting: parent ? parent.nesting + 1 : 0 });
  walk.scope.push(name);
  for (const param of node.params) visit(param, walk);
  visit(node.body, walk);
  walk.scope.pop();
  walk.frames.pop();
}

function visitClass(node: t.Class, walk: ScriptWalk, name: string | undefined): void {
  // Class decorators carry code too (`@Module({ useFactory: () => … })`).
  for (const decorator of node.decorators ?? []) visit(decorator, walk);
  visit(node.superClass, walk);
  walk.scope.push(node.id?.name ?? name ?? anonymous(node));
  visit(node.body, walk);
  walk.scope.pop();
}

function visitMember(
  node: t.ClassProperty | t.ClassPrivateProperty | t.ClassAccessorProperty | t.ObjectProperty,
  walk: ScriptWalk,
): void {
  const computed = "computed" in node && node.computed;
  if (computed) visit(node.key, walk);
  visit(node.value as t.Node | null, walk, keyName(node.key, computed, walk.text));
}

// --- imports -----------------------------------------------------------------------------------

function visitCall(node: t.CallExpression, walk: ScriptWalk, name: string | undefined): void {
  const [first, ...rest] = node.arguments;
  const callee = node.callee;
  if (callee.type === "Import") addImport(walk.imports, first, node, false);
  else if (callee.type === "Identifier" && callee.name === "require" && node.arguments.length === 1)
    addImport(walk.imports, first, node, false);
  visit(callee, walk);
  visit(first, walk, name !== undefined && lendsName(callee) ? name : undefined);
  for (const argument of rest) visit(argument, walk);
}

// --- the table ---------------------------------------------------------------------------------

const skip = (): void => {};
const passName: Handler<{ expression: t.Node } & t.Node> = (node, walk, name) =>
  visit(node.expression, walk, name);

const handlers: Handlers = {
  FunctionDeclaration: (node, walk, name) =>
    visitFunction(node, walk, node.id?.name ?? name ?? anonymous(node)),
  FunctionExpression: (node, walk, name) =>
    visitFunction(node, walk, name ?? node.id?.name ?? anonymous(node)),
  ArrowFunctionExpression: (node, walk, name) => visitFunction(node, walk, name ?? anonymous(node)),
  ObjectMethod: (node, walk) =>
    visitFunction(node, walk, accessorName(node.kind, keyName(node.key, node.computed, walk.text))),
  ClassMethod: (node, walk) =>
    visitFunction(node, walk, accessorName(node.kind, keyName(node.key, node.computed, walk.text))),
  ClassPrivateMethod: (node, walk) =>
    visitFunction(node, walk, accessorName(node.kind, keyName(node.key, false, walk.text))),
  ClassDeclaration: visitClass,
  ClassExpression: visitClass,
  ClassProperty: visitMember,
  ClassPrivateProperty: visitMember,
  ClassAccessorProperty: visitMember,
  ObjectProperty: visitMember,
  ObjectExpression: (node, walk, name) => {
    if (name !== undefined) walk.scope.push(name);
    for (const property of node.properties) visit(property, walk);
    if (name !== undefined) walk.scope.pop();
  },
  VariableDeclarator: (node, walk) => {
    const named = node.id.type === "Identifier";
    if (!named) visit(node.id, walk);
    visit(node.init, walk, named ? (node.id as t.Identifier).name : undefined);
  },
  AssignmentExpression: (node, walk) => {
    if (node.operator === "&&=" || node.operator === "||=" || node.operator === "??=") decision(walk);
    visit(node.left, walk);
    visit(node.right, walk, assignedName(node));
  },
  AssignmentPattern: (node, walk) => {
    visit(node.left, walk);
    visit(node.right, walk, node.left.type === "Identifier" ? node.left.name : undefined);
  },
  ExportDefaultDeclaration: (node, walk) => visit(node.declaration, walk, "default"),
  TSModuleDeclaration: (node, walk) => {
    const id = node.id;
    walk.scope.push(id.type === "Identifier" ? id.name : id.value);
    visit(node.body, walk);
    walk.scope.pop();
  },
  CallExpression: visitCall,
  ParenthesizedExpression: passName,
  TSAsExpression: passName,
  TSSatisfiesExpression: passName,
  TSNonNullExpression: passName,
  TSTypeAssertion: passName,
  TypeCastExpression: passName,

  IfStatement: (node, walk) => visitIf(node, walk, false),
  ConditionalExpression: (node, walk) => {
    decision(walk);
    structural(walk);
    visit(node.test, walk);
    nested(node.consequent, walk);
    nested(node.alternate, walk);
  },
  SwitchStatement: (node, walk) => {
    structural(walk);
    visit(node.discriminant, walk);
    for (const branch of node.cases) nested(branch, walk);
  },
  SwitchCase: (node, walk) => {
    if (node.test) decision(walk);
    visit(node.test, walk);
    for (const statement of node.consequent) visit(statement, walk);
  },
  ForStatement: loop<t.ForStatement>("init", "test", "update"),
  ForInStatement: loop<t.ForInStatement>("left", "right"),
  ForOfStatement: loop<t.ForOfStatement>("left", "right"),
  WhileStatement: loop<t.WhileStatement>("test"),
  DoWhileStatement: loop<t.DoWhileStatement>("test"),
  CatchClause: (node, walk) => {
    decision(walk);
    structural(walk);
    visit(node.param, walk);
    nested(node.body, walk);
  },
  LogicalExpression: visitLogical,
  BreakStatement: (node, walk) => {
    if (node.label) cognitive(walk, 1);
  },
  ContinueStatement: (node, walk) => {
    if (node.label) cognitive(walk, 1);
  },

  ImportDeclaration: (node, walk) => addImport(walk.imports, node.source, node, isTypeImport(node)),
  ExportNamedDeclaration: (node, walk) => {
    if (node.source) addImport(walk.imports, node.source, node, isTypeExport(node));
    visit(node.declaration, walk);
  },
  ExportAllDeclaration: (node, walk) => addImport(walk.imports, node.source, node, isTypeExport(node)),
  TSImportEqualsDeclaration: (node, walk) => {
    const reference = node.moduleReference;
    if (reference.type === "TSExternalModuleReference")
      addImport(walk.imports, reference.expression, node, node.importKind === "type");
  },
  ImportExpression: (node, walk) => {
    addImport(walk.imports, node.source, node, false);
    visit(node.source, walk);
  },
};

/** TypeScript and Flow nodes that hold runtime code; every other type-level node is skipped unvisited. */
const TYPE_NODES_WITH_CODE = new Set([
  "TSAsExpression",
  "TSSatisfiesExpression",
  "TSNonNullExpression",
  "TSTypeAssertion",
  "TSInstantiationExpression",
  "TSModuleDeclaration",
  "TSModuleBlock",
  "TSEnumDeclaration",
  "TSEnumBody",
  "TSEnumMember",
  "TSExportAssignment",
  "TSImportEqualsDeclaration",
  "TSParameterProperty",
  "TSExternalModuleReference",
  "TypeCastExpression",
]);
for (const type of [
  ...Object.keys(VISITOR_KEYS).filter((k) => k.startsWith("TS")),
  ...(FLIPPED_ALIAS_KEYS.Flow ?? []),
]) {
  const table = handlers as Record<string, unknown>;
  if (!TYPE_NODES_WITH_CODE.has(type) && !table[type]) table[type] = skip;
}
