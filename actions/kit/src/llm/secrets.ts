// The keys the LLM layer needs, read once by the host from its environment and passed in.

/** API keys by provider. Hosts build it with `llmSecretsFromEnv(process.env)`; kit never reads the environment. */
export interface LlmSecrets {
  openaiApiKey: string | null;
  azureApiKey: string | null;
  /** The workflow's own token; GitHub Models needs `permissions: models: read`. */
  githubToken: string | null;
  /** For OpenAI-compatible servers that want a key; most local ones do not. */
  compatibleApiKey: string | null;
}

/** The environment variable each provider's key comes from, for messages and docs. */
export const llmKeyVariables = {
  openai: "OPENAI_API_KEY",
  azure: "AZURE_OPENAI_API_KEY",
  "github-models": "GITHUB_TOKEN",
  "openai-compatible": "AETHER_LLM_API_KEY",
} as const;

/** Pick the LLM keys out of an environment. Pure: pass `process.env`. */
export function llmSecretsFromEnv(env: Record<string, string | undefined>): LlmSecrets {
  const read = (name: string): string | null => {
    const value = env[name]?.trim();
    return value ? value : null;
  };
  return {
    openaiApiKey: read(llmKeyVariables.openai),
    azureApiKey: read(llmKeyVariables.azure),
    githubToken: read(llmKeyVariables["github-models"]),
    compatibleApiKey: read(llmKeyVariables["openai-compatible"]),
  };
}

/** Every key value, so they can be redacted from text even if a file contains one. */
export function secretValues(secrets: LlmSecrets): string[] {
  return Object.values(secrets).filter((v): v is string => typeof v === "string" && v.length >= 8);
}
