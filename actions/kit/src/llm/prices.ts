// What a model's tokens cost: a built-in table of list prices, overridable by the `prices` setting.
import { ConfigurationError } from "../errors.ts";

/** US dollars per million tokens. */
export interface ModelPrice {
  input: number;
  output: number;
}

export type PriceTable = Record<string, ModelPrice>;

/**
 * Public list prices (USD per 1M tokens) of OpenAI models, checked 2026-11. Providers change them:
 * override with the `prices` setting. GitHub Models' free tier costs nothing; set its models to 0/0.
 */
export const defaultPrices: PriceTable = {
  "gpt-5": { input: 1.25, output: 10 },
  "gpt-5-mini": { input: 0.25, output: 2 },
  "gpt-5-nano": { input: 0.05, output: 0.4 },
  "gpt-4.1": { input: 2, output: 8 },
  "gpt-4.1-mini": { input: 0.4, output: 1.6 },
  "gpt-4.1-nano": { input: 0.1, output: 0.4 },
  "gpt-4o": { input: 2.5, output: 10 },
  "gpt-4o-mini": { input: 0.15, output: 0.6 },
  o3: { input: 2, output: 8 },
  "o3-mini": { input: 1.1, output: 4.4 },
  "o4-mini": { input: 1.1, output: 4.4 },
};

/** Parse `model=input/output` entries (the `prices` setting) over the defaults. */
export function priceTable(entries: string[], base: PriceTable = defaultPrices): PriceTable {
  const table: PriceTable = { ...base };
  for (const entry of entries) {
    const match = /^\s*([^=\s]+)\s*=\s*([0-9.]+)\s*\/\s*([0-9.]+)\s*$/.exec(entry);
    const input = Number(match?.[2]);
    const output = Number(match?.[3]);
    if (!match || !Number.isFinite(input) || !Number.isFinite(output)) {
      throw new ConfigurationError({
        input: `llm prices "${entry}"`,
        problem: "is not a price",
        fix: "write model=input/output in US dollars per million tokens, such as gpt-4.1-mini=0.4/1.6",
      });
    }
    table[match[1]!.toLowerCase()] = { input, output };
  }
  return table;
}

/**
 * The price of a model: exact id, then without a vendor prefix (`openai/gpt-4.1`), then the longest
 * known id it starts with (`gpt-4.1-mini-2025-04-14`). Null when unknown.
 */
export function findPrice(table: PriceTable, model: string): ModelPrice | null {
  const id = model.toLowerCase();
  const candidates = [id, id.includes("/") ? id.slice(id.lastIndexOf("/") + 1) : null].filter(
    (c): c is string => c !== null,
  );
  for (const c of candidates) if (table[c]) return table[c];
  for (const c of candidates) {
    const prefix = Object.keys(table)
      .filter((k) => c.startsWith(`${k}-`))
      .sort((a, b) => b.length - a.length)[0];
    if (prefix) return table[prefix]!;
  }
  return null;
}

/** Dollars for one call, or null when the model has no price. */
export function costOf(price: ModelPrice | null, inputTokens: number, outputTokens: number): number | null {
  if (!price) return null;
  return (inputTokens * price.input + outputTokens * price.output) / 1_000_000;
}
