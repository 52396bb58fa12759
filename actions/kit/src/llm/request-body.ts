// The request body for one model, and how it adapts when a model rejects a parameter.

import type { ChatCompletionCreateParamsNonStreaming, ChatCompletionMessageParam } from "openai/resources";
import type * as z from "zod";
import { isReasoningModel } from "./models.ts";
import type { ModelTarget, Preset } from "./presets.ts";
import type { StructuredOutputMode } from "./settings.ts";

export type AnswerMode = Exclude<StructuredOutputMode, "auto">;

/** What a model accepts, assumed first and corrected when it rejects a request (remembered for the run). */
export interface ModelTraits {
  mode: AnswerMode;
  tokenParam: "max_completion_tokens" | "max_tokens";
  temperature: boolean;
  /** Only `auto` may move to a weaker mode. */
  adaptMode: boolean;
}

/** Traits to start with for `target`. */
export function initialTraits(
  preset: Preset,
  target: ModelTarget,
  setting: StructuredOutputMode,
): ModelTraits {
  const reasoning = isReasoningModel(target.name);
  return {
    mode: setting === "auto" ? "json-schema" : setting,
    tokenParam: reasoning ? "max_completion_tokens" : preset.tokenParam,
    // Reasoning models (o-series, gpt-5) reject any temperature but the default.
    temperature: !reasoning,
    adaptMode: setting === "auto",
  };
}

const weaker: Record<AnswerMode, AnswerMode | null> = {
  "json-schema": "json-object",
  "json-object": "prompt",
  prompt: null,
};

/**
 * Change `traits` after a 400 saying what the model refused. Returns what changed, in words, or
 * null when the refusal is about something else (then the request cannot be fixed here).
 */
export function adaptTraits(traits: ModelTraits, message: string): string | null {
  const text = message.toLowerCase();
  const sent = new RegExp(`\\b${traits.tokenParam}\\b`);
  if (sent.test(text)) {
    traits.tokenParam = traits.tokenParam === "max_tokens" ? "max_completion_tokens" : "max_tokens";
    return `using ${traits.tokenParam}`;
  }
  if (traits.temperature && /\btemperature\b/.test(text)) {
    traits.temperature = false;
    return "without temperature";
  }
  const next = weaker[traits.mode];
  if (
    traits.adaptMode &&
    next &&
    /response_format|json_schema|json_object|structured output|json mode/.test(text)
  ) {
    traits.mode = next;
    return next === "prompt" ? "asking for JSON in the prompt" : "using JSON mode";
  }
  return null;
}

/** The body of a chat completion request. Plain JSON: it is also the cache key. */
export function requestBody(
  target: ModelTarget,
  traits: ModelTraits,
  messages: ChatCompletionMessageParam[],
  maxOutputTokens: number,
  format: ResponseFormat | null,
): ChatCompletionCreateParamsNonStreaming {
  const body: ChatCompletionCreateParamsNonStreaming = {
    model: target.id,
    messages,
    [traits.tokenParam]: maxOutputTokens,
  };
  if (traits.temperature) body.temperature = 0;
  if (traits.mode === "json-schema") {
    if (format) body.response_format = format;
    else traits.mode = "json-object";
  }
  if (traits.mode === "json-object") body.response_format = { type: "json_object" };
  return body;
}

export type ResponseFormat = NonNullable<ChatCompletionCreateParamsNonStreaming["response_format"]>;

/** The strict JSON-schema response format, or null when the schema cannot be made strict. */
export async function strictFormat(schema: z.ZodType, name: string): Promise<ResponseFormat | null> {
  // Loaded on first use, like the SDK: kit is imported by hosts that never call a model.
  const { zodResponseFormat } = await import("openai/helpers/zod");
  try {
    const format = zodResponseFormat(schema, name);
    return { type: "json_schema", json_schema: format.json_schema };
  } catch {
    return null;
  }
}
