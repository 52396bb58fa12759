// One walk over an ESTree tree (oxc's or Babel's): measures every function-like unit and collects the file's imports.
//
// Cognitive complexity follows the SonarSource white paper. Each increment goes to the innermost
// function only, so a file's functions add up to the file's total with nothing counted twice; a
// nested function starts one nesting level deeper than the place it is defined, which is how the
// paper charges lambdas to their surroundings. Recursion is not counted (SonarJS doesn't either).
// Cyclomatic complexity is 1 + if, ternary, non-default case, loops, catch, &&, || and ?? (the
// logical assignments `&&=`, `||=`, `??=` branch too); optional chaining is not a decision.
// Code outside any function (module top level) belongs to no unit and is not measured.
import type { FunctionFacts, ImportFacts } from "../facts.ts";
import { type AstNode, lineAt, lineStarts } from "./ast.ts";
import { accessorName, anonymous, assignedName, keyName, lendsName } from "./function-names.ts";
import { addImport, isTypeExport, isTypeImport } from "./script-imports.ts";
import type { TreeShape } from "./script-parsers.ts";

interface Frame {
  fact: FunctionFacts;
  /** Current nesting level for cognitive complexity inside this function. */
  nesting: number;
}

/** State of one walk over one file. */
export interface ScriptWalk {
  text: string;
  /** Where each line starts, to turn node offsets into line numbers. */
  lines: number[];
  /** Child fields per node type, learnt from the first node of each; null (Babel) reads each node's. */
  childKeys: Map<string, string[]> | null;
  /** Enclosing functions, innermost last. */
  frames: Frame[];
  /** Name parts of enclosing classes, functions and named objects, for qualified names. */
  scope: string[];
  functions: FunctionFacts[];
  imports: ImportFacts[];
}

/** `name` is what the parent calls the node (`const name = …`, `name: …`), for naming functions. */
type Handler = (node: AstNode, walk: ScriptWalk, name: string | undefined) => void;

/** oxc's nodes of one type have the same fields within one shape, so each type's are looked up once. */
const CHILD_KEYS: Record<Exclude<TreeShape, "babel">, Map<string, string[]>> = {
  "oxc-js": new Map(),
  "oxc-ts": new Map(),
};

/** A fresh walk over one file's text, whose tree has this shape. */
export function newWalk(text: string, shape: TreeShape): ScriptWalk {
  const childKeys = shape === "babel" ? null : CHILD_KEYS[shape];
  return { text, lines: lineStarts(text), childKeys, frames: [], scope: [], functions: [], imports: [] };
}

const lineOf = (walk: ScriptWalk, node: AstNode) => lineAt(walk.lines, node.start);

/** Visit a node with the handler for its kind, or its children when no handler cares. */
export function visit(node: AstNode | null | undefined, walk: ScriptWalk, name?: string): void {
  if (!node || typeof node.type !== "string") return;
  const handler = handlerFor(node.type);
  if (handler) handler(node, walk, name);
  else visitChildren(node, walk);
}

/** Fields that never hold code, on either parser's nodes. */
const NOT_CHILDREN = new Set(["type", "start", "end", "loc", "range", "extra", "comments", "errors"]);

/** The fields of `node` that hold (or, being null, could hold) child nodes; scalars never do. */
function fieldsWithNodes(node: AstNode): string[] {
  return Object.keys(node).filter(
    (key) => !NOT_CHILDREN.has(key) && (node[key] === null || typeof node[key] === "object"),
  );
}

function visitChildren(node: AstNode, walk: ScriptWalk): void {
  let keys = walk.childKeys?.get(node.type);
  if (!keys) {
    keys = fieldsWithNodes(node);
    walk.childKeys?.set(node.type, keys);
  }
  for (const key of keys) {
    const child = node[key];
    if (Array.isArray(child)) {
      for (const item of child) if (item) visit(item, walk);
    } else if (child) visit(child, walk);
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

function nested(node: AstNode | null | undefined, walk: ScriptWalk): void {
  const frame = walk.frames.at(-1);
  if (frame) frame.nesting++;
  visit(node, walk);
  if (frame) frame.nesting--;
}

function visitIf(node: AstNode, walk: ScriptWalk, elseIf: boolean): void {
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
function loop(...heads: string[]): Handler {
  return (node, walk) => {
    decision(walk);
    structural(walk);
    for (const head of heads) visit(node[head], walk);
    nested(node.body, walk);
  };
}

/** `a && b && c || d`: every operator is a decision, every change of operator a cognitive increment. */
function visitLogical(node: AstNode, walk: ScriptWalk): void {
  const operators: string[] = [];
  collectSequence(node, walk, operators);
  let changes = 0;
  for (let i = 0; i < operators.length; i++) if (operators[i] !== operators[i - 1]) changes++;
  cognitive(walk, changes);
}

function collectSequence(node: AstNode, walk: ScriptWalk, operators: string[]): void {
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

/** `name` is the unit's own name; `at` is where it starts (a method's key, not its parameter list). */
function visitFunction(node: AstNode, walk: ScriptWalk, name: string, at: AstNode = node): void {
  // Overloads and declarations (`declare function`, abstract methods) have no body: no code to measure.
  if (!node.body) return;
  const parent = walk.frames.at(-1);
  const params: AstNode[] = node.params;
  const fact: FunctionFacts = {
    name: [...walk.scope, name].join("."),
    startLine: lineOf(walk, at),
    endLine: lineAt(walk.lines, Math.max(node.start, node.end - 1)),
    cyclomatic: 1,
    cognitive: 0,
    params: params.filter((p) => !(p.type === "Identifier" && p.name === "this")).length,
  };
  walk.functions.push(fact);
  walk.frames.push({ fact, nesting: parent ? parent.nesting + 1 : 0 });
  walk.scope.push(name);
  for (const param of params) visit(param, walk);
  visit(node.body, walk);
  walk.scope.pop();
  walk.frames.pop();
}

function visitClass(node: AstNode, walk: ScriptWalk, name: string | undefined): void {
  // Class decorators carry code too (`@Module({ useFactory: () => … })`).
  for (const decorator of node.decorators ?? []) visit(decorator, walk);
  visit(node.superClass, walk);
  walk.scope.push(node.id?.name ?? name ?? anonymous(lineOf(walk, node)));
  visit(node.body, walk);
  walk.scope.pop();
}

/** A class field or object property: a function as its value is named after the key. */
function visitMember(node: AstNode, walk: ScriptWalk): void {
  const computed = node.computed === true;
  if (computed) visit(node.key, walk);
  for (const decorator of node.decorators ?? []) visit(decorator, walk);
  visit(node.value, walk, keyName(node.key, computed, walk.text));
}

/** A method (class or object): its function value carries the key's name, and the key's line. */
function visitMethod(node: AstNode, walk: ScriptWalk): void {
  const computed = node.computed === true;
  if (computed) visit(node.key, walk);
  for (const decorator of node.decorators ?? []) visit(decorator, walk);
  const name = accessorName(node.kind, keyName(node.key, computed, walk.text));
  visitFunction(node.value, walk, name, node);
}

// --- imports -----------------------------------------------------------------------------------

function visitCall(node: AstNode, walk: ScriptWalk, name: string | undefined): void {
  const [first, ...rest] = node.arguments as AstNode[];
  const callee: AstNode = node.callee;
  if (callee.type === "Identifier" && callee.name === "require" && node.arguments.length === 1)
    addImport(walk.imports, first, lineOf(walk, node), false);
  visit(callee, walk);
  visit(first, walk, name !== undefined && lendsName(callee) ? name : undefined);
  for (const argument of rest) visit(argument, walk);
}

// --- the table ---------------------------------------------------------------------------------

const passName: Handler = (node, walk, name) => visit(node.expression, walk, name);

const handlers: Record<string, Handler> = {
  FunctionDeclaration: (node, walk, name) =>
    visitFunction(node, walk, node.id?.name ?? name ?? anonymous(lineOf(walk, node))),
  FunctionExpression: (node, walk, name) =>
    visitFunction(node, walk, name ?? node.id?.name ?? anonymous(lineOf(walk, node))),
  ArrowFunctionExpression: (node, walk, name) =>
    visitFunction(node, walk, name ?? anonymous(lineOf(walk, node))),
  MethodDefinition: visitMethod,
  TSAbstractMethodDefinition: visitMethod,
  Property: (node, walk) => {
    if (node.method || node.kind === "get" || node.kind === "set") visitMethod(node, walk);
    else visitMember(node, walk);
  },
  ClassDeclaration: visitClass,
  ClassExpression: visitClass,
  PropertyDefinition: visitMember,
  AccessorProperty: visitMember,
  ObjectExpression: (node, walk, name) => {
    if (name !== undefined) walk.scope.push(name);
    for (const property of node.properties) visit(property, walk);
    if (name !== undefined) walk.scope.pop();
  },
  VariableDeclarator: (node, walk) => {
    const named = node.id.type === "Identifier";
    if (!named) visit(node.id, walk);
    visit(node.init, walk, named ? node.id.name : undefined);
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
    const id: AstNode = node.id;
    walk.scope.push(
      id.type === "Identifier"
        ? id.name
        : id.type === "Literal"
          ? String(id.value)
          : walk.text.slice(id.start, id.end),
    );
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
  ForStatement: loop("init", "test", "update"),
  ForInStatement: loop("left", "right"),
  ForOfStatement: loop("left", "right"),
  WhileStatement: loop("test"),
  DoWhileStatement: loop("test"),
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

  ImportDeclaration: (node, walk) =>
    addImport(walk.imports, node.source, lineOf(walk, node), isTypeImport(node)),
  ExportNamedDeclaration: (node, walk) => {
    if (node.source) addImport(walk.imports, node.source, lineOf(walk, node), isTypeExport(node));
    visit(node.declaration, walk);
  },
  ExportAllDeclaration: (node, walk) =>
    addImport(walk.imports, node.source, lineOf(walk, node), isTypeExport(node)),
  TSImportEqualsDeclaration: (node, walk) => {
    const reference: AstNode = node.moduleReference;
    if (reference.type === "TSExternalModuleReference")
      addImport(walk.imports, reference.expression, lineOf(walk, node), node.importKind === "type");
  },
  ImportExpression: (node, walk) => {
    addImport(walk.imports, node.source, lineOf(walk, node), false);
    visit(node.source, walk);
  },
};

/** TypeScript nodes that hold runtime code; every other `TS…` node (types, declarations) is skipped unvisited. */
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
  "TSAbstractMethodDefinition",
]);

const skip: Handler = () => {};

function handlerFor(type: string): Handler | undefined {
  const handler = handlers[type];
  if (handler) return handler;
  // Flow's type nodes are walked through rather than skipped: none is a handled kind, so they add nothing.
  if (type.startsWith("TS") && !TYPE_NODES_WITH_CODE.has(type)) {
    handlers[type] = skip;
    return skip;
  }
  return undefined;
}
