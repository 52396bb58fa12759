import { afterEach, describe, expect, it } from "vitest";
import {
  createLlmClient,
  llmConfigScope,
  llmSecretsFromEnv,
  NO_MODEL_REASON,
  resolveConfig,
} from "../src/index.ts";
import { silentLogger } from "../src/logger.ts";
import { clientFor, noSecrets, settings, verdictRequest } from "./support/llm-fixtures.ts";
import { answer, startOpenAiServer } from "./support/openai-server.ts";

const ok = answer({ verdict: "good", reason: "small" });

describe("provider presets", () => {
  it("sends OpenAI requests to /chat/completions with a bearer key and max_completion_tokens", async () => {
    const server = await startOpenAiServer();
    server.reply(ok);
    const { client } = clientFor({
      provider: "openai",
      model: "gpt-4.1-mini",
      "base-url": `${server.origin}/v1`,
    });
    const result = await client.generate(verdictRequest);
    expect(result.value).toEqual({ verdict: "good", reason: "small" });
    const [req] = server.requests;
    expect(req?.url).toBe("/v1/chat/completions");
    expect(req?.headers.authorization).toBe("Bearer sk-test-key-0123456789abcdef");
    expect(req?.body).toMatchObject({ model: "gpt-4.1-mini", max_completion_tokens: 2000, temperature: 0 });
    expect(req?.body).not.toHaveProperty("max_tokens");
    expect((req?.body.response_format as { type: string } | undefined)?.type).toBe("json_schema");
  });

  it("sends Azure requests to the deployment path with api-version and an api-key header", async () => {
    const server = await startOpenAiServer();
    server.reply(ok);
    const { client } = clientFor(
      {
        provider: "azure",
        model: "gpt-4.1",
        deployment: "prod-chat",
        "base-url": server.origin,
        "api-version": "2024-10-21",
      },
      { azureApiKey: "azure-key-0123456789" },
    );
    await client.generate(verdictRequest);
    const [req] = server.requests;
    expect(req?.url).toBe("/openai/deployments/prod-chat/chat/completions?api-version=2024-10-21");
    expect(req?.headers["api-key"]).toBe("azure-key-0123456789");
    expect(req?.headers.authorization).toBeUndefined();
  });

  it("uses the model as the Azure deployment when none is given, and says what to check on a 404", async () => {
    const server = await startOpenAiServer();
    server.reply({ type: "status", status: 404, body: { error: { message: "DeploymentNotFound" } } });
    const { client } = clientFor(
      { provider: "azure", model: "gpt-4.1-mini", "base-url": `${server.origin}/openai/`, cache: false },
      { azureApiKey: "azure-key-0123456789" },
    );
    const error = await client.generate(verdictRequest).then(
      () => new Error("expected a failure"),
      (e: unknown) => e as Error,
    );
    expect(server.requests[0]?.url).toBe(
      "/openai/deployments/gpt-4.1-mini/chat/completions?api-version=2024-10-21",
    );
    expect(error.message).toBe(
      "azure model gpt-4.1-mini was not found (404: DeploymentNotFound); check llm-deployment and llm-api-version",
    );
  });

  it("sends GitHub Models requests to /inference/chat/completions with the workflow token", async () => {
    const server = await startOpenAiServer();
    server.reply(ok);
    const { client } = clientFor(
      { provider: "github-models", "base-url": `${server.origin}/inference` },
      { githubToken: "ghs_workflowtoken0123456789abcdefABCDEF" },
    );
    expect(client.model).toBe("openai/gpt-4.1-mini");
    await client.generate(verdictRequest);
    const [req] = server.requests;
    expect(req?.url).toBe("/inference/chat/completions");
    expect(req?.headers.authorization).toBe("Bearer ghs_workflowtoken0123456789abcdefABCDEF");
    expect(req?.body.model).toBe("openai/gpt-4.1-mini");
  });

  it("uses the public GitHub Models endpoint by default", () => {
    const { client } = createLlmClient(
      settings({ provider: "github-models" }),
      { ...noSecrets, githubToken: "ghs_x" },
      { cacheDir: "/tmp/unused", logger: silentLogger },
    );
    expect(client?.provider).toBe("github-models");
  });

  it("talks to a keyless OpenAI-compatible server with max_tokens and no Authorization header", async () => {
    const server = await startOpenAiServer();
    server.reply(ok);
    const { client } = clientFor(
      { provider: "openai-compatible", model: "llama3.1", "base-url": `${server.origin}/v1` },
      {},
    );
    await client.generate(verdictRequest);
    const [req] = server.requests;
    expect(req?.url).toBe("/v1/chat/completions");
    expect(req?.headers.authorization).toBeUndefined();
    expect(req?.body).toMatchObject({ model: "llama3.1", max_tokens: 2000 });
  });

  it("sends the compatible server's key when AETHER_LLM_API_KEY is set", async () => {
    const server = await startOpenAiServer();
    server.reply(ok);
    const { client } = clientFor(
      { provider: "openai-compatible", model: "qwen", "base-url": `${server.origin}/v1` },
      llmSecretsFromEnv({ AETHER_LLM_API_KEY: "local-key-123456" }),
    );
    await client.generate(verdictRequest);
    expect(server.requests[0]?.headers.authorization).toBe("Bearer local-key-123456");
  });
});

describe("what the SDK may read", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it("ignores OPENAI_* variables in the environment: only what the host passed counts", async () => {
    const server = await startOpenAiServer();
    server.reply(ok);
    process.env.OPENAI_API_KEY = "sk-from-env-should-not-be-used";
    process.env.OPENAI_BASE_URL = "http://127.0.0.1:9/never";
    process.env.OPENAI_ORG_ID = "org-from-env";
    process.env.OPENAI_PROJECT_ID = "proj-from-env";
    process.env.OPENAI_CUSTOM_HEADERS = "X-Leak: from-env";
    process.env.OPENAI_API_VERSION = "1999-01-01";
    process.env.AZURE_OPENAI_ENDPOINT = "http://127.0.0.1:9";
    server.reply(ok, ok);
    const { client } = clientFor({ provider: "openai", "base-url": `${server.origin}/v1` });
    await client.generate(verdictRequest);
    const azure = clientFor(
      { provider: "azure", model: "gpt-4.1", "base-url": server.origin },
      { azureApiKey: "azure-key-0123456789" },
    );
    await azure.client.generate(verdictRequest);
    const keyless = clientFor(
      { provider: "openai-compatible", model: "m", "base-url": `${server.origin}/v1` },
      {},
    );
    await keyless.client.generate(verdictRequest);
    const [req, azureReq, keylessReq] = server.requests;
    expect(req?.headers.authorization).toBe("Bearer sk-test-key-0123456789abcdef");
    expect(req?.headers["openai-organization"]).toBeUndefined();
    expect(req?.headers["openai-project"]).toBeUndefined();
    expect(azureReq?.url).toBe("/openai/deployments/gpt-4.1/chat/completions?api-version=2024-10-21");
    expect(keylessReq?.headers.authorization).toBeUndefined();
    for (const r of server.requests) expect(r.headers["x-leak"]).toBeUndefined();
  });

  it("reads keys from the environment it is given, never from process.env", () => {
    process.env.OPENAI_API_KEY = "sk-process";
    expect(llmSecretsFromEnv({})).toEqual(noSecrets);
    expect(
      llmSecretsFromEnv({
        OPENAI_API_KEY: " sk-a ",
        AZURE_OPENAI_API_KEY: "az",
        GITHUB_TOKEN: "gh",
        AETHER_LLM_API_KEY: "",
      }),
    ).toEqual({ openaiApiKey: "sk-a", azureApiKey: "az", githubToken: "gh", compatibleApiKey: null });
  });
});

describe("no client", () => {
  const options = { cacheDir: "/tmp/unused", logger: silentLogger };

  it("says how to enable insights when no provider is set", () => {
    expect(createLlmClient(settings({}), noSecrets, options)).toEqual({
      client: null,
      reason: NO_MODEL_REASON,
    });
    expect(NO_MODEL_REASON).toMatch(/^LLM insights skipped: no model configured\. Set llm-provider/);
  });

  it("names the missing key, and for GitHub Models the permission", () => {
    expect(createLlmClient(settings({ provider: "openai" }), noSecrets, options).reason).toMatch(
      /OPENAI_API_KEY is not set/,
    );
    expect(createLlmClient(settings({ provider: "github-models" }), noSecrets, options).reason).toMatch(
      /GITHUB_TOKEN is not set.*permissions: models: read/,
    );
  });

  it("treats a missing Azure endpoint as a configuration mistake", () => {
    expect(() =>
      createLlmClient(
        settings({ provider: "azure", model: "gpt-4.1" }),
        { ...noSecrets, azureApiKey: "k" },
        options,
      ),
    ).toThrow(/llm-base-url: is required for this llm-provider/);
  });

  it("builds a client offline without any key", () => {
    const { client } = createLlmClient(settings({ provider: "openai", offline: true }), noSecrets, options);
    expect(client?.model).toBe("gpt-4.1-mini");
  });
});

describe("settings", () => {
  it("resolves llm- inputs over the llm: section of the file", () => {
    const { llm } = resolveConfig(
      { llm: { provider: "openai", model: "gpt-4o", prices: { "gpt-4o": { input: 2, output: 8 } } } },
      { "llm-model": "gpt-4.1", "llm-budget-tokens": "1000", "llm-offline": "yes" },
      { llm: llmConfigScope },
    );
    expect(llm).toMatchObject({ provider: "openai", model: "gpt-4.1", "budget-tokens": 1000, offline: true });
    expect(llm.prices).toEqual(["gpt-4o=2/8"]);
  });

  it("describes the allowed values of every setting, for errors and generated docs", () => {
    for (const [key, field] of Object.entries(llmConfigScope.schema.shape)) {
      expect((field as { description?: string }).description, key).toBeTruthy();
    }
  });

  it("rejects an unknown provider with the allowed values", () => {
    expect(() => resolveConfig({}, { "llm-provider": "anthropic" }, { llm: llmConfigScope })).toThrow(
      /input llm-provider.*allowed: openai, azure, github-models, openai-compatible or none/,
    );
  });
});
