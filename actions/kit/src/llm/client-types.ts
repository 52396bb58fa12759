// The LLM client type agents see in their context. The LLM layer fills it in.

/** A configured model endpoint. */
export interface LlmClient {
  provider: string;
  model: string;
}
