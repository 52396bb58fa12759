// Specifier resolution the TS/Node way, package names of bare specifiers, and cycle detection.
import { describe, expect, it } from "vitest";
import { findCycles, type ImportGraph, stronglyConnected } from "../src/deps/import-cycles.ts";
import { stripJsonComments } from "../src/deps/path-aliases.ts";
import { packageName, resolveRelative } from "../src/deps/resolve-import.ts";

describe("resolveRelative", () => {
  const files = new Set([
    "src/a.ts",
    "src/view.tsx",
    "src/plain.js",
    "src/esm.mts",
    "src/common.cts",
    "src/lib/index.ts",
    "src/data.json",
    "src/both.ts",
    "src/both/index.ts",
    "top.ts",
  ]);

  it("maps JS extensions to the TS sources they compile from", () => {
    expect(resolveRelative("src/b.ts", "./a.js", files)).toBe("src/a.ts");
    expect(resolveRelative("src/b.ts", "./view.js", files)).toBe("src/view.tsx");
    expect(resolveRelative("src/b.ts", "./view.jsx", files)).toBe("src/view.tsx");
    expect(resolveRelative("src/b.ts", "./plain.js", files)).toBe("src/plain.js");
    expect(resolveRelative("src/b.ts", "./esm.mjs", files)).toBe("src/esm.mts");
    expect(resolveRelative("src/b.ts", "./common.cjs", files)).toBe("src/common.cts");
  });

  it("tries extensions, then index files, for extensionless specifiers", () => {
    expect(resolveRelative("src/b.ts", "./a", files)).toBe("src/a.ts");
    expect(resolveRelative("src/b.ts", "./view", files)).toBe("src/view.tsx");
    expect(resolveRelative("src/b.ts", "./lib", files)).toBe("src/lib/index.ts");
    expect(resolveRelative("src/b.ts", "./lib/", files)).toBe("src/lib/index.ts");
    expect(resolveRelative("src/b.ts", "./both", files)).toBe("src/both.ts");
    expect(resolveRelative("src/lib/index.ts", "..", files)).toBeNull();
    expect(resolveRelative("src/lib/index.ts", "../a.ts", files)).toBe("src/a.ts");
    expect(resolveRelative("src/lib/x.ts", "../../top", files)).toBe("top.ts");
    expect(resolveRelative("src/lib/x.ts", ".", files)).toBe("src/lib/index.ts");
    expect(resolveRelative("src/lib/deep/x.ts", "..", files)).toBe("src/lib/index.ts");
    expect(resolveRelative("top.ts", "./", new Set(["index.js"]))).toBe("index.js");
    expect(resolveRelative("top.ts", ".", new Set(["index.js"]))).toBe("index.js");
  });

  it("returns null for files outside the analysed set or the workspace", () => {
    expect(resolveRelative("src/b.ts", "./missing.js", files)).toBeNull();
    expect(resolveRelative("src/b.ts", "./style.css", files)).toBeNull();
    expect(resolveRelative("top.ts", "../outside.ts", files)).toBeNull();
    expect(resolveRelative("src/b.ts", "./data.json", files)).toBe("src/data.json");
  });
});

describe("packageName", () => {
  it("names the package of a bare specifier, and nothing for builtins, schemes and aliases", () => {
    expect(packageName("react")).toBe("react");
    expect(packageName("react-dom/client")).toBe("react-dom");
    expect(packageName("@scope/pkg/sub/path")).toBe("@scope/pkg");
    for (const none of [
      "fs",
      "fs/promises",
      "node:test",
      "bun:test",
      "#internal",
      "@/components/x",
      "~/lib",
      "./x",
      "/abs",
    ])
      expect(packageName(none)).toBeNull();
  });
});

describe("stripJsonComments", () => {
  it("reads tsconfig-style JSON: comments and trailing commas go, strings stay", () => {
    const text =
      '{\n  // note\n  "url": "https://x.dev/a//b", /* c */ "list": [1, 2,],\n  "s": "/* kept */",\n}';
    expect(JSON.parse(stripJsonComments(text))).toEqual({
      url: "https://x.dev/a//b",
      list: [1, 2],
      s: "/* kept */",
    });
  });
});

function graphOf(edges: Record<string, string[]>): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const [from, tos] of Object.entries(edges)) graph.set(from, new Map(tos.map((to, i) => [to, i + 1])));
  return graph;
}

describe("findCycles", () => {
  it("finds each strongly connected group once, and ignores chains", () => {
    const graph = graphOf({
      a: ["b"],
      b: ["c"],
      c: ["a", "d"],
      d: ["e"],
      e: [],
      x: ["y"],
      y: ["x"],
    });
    const components = stronglyConnected(graph).map((c) => [...c].sort());
    expect(components.filter((c) => c.length > 1).sort()).toEqual([
      ["a", "b", "c"],
      ["x", "y"],
    ]);
    expect(findCycles(graph).map((c) => c.path)).toEqual([
      ["a", "b", "c"],
      ["x", "y"],
    ]);
  });

  it("lists a shortest loop first and the rest of a tangled group after it", () => {
    const graph = graphOf({ a: ["b", "d"], b: ["a"], d: ["e"], e: ["a"] });
    expect(findCycles(graph)).toEqual([{ members: ["a", "b", "d", "e"], path: ["a", "b"], line: 1 }]);
  });

  it("survives an import chain far longer than the call stack", () => {
    const edges: Record<string, string[]> = {};
    for (let i = 0; i < 20_000; i++) edges[`f${i}`] = [`f${i + 1}`];
    edges.f20000 = ["f0"];
    const [cycle] = findCycles(graphOf(edges));
    expect(cycle?.members).toHaveLength(20_001);
  });
});
