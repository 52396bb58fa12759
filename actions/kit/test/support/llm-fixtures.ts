// Shared pieces of the LLM tests: settings over a loopback server, a tiny answer schema.
import { z } from "zod";
import { createLlmClient, type LlmSecrets, type LlmSettings, llmSettingsSchema } from "../../src/index.ts";
import { memoryLogger } from "../../src/logger.ts";
import { tempDir } from "./temp-repo.ts";

export const Verdict = z.strictObject({ verdict: z.enum(["good", "bad"]), reason: z.string() });

export const noSecrets: LlmSecrets = {
  openaiApiKey: null,
  azureApiKey: null,
  githubToken: null,
  compatibleApiKey: null,
};

export function settings(input: Record<string, unknown>): LlmSettings {
  return llmSettingsSchema.parse(input);
}

/** A client of `provider` pointed at `origin`, with a fresh cache folder unless one is given. */
export function clientFor(
  input: Record<string, unknown>,
  secrets: Partial<LlmSecrets> = { openaiApiKey: "sk-test-key-0123456789abcdef" },
  cacheDir = tempDir("aether-llm-cache-"),
) {
  const logger = memoryLogger();
  const { client, reason } = createLlmClient(
    settings(input),
    { ...noSecrets, ...secrets },
    { cacheDir, logger },
  );
  if (!client) throw new Error(`no client: ${reason}`);
  return { client, logger, cacheDir };
}

export const verdictRequest = {
  purpose: "test verdict",
  instructions: "Judge the snippet.",
  context: [{ label: "snippet.ts", text: "export const a = 1;", priority: 1 }],
  schema: Verdict,
  schemaName: "verdict",
};
