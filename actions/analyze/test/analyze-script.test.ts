// Qualified names, imports and syntax errors from one parse of a JS/TS file.
import { describe, expect, it, vi } from "vitest";
import { analyzeScript, isScriptLanguage } from "../src/complexity/analyze-script.ts";
import { declarationImports } from "../src/complexity/declaration-imports.ts";

// Every case holds for both parsers: oxc (the default) and Babel (Flow files, platforms without oxc's
// binary). Only some syntax errors differ: oxc runs no semantic checks (a redeclared `let`, say),
// which would cost it time on every file.
describe.each(["oxc", "babel"] as const)("with %s", (parser) => {
  const analyze = (path: string, text: string, language: string) =>
    analyzeScript(path, text, language, parser);

  describe("isScriptLanguage", () => {
    it("accepts the JS/TS family by linguist name and nothing else", () => {
      for (const language of ["JavaScript", "TypeScript", "TSX", "JSX"])
        expect(isScriptLanguage(language)).toBe(true);
      for (const language of ["Python", "JSON", "Vue", "CoffeeScript", null])
        expect(isScriptLanguage(language)).toBe(false);
    });
  });

  describe("qualified names", () => {
    it("names functions after their class, object, binding or enclosing function", () => {
      const code = [
        "export default function () {}", // 1
        "export class Parser {", // 2
        "  parseArgs() { function inner() {} }", // 3
        "  get value() { return 1; }", // 4
        "  set value(v) {}", // 5
        "  static create() {}", // 6
        "  #secret() {}", // 7
        "  constructor(private readonly name: string) {}", // 8
        "}",
        "const api = { load() {}, save: async () => {}, [key]: function () {} };", // 10
        "module.exports.helper = function () {};", // 11
        "Foo.prototype.bar = function () {};", // 12
        "function outer() { const inner = () => {}; return [1].map(function () {}); }", // 13
        "setTimeout(() => {}, 1);", // 14
        "const Button = memo(() => null);", // 15
        "const Widget = class { render() {} };", // 16
        "namespace Shapes { export function area() {} }", // 17
      ].join("\n");
      const result = analyze("names.ts", code, "TypeScript");
      expect(result.parseError).toBeUndefined();
      expect(result.functions?.map((fn) => fn.name)).toEqual([
        "default",
        "Parser.parseArgs",
        "Parser.parseArgs.inner",
        "Parser.get value",
        "Parser.set value",
        "Parser.create",
        "Parser.#secret",
        "Parser.constructor",
        "api.load",
        "api.save",
        "api.[key]",
        "helper",
        "Foo.bar",
        "outer",
        "outer.inner",
        "outer.<anonymous>@13",
        "<anonymous>@14",
        "Button",
        "Widget.render",
        "Shapes.area",
      ]);
      const ctor = result.functions?.find((fn) => fn.name === "Parser.constructor");
      expect(ctor).toMatchObject({ params: 1, startLine: 8, endLine: 8 });
    });

    it("names CommonJS exports and functions inside class decorators", () => {
      const code = [
        "module.exports = function () {};",
        "module.exports = { parse() {} };",
        "exports.format = () => {};",
        "@Module({ providers: [{ useFactory: () => make() }] })",
        "export class AppModule {}",
      ].join("\n");
      const result = analyze("cjs.ts", code, "TypeScript");
      expect(result.functions?.map((fn) => fn.name)).toEqual(["default", "parse", "format", "useFactory"]);
    });

    it("names an anonymous default export `default`, and keeps line ranges", () => {
      const result = analyze("arrow.js", "\nexport default (a, b) => {\n  return a + b;\n};\n", "JavaScript");
      expect(result.functions).toEqual([
        { name: "default", startLine: 2, endLine: 4, cyclomatic: 1, cognitive: 0, params: 2 },
      ]);
    });
  });

  describe("imports", () => {
    it("marks type-only imports and re-exports, and records every other form as runtime", () => {
      const code = [
        'import type { A } from "./a.js";',
        'import { type B, type C } from "./b.js";',
        'import { type D, E } from "./d.js";',
        'import F from "./f.js";',
        'export type { G } from "./g.js";',
        'export { type H } from "./h.js";',
        'export * from "./i.js";',
        'export type * from "./j.js";',
        'const k = await import("./k.js");',
        'const l = require("l");',
        'import m = require("m");',
        'import "./side-effect.css";',
        "const dynamic = import(name);",
      ].join("\n");
      const result = analyze("imports.ts", code, "TypeScript");
      expect(result.parseError).toBeUndefined();
      expect(result.imports?.map((i) => [i.specifier, i.line, i.typeOnly])).toEqual([
        ["./a.js", 1, true],
        ["./b.js", 2, true],
        ["./d.js", 3, false],
        ["./f.js", 4, false],
        ["./g.js", 5, true],
        ["./h.js", 6, true],
        ["./i.js", 7, false],
        ["./j.js", 8, true],
        ["./k.js", 9, false],
        ["l", 10, false],
        ["m", 11, false],
        ["./side-effect.css", 12, false],
      ]);
    });

    it("treats every import of a declaration file as type-only", () => {
      const code =
        'import { Options } from "./options";\nexport * from "./more";\ndeclare module "x" { export function f(): void; }\n';
      const result = analyze("types/index.d.ts", code, "TypeScript");
      expect(result.parseError).toBeUndefined();
      expect(result.imports?.map((i) => [i.specifier, i.typeOnly])).toEqual([
        ["./options", true],
        ["./more", true],
      ]);
    });

    it("reads CommonJS requires in a sloppy-mode script", () => {
      const code =
        'var fs = require("fs");\nwith (Math) { var x = cos(PI); }\nfunction f() { return require("./local"); }\n';
      const result = analyze("legacy.cjs", code, "JavaScript");
      expect(result.parseError).toBeUndefined();
      expect(result.imports?.map((i) => i.specifier)).toEqual(["fs", "./local"]);
      expect(result.functions?.map((fn) => fn.name)).toEqual(["f"]);
    });
  });

  describe("syntax errors", () => {
    it("reports the error line and still measures the functions before it", () => {
      const code = [
        'import { join } from "node:path";',
        "export function first(a: number): number {",
        "  return a > 0 ? a : -a;",
        "}",
        "",
        "export function second(): void {",
        "  const x = ;",
        "}",
        "",
      ].join("\n");
      const result = analyze("broken.ts", code, "TypeScript");
      expect(result.parseError).toEqual({ line: 7, message: "Unexpected token" });
      expect(result.functions).toEqual([
        { name: "first", startLine: 2, endLine: 4, cyclomatic: 2, cognitive: 1, params: 1 },
      ]);
      expect(result.imports?.map((i) => i.specifier)).toEqual(["node:path"]);
    });

    it("measures the methods above an error inside a class", () => {
      const code = [
        "export class Store {",
        "  get(key: string) { return this.map.get(key) ?? null; }",
        '  label = "a { b";',
        "  put(key: string) {",
        "    if (key) {",
        "      this.map.set(key, = 1);",
        "    }",
        "  }",
        "}",
      ].join("\n");
      const result = analyze("store.ts", code, "TypeScript");
      expect(result.parseError?.line).toBe(6);
      expect(result.functions?.map((fn) => [fn.name, fn.cognitive])).toEqual([["Store.get", 1]]);
    });

    it("parses TypeScript parameter decorators (experimentalDecorators) without an error", () => {
      const code = [
        '@Controller("cats")',
        "export class CatsController {",
        "  constructor(@Inject(CATS) private readonly cats: Cats) {}",
        '  @Get(":id") find(@Param("id") id: string) { return this.cats.find(id) ?? null; }',
        "}",
      ].join("\n");
      const result = analyze("cats.controller.ts", code, "TypeScript");
      expect(result.parseError).toBeUndefined();
      expect(result.functions?.map((fn) => fn.name)).toEqual([
        "CatsController.constructor",
        "CatsController.find",
      ]);
    });

    it("keeps the whole tree when the parser recovers from the error", () => {
      // The parsers recover from different mistakes: Babel from a redeclaration, oxc from mixing ?? and ||.
      const mistake = parser === "babel" ? "const b = 2;" : "const t = a ?? b || c;";
      const code = `function a() { return 1; }\nconst b = 1;\n${mistake}\nfunction c(x) { return x ? 1 : 0; }\n`;
      const result = analyze("recovered.ts", code, "TypeScript");
      expect(result.parseError?.line).toBe(3);
      expect(result.functions?.map((fn) => [fn.name, fn.cognitive])).toEqual([
        ["a", 0],
        ["c", 1],
      ]);
    });

    it("cuts above the error that stopped the parser, not above an earlier one it read past", () => {
      const fine = Array.from({ length: 8 }, (_, i) => `function g${i}(a) {\n  return a ? 1 : 2;\n}`);
      const code = ["function f() { await x; }", ...fine, "let y = ;", ""].join("\n");
      const result = analyze("late.js", code, "JavaScript");
      expect(result.parseError?.line).toBe(26);
      expect(result.functions?.map((fn) => fn.name)).toEqual(["f", ...fine.map((_, i) => `g${i}`)]);
    });

    it("walks TypeScript-only fields (parameter decorators) after a JavaScript file was walked", async () => {
      // A fresh copy of the walker, whose field tables have seen nothing yet, sees the JS file first.
      vi.resetModules();
      const fresh = (await import("../src/complexity/analyze-script.ts")).analyzeScript;
      fresh("first.js", "export const a = (x) => x;\n", "JavaScript", parser);
      const code = "export class S {\n  constructor(@Inject(forwardRef(() => (a ? b : c))) x) {}\n}\n";
      const result = fresh("s.ts", code, "TypeScript", parser);
      expect(result.parseError).toBeUndefined();
      expect(result.functions?.map((fn) => [fn.name, fn.cyclomatic])).toEqual([
        ["S.constructor", 1],
        ["S.constructor.<anonymous>@2", 2],
      ]);
    });

    it("never throws, even on text that is not code at all", () => {
      const result = analyze("notes.js", "}}} this is ::: not code {{{", "JavaScript");
      expect(result.parseError?.line).toBe(1);
      expect(result.functions).toEqual([]);
    });

    it("parses TypeScript generics in .ts and JSX in .js by extension", () => {
      expect(
        analyze("g.ts", "const id = <T,>(x: T) => x;\nconst c = <T>y;", "TypeScript").parseError,
      ).toBeUndefined();
      expect(
        analyze("c.js", "export const C = () => <div>{a}</div>;", "JavaScript").parseError,
      ).toBeUndefined();
      expect(
        analyze("c.mts", "export const f = (x: number): number => x;", "TypeScript").parseError,
      ).toBeUndefined();
    });
  });
});

describe("declaration files", () => {
  const code = [
    "// Types for a package: é ü 日本",
    'import { Options } from "./options";',
    'import type { Stream } from "node:stream";',
    'export * from "./more";',
    'export { a, type B } from "./re-exported";',
    'import events = require("events");',
    "export declare function f(a: string): void;",
    'declare module "x" {',
    '  import { Inner } from "inner";',
    "  export function g(): Inner;",
    "}",
    "",
  ].join("\n");

  it("gives the same imports (all type-only) and no functions with either parser", () => {
    const [oxc, babel] = (["oxc", "babel"] as const).map((parser) =>
      analyzeScript("types/index.d.ts", code, "TypeScript", parser),
    );
    expect(oxc).toEqual(babel);
    expect(oxc?.functions).toEqual([]);
    expect(oxc?.parseError).toBeUndefined();
    expect(oxc?.imports?.map((i) => [i.specifier, i.line, i.typeOnly])).toEqual([
      ["./options", 2, true],
      ["node:stream", 3, true],
      ["./more", 4, true],
      ["./re-exported", 5, true],
      ["events", 6, true],
      ["inner", 9, true],
    ]);
  });

  it("are read by oxc's lazy visitor, not walked", () => {
    const read = declarationImports("types/index.d.ts", code);
    expect(read?.imports?.map((i) => i.specifier)).toEqual([
      "./options",
      "node:stream",
      "./more",
      "./re-exported",
      "events",
      "inner",
    ]);
  });

  it("keeps the imports above a syntax error, and says where it is", () => {
    const broken = 'import { A } from "./a";\nexport declare const x: ;\nimport { B } from "./b";\n';
    const result = analyzeScript("broken.d.ts", broken, "TypeScript", "oxc");
    expect(result.parseError?.line).toBe(2);
    expect(result.imports?.map((i) => i.specifier)).toContain("./a");
  });
});
