// Tokens and dollars: per call, summed per agent and per run, in the report's `LlmUsage` shape.
import type { LlmUsage } from "../report/schema.ts";

/** The usage of nothing yet, for one model. */
export function emptyUsage(provider: string, model: string): LlmUsage {
  return {
    provider,
    model,
    calls: 0,
    inputTokens: 0,
    outputTokens: 0,
    costUsd: 0,
    cached: 0,
    droppedClaims: 0,
    leftOut: [],
  };
}

/** Add usages: tokens and calls add up, an unknown price makes the cost unknown, models are listed. */
export function sumUsage(usages: LlmUsage[]): LlmUsage | null {
  const [first, ...rest] = usages;
  if (!first) return null;
  const join = (a: string, b: string) => (a.split(", ").includes(b) ? a : `${a}, ${b}`);
  return rest.reduce<LlmUsage>(
    (total, u) => ({
      provider: join(total.provider, u.provider),
      model: join(total.model, u.model),
      calls: total.calls + u.calls,
      inputTokens: total.inputTokens + u.inputTokens,
      outputTokens: total.outputTokens + u.outputTokens,
      costUsd: total.costUsd === null || u.costUsd === null ? null : total.costUsd + u.costUsd,
      cached: total.cached + u.cached,
      droppedClaims: total.droppedClaims + u.droppedClaims,
      leftOut: [...new Set([...total.leftOut, ...u.leftOut])],
    }),
    { ...first, leftOut: [...first.leftOut] },
  );
}

/** "3 calls (1 cached), 5,210 tokens in / 812 out, $0.0034". */
export function formatUsage(usage: LlmUsage): string {
  const n = (v: number) => v.toLocaleString("en-US");
  const calls = `${n(usage.calls)} call${usage.calls === 1 ? "" : "s"}${usage.cached ? ` (${n(usage.cached)} cached)` : ""}`;
  const cost = usage.costUsd === null ? "cost unknown (no price for this model)" : formatUsd(usage.costUsd);
  return `${usage.model}: ${calls}, ${n(usage.inputTokens)} tokens in / ${n(usage.outputTokens)} out, ${cost}`;
}

/** Dollars with enough digits to see small amounts: $0.0034, $1.27. */
export function formatUsd(usd: number): string {
  if (usd === 0) return "$0";
  return usd >= 1 ? `$${usd.toFixed(2)}` : `$${usd.toPrecision(2)}`;
}
