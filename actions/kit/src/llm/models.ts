// What differs between models in ways that break requests: parameters, windows, reasoning.

/** Without a vendor prefix and lower case: `openai/o3-mini` → `o3-mini`. */
function baseId(model: string): string {
  const id = model.toLowerCase();
  return id.includes("/") ? id.slice(id.lastIndexOf("/") + 1) : id;
}

/** o-series and gpt-5 models reason first: they reject `temperature` and `max_tokens`. */
export function isReasoningModel(model: string): boolean {
  return /^(o[1-9](-|$)|gpt-5)/.test(baseId(model));
}

/** Known context windows (input plus output tokens), by id prefix. */
const contextWindows: [prefix: string, tokens: number][] = [
  ["gpt-4.1", 1_047_576],
  ["gpt-5", 400_000],
  ["o3", 200_000],
  ["o4", 200_000],
  ["o1", 200_000],
  ["gpt-4o", 128_000],
  ["gpt-4-turbo", 128_000],
];

/** Used for models we do not know (local servers often run 8k). */
export const unknownContextWindow = 8192;

/** The model's context window in tokens. */
export function contextWindow(model: string): number {
  const id = baseId(model);
  return contextWindows.find(([prefix]) => id.startsWith(prefix))?.[1] ?? unknownContextWindow;
}
