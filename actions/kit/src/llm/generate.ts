// One structured call: redact, pack, ask (cache first), validate, repair once, and fall back.
import type { ChatCompletionMessageParam } from "openai/resources";
import * as z from "zod";
import type { LlmUsage } from "../report/schema.ts";
import type { LlmAnswer, LlmRequest } from "./client-types.ts";
import { LlmError } from "./errors.ts";
import { RejectedRequest, toLlmError } from "./failures.ts";
import { contextWindow } from "./models.ts";
import type { ModelTarget } from "./presets.ts";
import { extractJson, renderPart, safetyRules, schemaInstructions } from "./prompt.ts";
import { isEnvFile, redactSecrets } from "./redact.ts";
import { adaptTraits, initialTraits, type ModelTraits, requestBody, strictFormat } from "./request-body.ts";
import { type Answer, type Runtime, send, withinBudget } from "./send.ts";
import { MESSAGE_OVERHEAD, packContext, type TokenCounter, tokenCounter } from "./tokens.ts";
import { emptyUsage, formatUsage } from "./usage.ts";

export type { Runtime } from "./send.ts";

type Messages = ChatCompletionMessageParam[];

/** Ask `request` of the primary model, then of the fallback if the first failed. */
export async function generateAnswer<T>(rt: Runtime, request: LlmRequest<T>): Promise<LlmAnswer<T>> {
  const counter = await tokenCounter();
  let redactions = 0;
  const clean = (text: string, envFile = false) => {
    const r = redactSecrets(text, rt.secrets, envFile);
    redactions += r.count;
    return r.text;
  };
  const safe: LlmRequest<T> = {
    ...request,
    instructions: clean(request.instructions),
    context: request.context.map((p) => ({ ...p, text: clean(p.text, isEnvFile(p.file ?? p.label)) })),
  };
  if (redactions) rt.logger.info(`${request.purpose}: masked ${redactions} secret(s) before sending.`);
  const targets = [rt.preset.primary, ...(rt.preset.fallback ? [rt.preset.fallback] : [])];
  const usage = emptyUsage(rt.preset.provider, targets[0]!.name);
  const failures: string[] = [];
  for (const [i, target] of targets.entries()) {
    try {
      const { value, leftOut } = await answerWith(rt, target, safe, counter, usage);
      usage.model = target.name;
      usage.leftOut = leftOut;
      rt.logger.info(`${request.purpose}: ${formatUsage(usage)}`);
      return { value, model: target.name, usage, leftOut, redactions };
    } catch (error) {
      const failure = await toLlmError(error, rt.preset, target, {
        timeoutSeconds: rt.settings["timeout-seconds"],
        maxRetries: rt.settings["max-retries"],
      });
      const next = targets[i + 1];
      if (!failure.fallbackable || !next) {
        const message = [...failures, failure.message].join("; then ");
        const final = new LlmError(failure.failure, message);
        final.usage = usage;
        throw final;
      }
      failures.push(failure.message);
      rt.logger.warning(`${request.purpose}: ${failure.message}; trying the fallback model ${next.name}.`);
    }
  }
  throw new Error("unreachable: no model to ask");
}

/** A prompt packed for one model: the system prompt by mode, the user message, and what it used. */
interface Prompt {
  system: (traits: ModelTraits) => string;
  user: string;
  inputBudget: number;
  /** Tokens of the system prompt (at its largest) and the context. */
  used: number;
  leftOut: string[];
}

/** Pack the request's context into what `target` may take; over budget is an LlmError. */
function preparePrompt(
  rt: Runtime,
  target: ModelTarget,
  request: LlmRequest<unknown>,
  counter: TokenCounter,
  maxOut: number,
): Prompt {
  const jsonSchema = z.toJSONSchema(request.schema, { io: "input", unrepresentable: "any" });
  const system = (traits: ModelTraits) =>
    [
      request.instructions,
      safetyRules(request.schemaName),
      traits.mode === "json-schema" ? null : schemaInstructions(jsonSchema),
    ]
      .filter(Boolean)
      .join("\n\n");
  const inputBudget = inputBudgetFor(rt, target, maxOut);
  const largest = system({ mode: "prompt", tokenParam: "max_tokens", temperature: false, adaptMode: false });
  const systemTokens = counter.count(largest) + 3 * MESSAGE_OVERHEAD;
  const contextBudget = inputBudget - systemTokens;
  const packed = packContext(request.context, Math.max(0, contextBudget), counter, renderPart);
  if (contextBudget <= 0 || packed.missingRequired) {
    const what = packed.missingRequired ? `"${packed.missingRequired}"` : "the instructions";
    throw new LlmError(
      "over-budget",
      `${what} does not fit in the ${inputBudget} input tokens left for ${target.name} (llm-budget-tokens, llm-max-input-tokens)`,
    );
  }
  if (packed.leftOut.length) {
    rt.logger.info(
      `${request.purpose}: left out to fit ${inputBudget} tokens: ${packed.leftOut.join(", ")}.`,
    );
  }
  return {
    system,
    user: packed.parts.map((p) => p.rendered).join("\n\n") || "(no context)",
    inputBudget,
    used: systemTokens + packed.tokens,
    leftOut: packed.leftOut,
  };
}

/** Ask `target` until a valid answer: one wider retry when cut off, one repair when invalid. */
async function answerWith<T>(
  rt: Runtime,
  target: ModelTarget,
  request: LlmRequest<T>,
  counter: TokenCounter,
  usage: LlmUsage,
): Promise<{ value: T; leftOut: string[] }> {
  const traits =
    rt.traits.get(target.id) ?? initialTraits(rt.preset, target, rt.settings["structured-output"]);
  rt.traits.set(target.id, traits);
  const outputCap = rt.preset.outputCap ?? Number.POSITIVE_INFINITY;
  let maxOut = Math.min(request.maxOutputTokens ?? rt.settings["max-output-tokens"], outputCap);
  const prompt = preparePrompt(rt, target, request, counter, maxOut);
  const followUps: Messages = [];
  let repairs = 1;
  let widenings = 1;
  for (;;) {
    const messages = (t: ModelTraits): Messages => [
      { role: "system", content: prompt.system(t) },
      { role: "user", content: prompt.user },
      ...followUps,
    ];
    const response = await complete(rt, target, traits, messages, maxOut, request, counter, usage);
    if (response.finishReason === "length") {
      const wider = Math.min(maxOut * 2, outputCap);
      if (widenings-- <= 0 || wider <= maxOut || !withinBudget(rt, prompt.used + wider)) {
        throw new LlmError(
          "truncated",
          `${target.name} was cut off at ${maxOut} output tokens (finish_reason: length); raise llm-max-output-tokens`,
        );
      }
      rt.logger.info(
        `${request.purpose}: ${target.name} was cut off at ${maxOut} tokens; asking again with ${wider}.`,
      );
      maxOut = wider;
      continue;
    }
    const parsed = parseAnswer(response.content, request.schema);
    if (parsed.ok) return { value: parsed.value, leftOut: prompt.leftOut };
    if (repairs-- <= 0) {
      throw new LlmError(
        "invalid-output",
        `${target.name} gave no valid ${request.schemaName} answer, even after one repair (${parsed.problem})`,
      );
    }
    rt.logger.info(
      `${request.purpose}: ${target.name} answered invalid JSON (${parsed.problem}); asking once to repair.`,
    );
    followUps.push(...repairMessages(prompt, response.content, parsed.problem, request.schemaName, counter));
  }
}

/** Show the model its answer when it fits beside the prompt; otherwise only what was wrong. */
function repairMessages(
  prompt: Prompt,
  content: string,
  problem: string,
  schemaName: string,
  counter: TokenCounter,
): Messages {
  const room = prompt.inputBudget - prompt.used - 2 * MESSAGE_OVERHEAD - 80;
  const showAnswer = counter.count(content) <= room;
  const ask = `is not valid: ${problem}. Reply again with only the corrected JSON object for the ${schemaName} schema.`;
  return showAnswer
    ? [
        { role: "assistant", content },
        { role: "user", content: `That answer ${ask}` },
      ]
    : [{ role: "user", content: `Your previous answer ${ask}` }];
}

/** Our tokenizer is one model's; others count a little differently, so service limits keep this margin. */
const TOKENIZER_MARGIN = 0.95;

/** The smallest of the model's window, the per-call setting, the service's cap and what the run has left. */
function inputBudgetFor(rt: Runtime, target: ModelTarget, maxOut: number): number {
  const limits = [Math.floor((contextWindow(target.name) - maxOut) * TOKENIZER_MARGIN)];
  if (rt.settings["max-input-tokens"] > 0) limits.push(rt.settings["max-input-tokens"]);
  if (rt.preset.inputCap) limits.push(Math.floor(rt.preset.inputCap * TOKENIZER_MARGIN));
  const budget = rt.settings["budget-tokens"];
  if (budget > 0) limits.push(budget - rt.spent - maxOut);
  return Math.min(...limits);
}

/** One answer, adapting the request when the model rejects a parameter (max 4 shapes). */
async function complete(
  rt: Runtime,
  target: ModelTarget,
  traits: ModelTraits,
  messages: (t: ModelTraits) => Messages,
  maxOut: number,
  request: LlmRequest<unknown>,
  counter: TokenCounter,
  usage: LlmUsage,
): Promise<Answer> {
  const format =
    traits.mode === "json-schema" ? await strictFormat(request.schema, request.schemaName) : null;
  for (let shape = 0; ; shape++) {
    const body = requestBody(target, traits, messages(traits), maxOut, format);
    try {
      return await send(rt, target, body, request, counter, usage);
    } catch (error) {
      const change =
        error instanceof RejectedRequest && shape < 3 ? adaptTraits(traits, error.message) : null;
      if (!change) throw error;
      rt.logger.info(`${request.purpose}: ${target.name} rejected the request; asking again ${change}.`);
    }
  }
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** JSON out of the content, then the schema. The answer can only ever be data of that shape. */
function parseAnswer<T>(content: string, schema: z.ZodType<T>): Parsed<T> {
  let json: unknown;
  try {
    json = extractJson(content);
  } catch (error) {
    return { ok: false, problem: `not JSON: ${(error as Error).message}` };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  // JSON mode models sometimes wrap the answer in one key named after the schema.
  const values = json !== null && typeof json === "object" && !Array.isArray(json) ? Object.values(json) : [];
  const unwrapped = values.length === 1 ? schema.safeParse(values[0]) : null;
  if (unwrapped?.success) return { ok: true, value: unwrapped.data };
  const issue = result.error.issues[0];
  return {
    ok: false,
    problem: `${issue?.path.join(".") || "answer"}: ${issue?.message ?? "does not match"}`,
  };
}
