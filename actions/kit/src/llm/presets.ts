// Each provider preset: where requests go, which key they carry, and what the endpoint allows.
import type OpenAI from "openai";
import { ConfigurationError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import { type LlmSecrets, llmKeyVariables } from "./secrets.ts";
import type { LlmProviderName, LlmSettings } from "./settings.ts";

export type ConfiguredProvider = Exclude<LlmProviderName, "none">;

export const GITHUB_MODELS_URL = "https://models.github.ai/inference";

/** Models used when `model` is empty; Azure and compatible servers have no sensible default. */
const defaultModels: Partial<Record<ConfiguredProvider, string>> = {
  openai: "gpt-4.1-mini",
  "github-models": "openai/gpt-4.1-mini",
};

/** A model as sent (`id`: an Azure deployment, say) and as known for prices and traits (`name`). */
export interface ModelTarget {
  id: string;
  name: string;
}

/** How a provider is reached, before any key is checked. */
export interface Preset {
  provider: ConfiguredProvider;
  primary: ModelTarget;
  fallback: ModelTarget | null;
  baseURL: string;
  /** Hosted OpenAI APIs want `max_completion_tokens`; local servers mostly know `max_tokens`. */
  tokenParam: "max_completion_tokens" | "max_tokens";
  /** A per-request input limit of the service (GitHub Models' free tier: 8000). */
  inputCap: number | null;
  /** A per-request output limit of the service (GitHub Models' free tier: 4000). */
  outputCap: number | null;
  keyVariable: string;
  key: string | null;
  /** Compatible servers may run without a key. */
  keyRequired: boolean;
}

function required(value: string, input: string, fix: string): string {
  if (value.trim()) return value.trim();
  throw new ConfigurationError({ input, problem: "is required for this llm-provider", fix });
}

function checkUrl(value: string, input: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === "http:" || url.protocol === "https:") return value.replace(/\/+$/, "");
  } catch {}
  throw new ConfigurationError({
    input,
    problem: `is not an http(s) URL (got "${value}")`,
    fix: "give the full URL, such as https://my-resource.openai.azure.com or http://localhost:11434/v1",
  });
}

/** Resolve the preset of `settings` (a configured provider); user mistakes are ConfigurationErrors. */
export function resolvePreset(settings: LlmSettings, secrets: LlmSecrets): Preset {
  const provider = settings.provider as ConfiguredProvider;
  const modelFix = "set llm-model to a model id (for Ollama, the name shown by `ollama list`)";
  const model = settings.model.trim() || defaultModels[provider] || required("", "llm-model", modelFix);
  const fallbackName = settings["fallback-model"].trim();
  const base = settings["base-url"].trim();
  const target = (name: string): ModelTarget => ({ id: name, name });
  const common = {
    provider,
    fallback: fallbackName ? target(fallbackName) : null,
    inputCap: null,
    outputCap: null,
  };
  switch (provider) {
    case "openai":
      return {
        ...common,
        primary: target(model),
        baseURL: base ? checkUrl(base, "llm-base-url") : "https://api.openai.com/v1",
        tokenParam: "max_completion_tokens",
        keyVariable: llmKeyVariables.openai,
        key: secrets.openaiApiKey,
        keyRequired: true,
      };
    case "azure": {
      const endpoint = checkUrl(
        required(
          base,
          "llm-base-url",
          "set it to your resource's endpoint, https://<resource>.openai.azure.com",
        ),
        "llm-base-url",
      );
      return {
        ...common,
        // Azure routes by deployment; the model name stays for prices and traits.
        primary: { id: settings.deployment.trim() || model, name: model },
        baseURL: endpoint.endsWith("/openai") ? endpoint : `${endpoint}/openai`,
        tokenParam: "max_completion_tokens",
        keyVariable: llmKeyVariables.azure,
        key: secrets.azureApiKey,
        keyRequired: true,
      };
    }
    case "github-models":
      return {
        ...common,
        primary: target(model),
        baseURL: base ? checkUrl(base, "llm-base-url") : GITHUB_MODELS_URL,
        tokenParam: "max_completion_tokens",
        inputCap: 8000,
        outputCap: 4000,
        keyVariable: llmKeyVariables["github-models"],
        key: secrets.githubToken,
        keyRequired: true,
      };
    case "openai-compatible":
      return {
        ...common,
        primary: target(model),
        baseURL: checkUrl(
          required(
            base,
            "llm-base-url",
            "set it to the server's OpenAI API root, such as http://localhost:11434/v1",
          ),
          "llm-base-url",
        ),
        tokenParam: "max_tokens",
        keyVariable: llmKeyVariables["openai-compatible"],
        key: secrets.compatibleApiKey,
        keyRequired: false,
      };
  }
}

export interface SdkOptions {
  timeoutMs: number;
  maxRetries: number;
  apiVersion: string;
  logger: Logger;
  fetch?: typeof fetch;
}

/**
 * The SDK client of a preset, loaded on first use (the SDK takes a while to import). Every option
 * the SDK would read from the environment is passed explicitly (key, base URL, organization,
 * project, log level, headers), so only what the host gave counts.
 */
export async function sdkClient(preset: Preset, options: SdkOptions): Promise<OpenAI> {
  const { default: OpenAIClient, AzureOpenAI } = await import("openai");
  const logger = options.logger;
  const common = {
    baseURL: preset.baseURL,
    organization: null,
    project: null,
    adminAPIKey: null,
    webhookSecret: null,
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
    // The SDK logs retries at info; they belong in our debug log, failures reach the caller anyway.
    logLevel: "info" as const,
    logger: {
      error: (m: string) => logger.debug(`openai: ${m}`),
      warn: (m: string) => logger.debug(`openai: ${m}`),
      info: (m: string) => logger.debug(`openai: ${m}`),
      debug: () => {},
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  if (preset.provider === "azure") {
    return onlyOurHeaders(
      new AzureOpenAI({ ...common, apiKey: preset.key ?? "", apiVersion: options.apiVersion }),
      undefined,
    );
  }
  // Keyless local servers: send no Authorization header at all rather than a made-up key.
  const headers = preset.key ? undefined : { Authorization: null };
  return onlyOurHeaders(
    new OpenAIClient({
      ...common,
      apiKey: preset.key ?? "unused",
      ...(headers ? { defaultHeaders: headers } : {}),
    }),
    headers,
  );
}

/**
 * The SDK's constructor adds headers from `OPENAI_CUSTOM_HEADERS` whatever it is given; put back
 * only ours. `_options` is the SDK's own field: the "ignores OPENAI_* variables" test guards it.
 */
function onlyOurHeaders(client: OpenAI, headers: Record<string, string | null> | undefined): OpenAI {
  (client as unknown as { _options: { defaultHeaders?: unknown } })._options.defaultHeaders = headers;
  return client;
}
