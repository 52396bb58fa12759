// The `llm:` settings: which model to call, how much it may spend, and how it is reached.
import * as z from "zod";
import { bool, int, list } from "../config/fields.ts";
import type { ConfigScope } from "../config/load.ts";

export const llmProviders = ["openai", "azure", "github-models", "openai-compatible", "none"] as const;
export type LlmProviderName = (typeof llmProviders)[number];

export const structuredOutputModes = ["auto", "json-schema", "json-object", "prompt"] as const;
export type StructuredOutputMode = (typeof structuredOutputModes)[number];

/**
 * Resolved with `{ fileKey: "llm", inputPrefix: "llm-" }`: inputs are `llm-provider`, `llm-model`, …
 * Empty strings mean "use the preset's default"; the client resolves them.
 */
export const llmSettingsSchema = z.strictObject({
  provider: z
    .enum(llmProviders)
    .default("none")
    .describe("openai, azure, github-models, openai-compatible or none"),
  model: z
    .string()
    .default("")
    .describe("a model id such as gpt-4.1-mini, openai/gpt-4.1-mini (GitHub Models) or llama3.1 (Ollama)"),
  "fallback-model": z
    .string()
    .default("")
    .describe("a model id tried when the first model fails or its request is over budget; empty for none"),
  "base-url": z
    .string()
    .default("")
    .describe(
      "an http(s) URL: the Azure endpoint (https://<resource>.openai.azure.com), or an OpenAI-compatible server (http://localhost:11434/v1)",
    ),
  "api-version": z.string().default("2024-10-21").describe("an Azure OpenAI api-version such as 2024-10-21"),
  deployment: z.string().default("").describe("an Azure OpenAI deployment name; defaults to the model"),
  "max-output-tokens": int(16, 128_000).default(2000).describe("a whole number of tokens from 16 to 128000"),
  "max-input-tokens": int(0, 2_000_000)
    .default(0)
    .describe("a whole number of tokens per call; 0 uses the model's context window"),
  "budget-tokens": int(0, 100_000_000)
    .default(60_000)
    .describe("a whole number of tokens (input plus output) for the whole run; 0 means no limit"),
  offline: bool().default(false).describe("true (answer only from the cache, no network) or false"),
  cache: bool().default(true).describe("true or false: keep answers on disk and reuse them"),
  "timeout-seconds": int(1, 3600)
    .default(120)
    .describe("a whole number of seconds per request from 1 to 3600"),
  "max-retries": int(0, 10).default(2).describe("a whole number from 0 to 10"),
  "structured-output": z
    .enum(structuredOutputModes)
    .default("auto")
    .describe("auto, json-schema, json-object or prompt"),
  prices: z
    .preprocess(pricesFromMapping, list())
    .default([])
    .describe("a list of model=input/output in US dollars per million tokens, such as gpt-4.1-mini=0.4/1.6"),
});

export type LlmSettings = z.output<typeof llmSettingsSchema>;

/** The scope hosts pass to `resolveConfig`, beside the agents' own: `{ llm: llmConfigScope }`. */
export const llmConfigScope = {
  fileKey: "llm",
  inputPrefix: "llm-",
  schema: llmSettingsSchema,
} as const satisfies ConfigScope<typeof llmSettingsSchema>;

/** YAML may give `prices:` as a mapping `{ model: { input, output } }`; turn it into the list form. */
function pricesFromMapping(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.entries(value as Record<string, unknown>).map(([model, price]) => {
    const p = price as { input?: unknown; output?: unknown } | null;
    return `${model}=${String(p?.input)}/${String(p?.output)}`;
  });
}
