import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

describe("loading kit", () => {
  it("does not load the openai SDK or the tokenizer until a model is used", () => {
    const index = path.resolve(import.meta.dirname, "../src/index.ts");
    const script = `
      import { registerHooks } from "node:module";
      const seen = [];
      registerHooks({ resolve(specifier, context, next) { seen.push(specifier); return next(specifier, context); } });
      await import(${JSON.stringify(index)});
      console.log(JSON.stringify(seen.filter((s) => /^(openai|js-tiktoken)/.test(s))));
    `;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(JSON.parse(out.trim().split("\n").at(-1) ?? "null")).toEqual([]);
  });
});
