// The LLM layer: re-exports only.
export * from "./cache.ts";
export type { ContextPart, LlmAnswer, LlmClient, LlmRequest } from "./client-types.ts";
export * from "./create-client.ts";
export * from "./errors.ts";
export { contextWindow, isReasoningModel } from "./models.ts";
export { GITHUB_MODELS_URL } from "./presets.ts";
export * from "./prices.ts";
export { renderPart } from "./prompt.ts";
export * from "./redact.ts";
export * from "./secrets.ts";
export * from "./settings.ts";
export { type PackedContext, packContext, type TokenCounter, tokenCounter } from "./tokens.ts";
export * from "./usage.ts";
