import { describe, expect, it } from "vitest";
import { contextWindow, isReasoningModel, packContext, sumUsage, tokenCounter } from "../src/index.ts";
import { emptyUsage } from "../src/llm/usage.ts";

describe("token counting and packing", () => {
  it("counts with the o200k tokenizer", async () => {
    const counter = await tokenCounter();
    expect(counter.count("hello world")).toBe(2);
    expect(counter.count("")).toBe(0);
  });

  it("keeps required parts first, then by priority, and keeps the given order in the prompt", async () => {
    const counter = await tokenCounter();
    const text = (n: number) => "alpha ".repeat(n);
    const packed = packContext(
      [
        { label: "a", text: text(50), priority: 1 },
        { label: "b", text: text(50), priority: 5 },
        { label: "must", text: text(50), priority: 0, required: true },
        { label: "c", text: text(50), priority: 3 },
      ],
      110,
      counter,
      (p) => p.text,
    );
    expect(packed.parts.map((p) => p.part.label)).toEqual(["b", "must"]);
    expect(packed.leftOut).toEqual(["c", "a"]);
    expect(packed.missingRequired).toBeNull();
    expect(packed.tokens).toBeLessThanOrEqual(110);
  });

  it("reports a required part that does not fit", async () => {
    const counter = await tokenCounter();
    const packed = packContext(
      [{ label: "huge", text: "x ".repeat(500), priority: 1, required: true }],
      50,
      counter,
      (p) => p.text,
    );
    expect(packed.missingRequired).toBe("huge");
    expect(packed.parts).toEqual([]);
  });
});

describe("model traits", () => {
  it("knows reasoning models, with or without a vendor prefix", () => {
    for (const m of ["o1", "o3-mini", "o4-mini", "openai/o3", "gpt-5", "gpt-5-mini", "openai/gpt-5-nano"]) {
      expect(isReasoningModel(m)).toBe(true);
    }
    for (const m of ["gpt-4.1-mini", "openai/gpt-4o", "llama3.1", "omni-7b"]) {
      expect(isReasoningModel(m)).toBe(false);
    }
  });

  it("knows context windows and assumes 8192 for unknown models", () => {
    expect(contextWindow("openai/gpt-4.1-mini")).toBe(1_047_576);
    expect(contextWindow("gpt-4o-mini")).toBe(128_000);
    expect(contextWindow("qwen2.5-coder")).toBe(8192);
  });
});

describe("sumUsage", () => {
  it("adds calls and tokens, lists models once, and makes the cost unknown when one call is unpriced", () => {
    const a = {
      ...emptyUsage("openai", "gpt-4.1-mini"),
      calls: 1,
      inputTokens: 10,
      outputTokens: 2,
      costUsd: 0.5,
    };
    const b = {
      ...emptyUsage("openai", "mystery"),
      calls: 2,
      cached: 1,
      inputTokens: 5,
      costUsd: null,
      leftOut: ["x"],
    };
    expect(sumUsage([a, b])).toEqual({
      provider: "openai",
      model: "gpt-4.1-mini, mystery",
      calls: 3,
      inputTokens: 15,
      outputTokens: 2,
      costUsd: null,
      cached: 1,
      droppedClaims: 0,
      leftOut: ["x"],
    });
    expect(sumUsage([a, a])?.costUsd).toBe(1);
    expect(sumUsage([])).toBeNull();
  });
});
