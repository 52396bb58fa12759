// Counting tokens with a real tokenizer, and packing context parts by priority into a budget.
import type { Tiktoken } from "js-tiktoken/lite";

let loading: Promise<Tiktoken> | null = null;

/** The o200k tokenizer (GPT-4o, 4.1, o-series, 5), loaded on first use: its ranks are large. */
function tokenizer(): Promise<Tiktoken> {
  loading ??= Promise.all([import("js-tiktoken/lite"), import("js-tiktoken/ranks/o200k_base")]).then(
    ([lite, ranks]) => new lite.Tiktoken(ranks.default),
  );
  return loading;
}

/** Tokens a chat message adds around its content. */
export const MESSAGE_OVERHEAD = 4;

/** A counter of tokens in text. Other models' tokenizers differ a little; budgets keep a margin. */
export interface TokenCounter {
  count(text: string): number;
}

/** Load the tokenizer and return a counter. */
export async function tokenCounter(): Promise<TokenCounter> {
  const enc = await tokenizer();
  return { count: (text) => enc.encode(text, [], []).length };
}

/** One piece of context a prompt may include. */
export interface ContextPart {
  /** Says what it is, in the prompt and in "left out" notes: `src/app.ts lines 10-40`, `PR body`. */
  label: string;
  text: string;
  /** The repository file it comes from, if any; every value of a `.env` file is masked. */
  file?: string;
  /** Higher goes in first when the budget is tight. */
  priority: number;
  /** Repository and PR content is untrusted (the default): it is fenced and labelled in the prompt. */
  untrusted?: boolean;
  /** Without it the call is pointless: when it does not fit, the call fails or falls back. */
  required?: boolean;
}

export interface PackedContext {
  /** In the order given, so prompts stay stable. */
  parts: { part: ContextPart; rendered: string; tokens: number }[];
  tokens: number;
  /** Labels of parts that did not fit. */
  leftOut: string[];
  /** A required part that did not fit; the call cannot be made within budget. */
  missingRequired: string | null;
}

/** Keep the highest-priority parts that fit in `budget` tokens; `render` is how each appears in the prompt. */
export function packContext(
  parts: ContextPart[],
  budget: number,
  counter: TokenCounter,
  render: (part: ContextPart) => string,
): PackedContext {
  const measured = parts.map((part, index) => {
    const rendered = render(part);
    return { part, rendered, tokens: counter.count(rendered) + 1, index };
  });
  const byPriority = [...measured].sort(
    (a, b) =>
      Number(b.part.required ?? false) - Number(a.part.required ?? false) ||
      b.part.priority - a.part.priority ||
      a.index - b.index,
  );
  let used = 0;
  const kept = new Set<number>();
  const leftOut: string[] = [];
  let missingRequired: string | null = null;
  for (const m of byPriority) {
    if (used + m.tokens <= budget) {
      used += m.tokens;
      kept.add(m.index);
    } else {
      leftOut.push(m.part.label);
      if (m.part.required) missingRequired ??= m.part.label;
    }
  }
  return {
    parts: measured
      .filter((m) => kept.has(m.index))
      .map(({ part, rendered, tokens }) => ({ part, rendered, tokens })),
    tokens: used,
    leftOut,
    missingRequired,
  };
}
