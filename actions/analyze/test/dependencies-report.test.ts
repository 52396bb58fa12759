// Import cycles and declared/undeclared/unused dependencies, in a small npm-workspaces monorepo on disk.
import { Finding, Section } from "@aetherstack/kit";
import { describe, expect, it } from "vitest";
import { tempDir, writeFiles } from "../../kit/test/support/temp-repo.ts";
import { analyzeScript, isScriptLanguage } from "../src/complexity/analyze-script.ts";
import { dependenciesReport } from "../src/deps/dependencies-report.ts";
import type { FileFacts } from "../src/facts.ts";

function languageOf(path: string): string | null {
  if (path.endsWith(".tsx")) return "TSX";
  if (/\.[mc]?ts$/.test(path)) return "TypeScript";
  if (/\.[mc]?jsx?$/.test(path)) return "JavaScript";
  if (path.endsWith(".json")) return "JSON";
  return null;
}

/** Write files to a temp folder and gather the facts the file pipeline would. */
function workspaceWith(files: Record<string, string>): { dir: string; facts: FileFacts[] } {
  const dir = tempDir("aether-deps-");
  writeFiles(dir, files);
  const facts = Object.entries(files).map(([path, text]): FileFacts => {
    const language = languageOf(path);
    const base = {
      path,
      bytes: text.length,
      language,
      lines: { code: 1, comment: 0, blank: 0 },
      markers: [],
    };
    return isScriptLanguage(language) ? { ...base, ...analyzeScript(path, text, language!) } : base;
  });
  return { dir, facts };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const monorepo = {
  "package.json": json({
    name: "demo",
    private: true,
    workspaces: ["packages/*"],
    dependencies: { "left-pad": "^1.3.0" },
    devDependencies: { typescript: "^5.9.0", vitest: "^4.0.0" },
  }),
  "packages/app/package.json": json({
    name: "@demo/app",
    dependencies: { react: "^19.0.0", "@demo/lib": "*", chalk: "^5.0.0", "@types/react": "^19.0.0" },
    devDependencies: { "@types/some-lib": "^1.0.0" },
  }),
  "packages/app/src/index.tsx": [
    'import React from "react";',
    'import { add } from "@demo/lib";',
    'import _ from "lodash";',
    'import fs from "node:fs";',
    'import path from "path";',
    'import type { Schema } from "zod";',
    'import sub from "@scope/tool/sub";',
    'import { helper } from "./helper.js";',
    'import lodashAgain from "lodash/fp";',
    'import { view } from "components/view";',
    'import type { Options } from "some-lib";',
    'import { settings } from "@app/settings";',
    "export const App = () => <div>{add(1, 2)}</div>;",
    "",
  ].join("\n"),
  "packages/app/src/helper.ts": 'export const helper = 1;\nimport { test } from "vitest";\n',
  "packages/app/components/view.ts": "export const view = 1;\n",
  "packages/lib/package.json": json({ name: "@demo/lib", dependencies: {} }),
  "packages/lib/src/a.ts":
    'import { b } from "./b.js";\nimport type { D } from "./d.js";\nexport const a = () => b;\n',
  "packages/lib/src/b.ts": 'import { c } from "./c.js";\nexport const b = () => c;\n',
  "packages/lib/src/c.ts": 'import { a } from "./a.js";\nexport const c = () => a;\n',
  "packages/lib/src/d.ts": 'import { a } from "./a.js";\nexport type D = typeof a;\n',
  "packages/lib/src/index.ts": 'export * from "./a.js";\nexport { add } from "./math";\n',
  "packages/lib/src/math/index.ts":
    'import { a } from "../a.js";\nexport const add = (x: number, y: number) => x + y + a.length;\n',
  "packages/app/tsconfig.json": [
    "// Aliases used by the app; comments and trailing commas are allowed here.",
    '{ "$schema": "https://json.schemastore.org/tsconfig",',
    '  "compilerOptions": { /* paths */ "paths": { "@app/*": ["./src/*"], }, },',
    "}",
  ].join("\n"),
  "tools/package.json": json({ name: "tools", dependencies: { "only-in-scripts": "^1.0.0" } }),
};

describe("dependenciesReport", () => {
  it("finds the import cycle across three files written with .js specifiers", async () => {
    const { dir, facts } = workspaceWith(monorepo);
    const { findings, metrics } = await dependenciesReport(dir, facts);
    const cycles = findings.filter((f) => f.ruleId === "deps/cycle");
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toMatchObject({
      severity: "medium",
      message:
        "Import cycle: `packages/lib/src/a.ts` → `packages/lib/src/b.ts` → `packages/lib/src/c.ts` → `packages/lib/src/a.ts`",
      location: { file: "packages/lib/src/a.ts", startLine: 1 },
    });
    expect(metrics["deps.cycles"]).toBe(1);
  });

  it("does not count a type-only import as a cycle", async () => {
    const { dir, facts } = workspaceWith({
      "x.ts": 'import type { Y } from "./y.js";\nexport const x = 1;\n',
      "y.ts": 'import { x } from "./x.js";\nexport type Y = typeof x;\n',
    });
    const { findings } = await dependenciesReport(dir, facts);
    expect(findings.filter((f) => f.ruleId === "deps/cycle")).toEqual([]);
  });

  it("keys a cycle's fingerprint on its members, whichever file the loop is entered from", async () => {
    const a = workspaceWith({ "p.ts": 'import "./q.js";\n', "q.ts": 'import "./p.js";\n' });
    const b = workspaceWith({ "p.ts": '\n\nimport "./q.js";\n', "q.ts": 'import "./p";\n' });
    const [first] = (await dependenciesReport(a.dir, a.facts)).findings;
    const [second] = (await dependenciesReport(b.dir, b.facts)).findings;
    expect(first?.fingerprint).toBe(second?.fingerprint);
  });

  it("flags packages imported but declared nowhere up the tree, once per file, at the import line", async () => {
    const { dir, facts } = workspaceWith(monorepo);
    const { findings, metrics } = await dependenciesReport(dir, facts);
    const undeclared = findings.filter((f) => f.ruleId === "deps/undeclared");
    expect(undeclared.map((f) => [f.message, f.location])).toEqual([
      [
        "`lodash` is imported but not declared in `packages/app/package.json` or a package.json above it",
        { file: "packages/app/src/index.tsx", startLine: 3 },
      ],
      [
        "Types of `zod` are imported but neither it nor `@types/zod` is declared in `packages/app/package.json` or a package.json above it",
        { file: "packages/app/src/index.tsx", startLine: 6 },
      ],
      [
        "`@scope/tool` is imported but not declared in `packages/app/package.json` or a package.json above it",
        { file: "packages/app/src/index.tsx", startLine: 7 },
      ],
    ]);
    expect(metrics["deps.undeclared"]).toBe(3);
    for (const finding of findings) Finding.parse(finding);
  });

  it("flags runtime dependencies no file of the package imports, skipping @types and source-less packages", async () => {
    const { dir, facts } = workspaceWith(monorepo);
    const { findings, metrics } = await dependenciesReport(dir, facts);
    const unused = findings.filter((f) => f.ruleId === "deps/unused");
    expect(unused.map((f) => [f.severity, f.message, f.location])).toEqual([
      [
        "low",
        "`left-pad` is in the dependencies of `package.json` but no file of that package imports it",
        { file: "package.json", startLine: 8 },
      ],
      [
        "low",
        "`chalk` is in the dependencies of `packages/app/package.json` but no file of that package imports it",
        { file: "packages/app/package.json", startLine: 6 },
      ],
    ]);
    expect(metrics).toEqual({ "deps.cycles": 1, "deps.undeclared": 3, "deps.unused": 2, "deps.declared": 9 });
  });

  it("builds the section from a packages table and a cycle list", async () => {
    const { dir, facts } = workspaceWith(monorepo);
    const { section } = await dependenciesReport(dir, facts);
    expect(Section.parse(section).id).toBe("dependencies");
    const table = section.blocks.find((b) => b.type === "table");
    if (table?.type !== "table") throw new Error("no table");
    expect(table.columns).toEqual([
      "package.json",
      "Dependencies",
      "Dev dependencies",
      "Undeclared",
      "Unused",
    ]);
    expect(table.rows).toEqual([
      [[{ code: "package.json" }], "1", "2", "0", "1"],
      [[{ code: "packages/app/package.json" }], "4", "1", "3", "1"],
      [[{ code: "packages/lib/package.json" }], "0", "0", "0", "0"],
      [[{ code: "tools/package.json" }], "1", "0", "0", "0"],
    ]);
    expect(JSON.stringify(section.blocks)).toContain("package.json scripts");
    const list = section.blocks.find((b) => b.type === "list");
    expect(list?.type === "list" && list.items).toHaveLength(1);
  });

  it("does not judge unused dependencies where Vue or Astro files may import them", async () => {
    const { dir, facts } = workspaceWith({
      "package.json": json({ name: "web", dependencies: { vue: "^3.5.0", pinia: "^3.0.0" } }),
      "src/main.ts": 'import { createApp } from "vue";\n',
    });
    facts.push({
      path: "src/App.vue",
      bytes: 10,
      language: "Vue",
      lines: { code: 1, comment: 0, blank: 0 },
      markers: [],
    });
    const { findings, section } = await dependenciesReport(dir, facts);
    expect(findings.filter((f) => f.ruleId === "deps/unused")).toEqual([]);
    expect(JSON.stringify(section.blocks)).toContain("Unused dependencies were not judged for ");
    facts.pop();
    const without = await dependenciesReport(dir, facts);
    expect(without.findings.map((f) => f.message)).toEqual([
      "`pinia` is in the dependencies of `package.json` but no file of that package imports it",
    ]);
  });

  it("reports a broken package.json instead of failing", async () => {
    const { dir, facts } = workspaceWith({ "package.json": "{ not json", "index.js": 'require("x");\n' });
    const { section, findings } = await dependenciesReport(dir, facts);
    expect(findings).toEqual([]);
    expect(JSON.stringify(section.blocks)).toContain("could not be read as JSON");
  });
});
