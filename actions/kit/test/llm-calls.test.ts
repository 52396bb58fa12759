import { describe, expect, it } from "vitest";
import { isLlmError, type LlmError } from "../src/index.ts";
import { clientFor, verdictRequest } from "./support/llm-fixtures.ts";
import { answer, type OpenAiServer, startOpenAiServer, status, truncated } from "./support/openai-server.ts";

const good = { verdict: "good", reason: "small" };

function openai(server: OpenAiServer, extra: Record<string, unknown> = {}) {
  return clientFor({ provider: "openai", "base-url": `${server.origin}/v1`, cache: false, ...extra });
}

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isLlmError(error)) throw new Error(`expected an LlmError, got ${String(error)}`);
  return error;
}

describe("structured answers", () => {
  it("repairs malformed JSON once by showing the model its answer and the problem", async () => {
    const server = await startOpenAiServer();
    server.reply(answer('{"verdict": "good", "reason": '), answer(good));
    const { client } = openai(server);
    const result = await client.generate(verdictRequest);
    expect(result.value).toEqual(good);
    expect(server.requests).toHaveLength(2);
    const messages = server.requests[1]?.body.messages as { role: string; content: string }[];
    expect(messages.map((m) => m.role)).toEqual(["system", "user", "assistant", "user"]);
    expect(messages[3]?.content).toMatch(/not valid: not JSON/);
    expect(result.usage.calls).toBe(2);
  });

  it("asks for a repair without repeating a long answer that would not fit the input budget", async () => {
    const server = await startOpenAiServer();
    server.reply(answer(`{"verdict": "good", "reason": "${"very ".repeat(700)}`), answer(good));
    const { client } = openai(server, { "max-input-tokens": 700 });
    expect((await client.generate(verdictRequest)).value).toEqual(good);
    const messages = (server.requests[1]?.body.messages ?? []) as { role: string; content: string }[];
    expect(messages.map((m) => m.role)).toEqual(["system", "user", "user"]);
    expect(messages[2]?.content).toMatch(/^Your previous answer is not valid: not JSON/);
  });

  it("fails clearly after one repair when the answer still does not match the schema", async () => {
    const server = await startOpenAiServer();
    server.reply(answer({ verdict: "maybe", reason: "x" }), answer({ verdict: "good" }));
    const { client } = openai(server);
    const error = await failure(client.generate(verdictRequest));
    expect(error.failure).toBe("invalid-output");
    expect(error.message).toMatch(
      /gpt-4.1-mini gave no valid verdict answer, even after one repair \(reason: /,
    );
  });

  it("accepts an answer wrapped in one key, as JSON-mode models sometimes do", async () => {
    const server = await startOpenAiServer();
    server.reply(answer({ verdict: good }));
    expect(
      (await openai(server, { "structured-output": "json-object" }).client.generate(verdictRequest)).value,
    ).toEqual(good);
    expect(server.requests[0]?.body.response_format).toEqual({ type: "json_object" });
  });

  it("skips the thinking of local reasoning models", async () => {
    const server = await startOpenAiServer();
    server.reply(answer(`<think>maybe {"verdict": "bad"}? no.</think>\n${JSON.stringify(good)}`));
    expect(
      (await openai(server, { "structured-output": "prompt" }).client.generate(verdictRequest)).value,
    ).toEqual(good);
  });

  it("takes JSON out of prose and code fences", async () => {
    const server = await startOpenAiServer();
    server.reply(answer(`Sure! Here it is:\n\`\`\`json\n${JSON.stringify(good)}\n\`\`\``));
    const { client } = openai(server, { "structured-output": "prompt" });
    expect((await client.generate(verdictRequest)).value).toEqual(good);
    const body = server.requests[0]?.body;
    expect(body).not.toHaveProperty("response_format");
    const system = ((body?.messages ?? []) as { content: string }[])[0]?.content;
    expect(system).toMatch(/The JSON schema of the answer/);
  });

  it("falls back from json_schema to JSON mode to prompting when a model rejects response_format", async () => {
    const server = await startOpenAiServer();
    server.reply(
      status(
        400,
        "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.",
      ),
      status(400, "response_format json_object is not supported"),
      answer(good),
    );
    const { client } = openai(server);
    expect((await client.generate(verdictRequest)).value).toEqual(good);
    const formats = server.requests.map(
      (r) => (r.body.response_format as { type: string } | undefined)?.type,
    );
    expect(formats).toEqual(["json_schema", "json_object", undefined]);
    // Learnt for the run: the next call starts in prompt mode.
    server.reply(answer(good));
    await client.generate(verdictRequest);
    expect(server.requests[3]?.body).not.toHaveProperty("response_format");
  });
});

describe("model differences", () => {
  it("sends no temperature and max_completion_tokens to reasoning models", async () => {
    const server = await startOpenAiServer();
    server.reply(answer(good), answer(good));
    await openai(server, { model: "o4-mini" }).client.generate(verdictRequest);
    await openai(server, { model: "gpt-5-mini" }).client.generate(verdictRequest);
    for (const req of server.requests) {
      expect(req.body).not.toHaveProperty("temperature");
      expect(req.body).toHaveProperty("max_completion_tokens");
    }
  });

  it("switches to max_tokens when a server rejects max_completion_tokens", async () => {
    const server = await startOpenAiServer();
    server.reply(status(400, "Unrecognized request argument supplied: max_completion_tokens"), answer(good));
    await openai(server, { model: "gpt-4o-mini" }).client.generate(verdictRequest);
    expect(server.requests[1]?.body).toHaveProperty("max_tokens", 2000);
    expect(server.requests[1]?.body).not.toHaveProperty("max_completion_tokens");
  });

  it("drops temperature when a model rejects it", async () => {
    const server = await startOpenAiServer();
    server.reply(
      status(400, "Unsupported value: 'temperature' does not support 0 with this model."),
      answer(good),
    );
    await openai(server, { model: "some-new-model" }).client.generate(verdictRequest);
    expect(server.requests[1]?.body).not.toHaveProperty("temperature");
  });
});

describe("failures and retries", () => {
  it("retries a 429 after the retry-after the server asked for", async () => {
    const server = await startOpenAiServer();
    server.reply(status(429, "Rate limit reached", { "retry-after": "1" }), answer(good));
    const started = Date.now();
    const result = await openai(server).client.generate(verdictRequest);
    expect(result.value).toEqual(good);
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("retries a 500 with backoff, then gives up with what failed", async () => {
    const server = await startOpenAiServer();
    server.reply(status(500), answer(good));
    expect((await openai(server, { "max-retries": 1 }).client.generate(verdictRequest)).value).toEqual(good);
    server.reply(status(500, "boom"), status(500, "boom"));
    const error = await failure(openai(server, { "max-retries": 1 }).client.generate(verdictRequest));
    expect(error.message).toBe("openai model gpt-4.1-mini failed (500: boom) after 1 retries");
  });

  it("times out a request that never answers, and retries it", async () => {
    const server = await startOpenAiServer();
    server.reply({ type: "hang" }, answer(good));
    const result = await openai(server, { "timeout-seconds": 1, "max-retries": 1 }).client.generate(
      verdictRequest,
    );
    expect(result.value).toEqual(good);
    server.reply({ type: "hang" });
    const error = await failure(
      openai(server, { "timeout-seconds": 1, "max-retries": 0 }).client.generate(verdictRequest),
    );
    expect(error.message).toMatch(/did not answer within 1 s; raise llm-timeout-seconds/);
  });

  it("stops at once when the run is cancelled, without trying the fallback", async () => {
    const server = await startOpenAiServer();
    server.reply({ type: "hang" });
    const { client } = openai(server, { "fallback-model": "gpt-4o-mini" });
    const controller = new AbortController();
    const pending = client.generate({ ...verdictRequest, signal: controller.signal });
    const waitForRequest = setInterval(() => {
      if (server.requests.length > 0) {
        clearInterval(waitForRequest);
        controller.abort();
      }
    }, 10);
    const error = await failure(pending);
    expect(error.failure).toBe("aborted");
    expect(server.requests.map((r) => r.body.model)).toEqual(["gpt-4.1-mini"]);
  });

  it("asks again with more room when the answer is cut off, then fails saying which setting to raise", async () => {
    const server = await startOpenAiServer();
    server.reply(truncated(), answer(good));
    const { client } = openai(server, { "max-output-tokens": 100 });
    expect((await client.generate(verdictRequest)).value).toEqual(good);
    expect(server.requests[1]?.body.max_completion_tokens).toBe(200);
    server.reply(truncated(), truncated());
    const error = await failure(client.generate(verdictRequest));
    expect(error.failure).toBe("truncated");
    expect(error.message).toMatch(
      /cut off at 200 output tokens \(finish_reason: length\); raise llm-max-output-tokens/,
    );
  });

  it("says how long the service asked to wait when it stays rate limited", async () => {
    const server = await startOpenAiServer();
    server.reply(status(429, "Too many requests", { "retry-after": "86400" }));
    const error = await failure(openai(server, { "max-retries": 0 }).client.generate(verdictRequest));
    expect(error.message).toBe(
      "openai model gpt-4.1-mini is rate limited (429: Too many requests); the service asks to wait 86400 s",
    );
  });

  it("names the GitHub Models permission when the token is refused", async () => {
    const server = await startOpenAiServer();
    server.reply(status(401, "Unauthorized"));
    const { client } = clientFor(
      { provider: "github-models", "base-url": `${server.origin}/inference`, cache: false },
      { githubToken: "ghs_x" },
    );
    const error = await failure(client.generate(verdictRequest));
    expect(error.message).toMatch(/refused the key .*permissions: models: read/);
  });
});

describe("fallback model", () => {
  it("asks the fallback model when the first one fails", async () => {
    const server = await startOpenAiServer();
    server.reply(status(404, "The model gpt-9 does not exist"), answer(good));
    const { client, logger } = openai(server, { model: "gpt-9", "fallback-model": "gpt-4.1-mini" });
    const result = await client.generate(verdictRequest);
    expect(result.model).toBe("gpt-4.1-mini");
    expect(server.requests.map((r) => r.body.model)).toEqual(["gpt-9", "gpt-4.1-mini"]);
    expect(
      logger.entries.some(
        (e) => e.level === "warning" && /trying the fallback model gpt-4.1-mini/.test(e.message),
      ),
    ).toBe(true);
  });

  it("asks the fallback model when the request does not fit the first one's window", async () => {
    const server = await startOpenAiServer();
    server.reply(answer(good));
    const big = { label: "big.ts", text: "const x = 1;\n".repeat(3000), priority: 1, required: true };
    const { client } = openai(server, { model: "local-small", "fallback-model": "gpt-4.1-mini" });
    const result = await client.generate({ ...verdictRequest, context: [big] });
    expect(result.model).toBe("gpt-4.1-mini");
    expect(server.requests.map((r) => r.body.model)).toEqual(["gpt-4.1-mini"]);
  });
});

describe("token budget", () => {
  it("packs context by priority and records what was left out", async () => {
    const server = await startOpenAiServer();
    server.reply(answer(good));
    const { client } = openai(server, { "max-input-tokens": 600 });
    const filler = (n: number) => "word ".repeat(n);
    const result = await client.generate({
      ...verdictRequest,
      context: [
        { label: "low.ts", text: filler(300), priority: 1 },
        { label: "high.ts", text: filler(300), priority: 9 },
        { label: "middle.ts", text: filler(300), priority: 5 },
      ],
    });
    expect(result.leftOut).toEqual(["middle.ts", "low.ts"]);
    expect(result.usage.leftOut).toEqual(["middle.ts", "low.ts"]);
    const user = ((server.requests[0]?.body.messages ?? []) as { content: string }[])[1]?.content ?? "";
    expect(user).toContain("high.ts");
    expect(user).not.toContain("low.ts");
  });

  it("stops before the run's budget is spent", async () => {
    const server = await startOpenAiServer();
    server.reply(answer(good, { prompt: 1500, completion: 400 }));
    const { client } = openai(server, { "budget-tokens": 2200, "max-output-tokens": 300 });
    await client.generate(verdictRequest);
    const error = await failure(client.generate(verdictRequest));
    expect(error.failure).toBe("over-budget");
    expect(server.requests).toHaveLength(1);
    expect(client.totals()).toMatchObject({ calls: 1, inputTokens: 1500, outputTokens: 400 });
  });
});
