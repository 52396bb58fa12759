// One request on the wire: the cache first, the network only when online, every token counted.
import type OpenAI from "openai";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources";
import type { Clock } from "../clock.ts";
import type { Logger } from "../logger.ts";
import type { LlmUsage } from "../report/schema.ts";
import { type CachedResponse, cacheKey, type LlmCache } from "./cache.ts";
import type { LlmRequest } from "./client-types.ts";
import { LlmError } from "./errors.ts";
import { RejectedRequest } from "./failures.ts";
import type { ModelTarget, Preset } from "./presets.ts";
import { costOf, findPrice, type PriceTable } from "./prices.ts";
import type { ModelTraits } from "./request-body.ts";
import type { LlmSettings } from "./settings.ts";
import type { TokenCounter } from "./tokens.ts";
import { emptyUsage } from "./usage.ts";

/** Everything a client shares across its calls in one run. */
export interface Runtime {
  preset: Preset;
  settings: LlmSettings;
  /** The SDK client, made on first use; null offline: no network at all. */
  sdk: (() => Promise<OpenAI>) | null;
  cache: LlmCache | null;
  prices: PriceTable;
  logger: Logger;
  clock: Clock;
  /** Key values, masked wherever they appear. */
  secrets: string[];
  /** Tokens spent on the network this run, against `budget-tokens`. */
  spent: number;
  /** One entry per answered request, for the run's totals. */
  history: LlmUsage[];
  traits: Map<string, ModelTraits>;
}

export type Answer = Extract<CachedResponse, { kind: "answer" }>;

/** Whether `tokens` more fit in what the run has left of `budget-tokens`. */
export function withinBudget(rt: Runtime, tokens: number): boolean {
  const budget = rt.settings["budget-tokens"];
  return budget === 0 || rt.spent + tokens <= budget;
}

/** Cache first; the network only when online. Every response, good or bad, is cached for replays. */
export async function send(
  rt: Runtime,
  target: ModelTarget,
  body: ChatCompletionCreateParamsNonStreaming,
  request: LlmRequest<unknown>,
  counter: TokenCounter,
  usage: LlmUsage,
): Promise<Answer> {
  const key = cacheKey(body);
  const hit = rt.cache ? await rt.cache.get(key) : null;
  if (hit) {
    record(rt, usage, target, 0, 0, true);
    if (hit.kind === "rejected") throw new RejectedRequest(hit.status, hit.message);
    return hit;
  }
  if (!rt.sdk) {
    throw new LlmError(
      "offline-miss",
      `offline mode: no cached answer for ${request.purpose} from ${target.name} (cache ${rt.cache?.dir ?? "off"}); run once online with the same inputs and settings to fill the cache`,
    );
  }
  const estimate = counter.count(JSON.stringify(body.messages));
  const maxOut = body.max_completion_tokens ?? body.max_tokens ?? 0;
  if (!withinBudget(rt, estimate + maxOut)) {
    throw new LlmError(
      "over-budget",
      `${request.purpose} needs about ${estimate + maxOut} tokens but the run has ${rt.settings["budget-tokens"] - rt.spent} left of llm-budget-tokens`,
    );
  }
  const started = rt.clock.now().getTime();
  let completion: OpenAI.ChatCompletion;
  try {
    const sdk = await rt.sdk();
    completion = await sdk.chat.completions.create(body, request.signal ? { signal: request.signal } : {});
  } catch (error) {
    const { APIError } = await import("openai");
    if (error instanceof APIError && (error.status === 400 || error.status === 422)) {
      const rejected: CachedResponse = { kind: "rejected", status: error.status, message: error.message };
      await rt.cache?.put(key, rejected, target.id);
      throw new RejectedRequest(error.status, error.message);
    }
    throw error;
  }
  const choice = completion.choices[0];
  const content = choice?.message.content ?? choice?.message.refusal ?? "";
  const answer: Answer = {
    kind: "answer",
    content,
    finishReason: choice?.finish_reason ?? "stop",
    inputTokens: completion.usage?.prompt_tokens ?? estimate,
    outputTokens: completion.usage?.completion_tokens ?? counter.count(content),
  };
  record(rt, usage, target, answer.inputTokens, answer.outputTokens, false);
  rt.logger.debug(
    `${request.purpose}: ${target.id} answered in ${rt.clock.now().getTime() - started} ms (${answer.finishReason}).`,
  );
  await rt.cache?.put(key, answer, target.id);
  return answer;
}

/** Count one request in the call's usage and in the run's history. */
function record(
  rt: Runtime,
  usage: LlmUsage,
  target: ModelTarget,
  inputTokens: number,
  outputTokens: number,
  cached: boolean,
): void {
  const cost = cached ? 0 : costOf(findPrice(rt.prices, target.name), inputTokens, outputTokens);
  const entry: LlmUsage = {
    ...emptyUsage(rt.preset.provider, target.name),
    calls: 1,
    cached: cached ? 1 : 0,
    inputTokens,
    outputTokens,
    costUsd: cost,
  };
  rt.history.push(entry);
  rt.spent += inputTokens + outputTokens;
  usage.calls += 1;
  usage.cached += entry.cached;
  usage.inputTokens += inputTokens;
  usage.outputTokens += outputTokens;
  usage.costUsd = usage.costUsd === null || cost === null ? null : usage.costUsd + cost;
}
