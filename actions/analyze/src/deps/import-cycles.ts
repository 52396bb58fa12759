// The import graph between analysed files and its cycles (Tarjan's strongly connected components).
import type { FileFacts } from "../facts.ts";
import { isRelative, resolveRelative } from "./resolve-import.ts";

/** importer → (imported file → line of the first runtime import of it). */
export type ImportGraph = Map<string, Map<string, number>>;

export interface ImportCycle {
  /** Every file of the strongly connected group; starts with `path`, the rest sorted. */
  members: string[];
  /** A shortest closed walk through the first member: each file imports the next, the last the first. */
  path: string[];
  /** Line of the import in `path[0]` that starts the cycle. */
  line: number;
}

/** Relative runtime imports between the given files; type-only imports cannot make a runtime cycle. */
export function importGraph(facts: FileFacts[]): ImportGraph {
  const files = new Set(facts.filter((file) => file.imports !== undefined).map((file) => file.path));
  const graph: ImportGraph = new Map();
  for (const file of facts) {
    if (!file.imports) continue;
    const edges = new Map<string, number>();
    for (const entry of file.imports) {
      if (entry.typeOnly || !isRelative(entry.specifier)) continue;
      const target = resolveRelative(file.path, entry.specifier, files);
      if (target && target !== file.path && !edges.has(target)) edges.set(target, entry.line);
    }
    graph.set(file.path, edges);
  }
  return graph;
}

/** Import cycles, each a group of two or more files that reach each other; sorted by first member. */
export function findCycles(graph: ImportGraph): ImportCycle[] {
  return stronglyConnected(graph)
    .filter((component) => component.length > 1)
    .map((component) => describeCycle(graph, component))
    .sort((a, b) => (a.members[0]! < b.members[0]! ? -1 : 1));
}

function describeCycle(graph: ImportGraph, component: string[]): ImportCycle {
  const sorted = [...component].sort();
  const inside = new Set(sorted);
  const path = shortestCycle(graph, sorted[0]!, inside);
  const onPath = new Set(path);
  const members = [...path, ...sorted.filter((member) => !onPath.has(member))];
  const line = graph.get(path[0]!)?.get(path[1] ?? "") ?? 1;
  return { members, path, line };
}

/** Breadth-first from `start` back to itself, staying inside the component. */
function shortestCycle(graph: ImportGraph, start: string, inside: Set<string>): string[] {
  const parent = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const next of [...(graph.get(node)?.keys() ?? [])].sort()) {
      if (!inside.has(next)) continue;
      if (next === start) return walkBack(parent, node, start);
      if (parent.has(next)) continue;
      parent.set(next, node);
      queue.push(next);
    }
  }
  return [start];
}

function walkBack(parent: Map<string, string>, last: string, start: string): string[] {
  const path = [last];
  for (let node = last; node !== start; ) {
    node = parent.get(node)!;
    path.push(node);
  }
  return path.reverse();
}

/** Tarjan's algorithm, iterative so a long import chain cannot overflow the stack. */
export function stronglyConnected(graph: ImportGraph): string[][] {
  const state: TarjanState = {
    index: new Map(),
    low: new Map(),
    stack: [],
    onStack: new Set(),
    components: [],
  };
  for (const root of graph.keys()) if (!state.index.has(root)) connect(graph, root, state);
  return state.components;
}

interface TarjanState {
  index: Map<string, number>;
  low: Map<string, number>;
  stack: string[];
  onStack: Set<string>;
  components: string[][];
}

interface Visit {
  node: string;
  edges: string[];
  next: number;
}

function connect(graph: ImportGraph, root: string, state: TarjanState): void {
  const work = [open(graph, root, state)];
  while (work.length > 0) {
    const top = work.at(-1)!;
    const to = top.edges[top.next++];
    if (to === undefined) {
      work.pop();
      close(top, work.at(-1), state);
    } else if (!state.index.has(to)) work.push(open(graph, to, state));
    else if (state.onStack.has(to)) lower(state, top.node, state.index.get(to)!);
  }
}

function open(graph: ImportGraph, node: string, state: TarjanState): Visit {
  state.index.set(node, state.index.size);
  state.low.set(node, state.index.size - 1);
  state.stack.push(node);
  state.onStack.add(node);
  return { node, edges: [...(graph.get(node)?.keys() ?? [])], next: 0 };
}

function lower(state: TarjanState, node: string, value: number): void {
  if (value < state.low.get(node)!) state.low.set(node, value);
}

function close(visit: Visit, parent: Visit | undefined, state: TarjanState): void {
  if (parent) lower(state, parent.node, state.low.get(visit.node)!);
  if (state.low.get(visit.node) !== state.index.get(visit.node)) return;
  const component: string[] = [];
  let member: string;
  do {
    member = state.stack.pop()!;
    state.onStack.delete(member);
    component.push(member);
  } while (member !== visit.node);
  state.components.push(component);
}
