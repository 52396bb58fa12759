// Build the run's LLM client from settings and keys, or say in one line why there is none.
import path from "node:path";
import { type Clock, systemClock } from "../clock.ts";
import { ConfigurationError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import { diskCache } from "./cache.ts";
import type { LlmClient } from "./client-types.ts";
import { generateAnswer, type Runtime } from "./generate.ts";
import { type Preset, resolvePreset, sdkClient } from "./presets.ts";
import { priceTable } from "./prices.ts";
import { type LlmSecrets, secretValues } from "./secrets.ts";
import type { LlmSettings } from "./settings.ts";
import { sumUsage } from "./usage.ts";

export interface CreateLlmClientOptions {
  /** The run's cache folder; answers go under `<cacheDir>/llm`. */
  cacheDir: string;
  logger: Logger;
  /** For tests and proxies; defaults to the global fetch. */
  fetch?: typeof fetch;
  clock?: Clock;
}

/** Shown when no provider is set. */
export const NO_MODEL_REASON =
  "LLM insights skipped: no model configured. Set llm-provider and a key (OPENAI_API_KEY, AZURE_OPENAI_API_KEY, GITHUB_TOKEN for github-models, or AETHER_LLM_API_KEY) to enable them.";

function missingKeyReason(preset: Preset): string {
  const extra =
    preset.provider === "github-models"
      ? " Pass the workflow's github.token as GITHUB_TOKEN in env and give the job `permissions: models: read`."
      : " Add it as a repository secret and pass it in the step's env.";
  return `LLM insights skipped: llm-provider is ${preset.provider} but ${preset.keyVariable} is not set.${extra}`;
}

/**
 * The LLM client for a run, or null with the one-line reason to show in the report. Settings
 * mistakes (a missing endpoint, a bad price) throw ConfigurationError. Offline, no key is needed
 * and no request is ever made: answers come from the cache only.
 */
export function createLlmClient(
  settings: LlmSettings,
  secrets: LlmSecrets,
  options: CreateLlmClientOptions,
): { client: LlmClient | null; reason: string | null } {
  if (settings.provider === "none") return { client: null, reason: NO_MODEL_REASON };
  const preset = resolvePreset(settings, secrets);
  if (settings.offline && !settings.cache) {
    throw new ConfigurationError({
      input: "llm-offline",
      problem: "needs the cache, but llm-cache is false",
      fix: "set llm-cache to true, or turn llm-offline off",
    });
  }
  if (!settings.offline && preset.keyRequired && !preset.key) {
    return { client: null, reason: missingKeyReason(preset) };
  }
  const rt: Runtime = {
    preset,
    settings,
    sdk: settings.offline
      ? null
      : once(() =>
          sdkClient(preset, {
            timeoutMs: settings["timeout-seconds"] * 1000,
            maxRetries: settings["max-retries"],
            apiVersion: settings["api-version"],
            logger: options.logger,
            ...(options.fetch ? { fetch: options.fetch } : {}),
          }),
        ),
    cache: settings.cache ? diskCache(path.join(options.cacheDir, "llm")) : null,
    prices: priceTable(settings.prices),
    logger: options.logger,
    clock: options.clock ?? systemClock,
    secrets: secretValues(secrets),
    spent: 0,
    history: [],
    traits: new Map(),
  };
  const client: LlmClient = {
    provider: preset.provider,
    model: preset.primary.name,
    generate: (request) => generateAnswer(rt, request),
    totals: () => sumUsage(rt.history),
  };
  return { client, reason: null };
}

/** A promise made on first call and shared after. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | null = null;
  return () => {
    made ??= make();
    return made;
  };
}
