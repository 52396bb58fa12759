// Known answers for cognitive and cyclomatic complexity: SonarSource white-paper examples and hand-worked cases.
import { describe, expect, it } from "vitest";
import { analyzeScript } from "../src/complexity/analyze-script.ts";
import type { FunctionFacts } from "../src/facts.ts";

// Every case holds for both parsers: oxc (the default) and Babel (Flow files, platforms without oxc's binary).
describe.each(["oxc", "babel"] as const)("with %s", (parser) => {
  const analyze = (path: string, text: string, language: string) =>
    analyzeScript(path, text, language, parser);

  function measure(code: string, path = "example.ts"): Map<string, FunctionFacts> {
    const language = path.endsWith(".tsx") ? "TSX" : path.endsWith(".ts") ? "TypeScript" : "JavaScript";
    const result = analyze(path, code, language);
    expect(result.parseError).toBeUndefined();
    return new Map((result.functions ?? []).map((fn) => [fn.name, fn]));
  }

  function only(code: string, path?: string): FunctionFacts {
    const functions = [...measure(code, path).values()];
    expect(functions).toHaveLength(1);
    return functions[0]!;
  }

  describe("white paper examples", () => {
    it("scores sumOfPrimes 7: nested loops, a nested if and a labelled continue", () => {
      const fn = only(`
        function sumOfPrimes(max: number): number {
          let total = 0;
          OUT: for (let i = 1; i <= max; ++i) {  // +1
            for (let j = 2; j < i; ++j) {         // +2
              if (i % j === 0) {                  // +3
                continue OUT;                     // +1
              }
            }
            total += i;
          }
          return total;
        }`);
      expect(fn).toMatchObject({ name: "sumOfPrimes", cognitive: 7, cyclomatic: 4, params: 1 });
    });

    it("scores getWords 1: a switch counts once, however many cases", () => {
      const fn = only(`
        function getWords(number: number): string {
          switch (number) {
            case 1: return "one";
            case 2: return "a couple";
            case 3: return "a few";
            default: return "lots";
          }
        }`);
      expect(fn).toMatchObject({ cognitive: 1, cyclomatic: 4 });
    });

    it("scores overriddenSymbolFrom 19: nesting, else if and a mixed condition", () => {
      const fn = only(`
        function overriddenSymbolFrom(classType: ClassType) {
          if (classType.isUnknown()) {                       // +1
            return unknownMethodSymbol;
          }
          let unknownFound = false;
          const symbols = classType.getSymbol().members().lookup(name);
          for (const overrideSymbol of symbols) {            // +1
            if (overrideSymbol.isKind(MTH)                   // +2
                && !overrideSymbol.isStatic()) {             // +1
              const methodSymbol = overrideSymbol as MethodSymbol;
              if (canOverride(methodSymbol)) {               // +3
                const overriding = checkOverridingParameters(methodSymbol, classType);
                if (overriding == null) {                    // +4
                  if (!unknownFound) {                       // +5
                    unknownFound = true;
                  }
                } else if (overriding) {                     // +1
                  return methodSymbol;
                }
              }
            }
          }
          if (unknownFound) {                                // +1
            return unknownMethodSymbol;
          }
          return null;
        }`);
      expect(fn).toMatchObject({ cognitive: 19, cyclomatic: 10 });
    });

    it("scores the try/catch example 9: try does not nest, catch does", () => {
      const fn = only(`
        function myMethod() {
          try {
            if (condition1) {                   // +1
              for (let i = 0; i < 10; i++) {    // +2
                while (condition2) { step(); }  // +3
              }
            }
          } catch (e) {                         // +1
            if (condition2) { recover(); }      // +2
          }
        }`);
      expect(fn).toMatchObject({ cognitive: 9, cyclomatic: 6 });
    });

    it("counts one increment per run of like logical operators", () => {
      const fns = measure(`
        function mixed() { if (a && b && c || d || e && f) {} }
        function negated() { if (a && !(b && c)) {} }
        function coalesced() { return a ?? b ?? c; }
      `);
      expect(fns.get("mixed")).toMatchObject({ cognitive: 4, cyclomatic: 7 });
      expect(fns.get("negated")).toMatchObject({ cognitive: 3, cyclomatic: 4 });
      expect(fns.get("coalesced")).toMatchObject({ cognitive: 1, cyclomatic: 3 });
    });

    it("charges a lambda's structures one level deeper, to the lambda", () => {
      const fns = measure(`
        function myMethod2() {
          const r = () => {
            if (condition1) { run(); }   // +2 (nesting 1)
          };
        }`);
      expect(fns.get("myMethod2")).toMatchObject({ cognitive: 0, cyclomatic: 1 });
      expect(fns.get("myMethod2.r")).toMatchObject({ cognitive: 2, cyclomatic: 2 });
    });
  });

  describe("hand-worked cases", () => {
    it("adds one for else and else if, without nesting", () => {
      const fn = only(`
        function grade(score: number) {
          if (score > 90) return "A";        // +1
          else if (score > 80) return "B";   // +1
          else return "C";                   // +1
        }`);
      expect(fn).toMatchObject({ cognitive: 3, cyclomatic: 3 });
    });

    it("nests ternaries and switches inside branches", () => {
      const fns = measure(`
        function pick(a: boolean, b: boolean) { return a ? (b ? 1 : 2) : 3; }
        function route(kind: string, ok: boolean) {
          if (ok) {                      // +1
            switch (kind) {              // +2
              case "a": return 1;
              default: return 0;
            }
          }
          return -1;
        }`);
      expect(fns.get("pick")).toMatchObject({ cognitive: 3, cyclomatic: 3 });
      expect(fns.get("route")).toMatchObject({ cognitive: 3, cyclomatic: 3 });
    });

    it("does not count optional chaining, plain break or finally", () => {
      const fn = only(`
        function safe(user?: { name?: string }) {
          try {
            for (;;) { break; }          // +1
            return user?.name?.trim();
          } finally {
            cleanup();
          }
        }`);
      expect(fn).toMatchObject({ cognitive: 1, cyclomatic: 2 });
    });

    it("counts do-while, for-in and catch in cyclomatic complexity", () => {
      const fn = only(
        `
        function loops(o) {
          do { o = next(o); } while (o);     // +1
          for (const k in o) { use(k); }     // +1
          try { risky(); } catch { retry(); } // +1
        }`,
        "loops.js",
      );
      expect(fn).toMatchObject({ cognitive: 3, cyclomatic: 4 });
    });

    it("measures a TSX component and its render callback separately", () => {
      const fns = measure(
        `
        export function List({ items, loading }: Props) {
          if (!items.length) return <Empty />;
          return (
            <ul>
              {loading && <Spinner />}
              {items.map((item) => (item.ok ? <A key={item.id} /> : <B />))}
            </ul>
          );
        }`,
        "list.tsx",
      );
      expect(fns.get("List")).toMatchObject({ cognitive: 2, cyclomatic: 3, params: 1 });
      expect(fns.get("List.<anonymous>@7")).toMatchObject({ cognitive: 2, cyclomatic: 2, startLine: 7 });
    });

    it("measures a JSX class component's methods and arrow properties", () => {
      const fns = measure(
        `
        class Toggle extends React.Component {
          state = { on: false };
          toggle = () => { this.setState((s) => ({ on: !s.on })); };
          render() {
            return <button onClick={this.toggle}>{this.state.on ? this.props.label ?? "On" : "Off"}</button>;
          }
        }`,
        "toggle.jsx",
      );
      expect([...fns.keys()]).toEqual(["Toggle.toggle", "Toggle.toggle.<anonymous>@4", "Toggle.render"]);
      expect(fns.get("Toggle.render")).toMatchObject({
        cognitive: 2,
        cyclomatic: 3,
        startLine: 5,
        endLine: 7,
      });
    });

    it("leaves type annotations, interfaces and overload signatures out", () => {
      const fns = measure(`
        interface Shape { area(): number; }
        type Picker = (a: boolean) => number;
        export function size(x: string): number;
        export function size(x: number): number;
        export function size(x: string | number): number {
          return typeof x === "string" ? x.length : x;
        }`);
      expect([...fns.keys()]).toEqual(["size"]);
      expect(fns.get("size")).toMatchObject({ cognitive: 1, cyclomatic: 2, startLine: 6 });
    });
  });
});
