import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  costOf,
  createLlmClient,
  findPrice,
  formatUsage,
  isLlmError,
  priceTable,
  silentLogger,
  sumUsage,
} from "../src/index.ts";
import { clientFor, noSecrets, settings, verdictRequest } from "./support/llm-fixtures.ts";
import { answer, startOpenAiServer, status } from "./support/openai-server.ts";
import { tempDir } from "./support/temp-repo.ts";

const good = { verdict: "good", reason: "small" };

describe("answer cache and offline replay", () => {
  it("answers a repeated request from the disk cache without a second request", async () => {
    const server = await startOpenAiServer();
    server.reply(answer(good));
    const settings = { provider: "openai", "base-url": `${server.origin}/v1` };
    const first = clientFor(settings);
    await first.client.generate(verdictRequest);
    const second = clientFor(settings, undefined, first.cacheDir);
    const again = await second.client.generate(verdictRequest);
    expect(again.value).toEqual(good);
    expect(server.requests).toHaveLength(1);
    expect(again.usage).toMatchObject({ calls: 1, cached: 1, inputTokens: 0, outputTokens: 0, costUsd: 0 });
    const folders = readdirSync(path.join(first.cacheDir, "llm"));
    expect(folders).toHaveLength(1);
  });

  it("replays a run offline identically, with zero requests and no key", async () => {
    const server = await startOpenAiServer();
    // The model first rejects json_schema and needs a repair: the replay must walk the same path.
    server.reply(status(400, "response_format json_schema is not supported"), answer("{oops"), answer(good));
    const online = clientFor({ provider: "openai", "base-url": `${server.origin}/v1` });
    const live = await online.client.generate(verdictRequest);
    expect(server.requests).toHaveLength(3);
    const offline = clientFor({ provider: "openai", offline: true }, {}, online.cacheDir);
    const replay = await offline.client.generate(verdictRequest);
    expect(replay.value).toEqual(live.value);
    expect(replay.leftOut).toEqual(live.leftOut);
    expect(server.requests).toHaveLength(3);
    expect(replay.usage).toMatchObject({ calls: 3, cached: 3, costUsd: 0 });
  });

  it("fails clearly offline when the cache has no answer, without touching the network", async () => {
    let fetched = 0;
    const { client } = createLlmClient(settings({ provider: "openai", offline: true }), noSecrets, {
      cacheDir: tempDir(),
      logger: silentLogger,
      fetch: async () => {
        fetched++;
        return new Response("{}");
      },
    });
    if (!client) throw new Error("no client");
    const error = await client.generate(verdictRequest).catch((e: unknown) => e);
    expect(isLlmError(error) && error.failure).toBe("offline-miss");
    expect((error as Error).message).toMatch(
      /^offline mode: no cached answer for test verdict from gpt-4.1-mini \(cache .*llm\); run once online/,
    );
    expect(fetched).toBe(0);
  });

  it("keys the cache by model, messages and parameters", async () => {
    const server = await startOpenAiServer();
    server.reply(answer(good), answer(good), answer(good));
    const cacheDir = tempDir();
    const base = { provider: "openai", "base-url": `${server.origin}/v1` };
    await clientFor(base, undefined, cacheDir).client.generate(verdictRequest);
    await clientFor({ ...base, model: "gpt-4o-mini" }, undefined, cacheDir).client.generate(verdictRequest);
    await clientFor({ ...base, "max-output-tokens": 500 }, undefined, cacheDir).client.generate(
      verdictRequest,
    );
    await clientFor(base, undefined, cacheDir).client.generate(verdictRequest);
    expect(server.requests).toHaveLength(3);
  });
});

describe("usage and cost", () => {
  it("prices each call from the table and sums calls per agent and per run", async () => {
    const server = await startOpenAiServer();
    server.reply(
      answer(good, { prompt: 1_000_000, completion: 500_000 }),
      answer(good, { prompt: 2000, completion: 100 }),
    );
    const { client } = clientFor({
      provider: "openai",
      model: "gpt-4.1-mini",
      "base-url": `${server.origin}/v1`,
      "budget-tokens": 0,
    });
    const a = await client.generate(verdictRequest);
    // gpt-4.1-mini: $0.40 in, $1.60 out per million.
    expect(a.usage.costUsd).toBeCloseTo(0.4 + 0.8, 10);
    const b = await client.generate({ ...verdictRequest, instructions: "Judge again." });
    expect(b.usage.costUsd).toBeCloseTo((2000 * 0.4 + 100 * 1.6) / 1e6, 12);
    const agent = sumUsage([a.usage, b.usage]);
    expect(agent).toMatchObject({ calls: 2, inputTokens: 1_002_000, outputTokens: 500_100 });
    expect(agent?.costUsd).toBeCloseTo(1.20096, 10);
    expect(client.totals()).toEqual(agent);
    expect(formatUsage(agent!)).toBe("gpt-4.1-mini: 2 calls, 1,002,000 tokens in / 500,100 out, $1.20");
  });

  it("uses the prices setting over the built-in table, and leaves unknown models unpriced", async () => {
    const server = await startOpenAiServer();
    server.reply(
      answer(good, { prompt: 1000, completion: 1000 }),
      answer(good, { prompt: 1000, completion: 1000 }),
    );
    const priced = clientFor({
      provider: "openai",
      model: "my-model",
      prices: "my-model=3/5",
      "base-url": `${server.origin}/v1`,
    });
    expect((await priced.client.generate(verdictRequest)).usage.costUsd).toBeCloseTo(0.008, 12);
    const unpriced = clientFor({ provider: "openai", model: "mystery", "base-url": `${server.origin}/v1` });
    const u = (await unpriced.client.generate(verdictRequest)).usage;
    expect(u.costUsd).toBeNull();
    expect(formatUsage(u)).toMatch(/cost unknown/);
  });

  it("finds prices for vendor-prefixed and dated model ids", () => {
    const table = priceTable(["openai/gpt-4.1=0/0"]);
    expect(findPrice(table, "openai/gpt-4.1")).toEqual({ input: 0, output: 0 });
    expect(findPrice(table, "openai/gpt-4.1-mini")).toEqual({ input: 0.4, output: 1.6 });
    expect(findPrice(table, "gpt-4.1-mini-2025-04-14")).toEqual({ input: 0.4, output: 1.6 });
    expect(findPrice(table, "llama3.1")).toBeNull();
    expect(costOf({ input: 2, output: 8 }, 500_000, 250_000)).toBe(3);
    expect(() => priceTable(["gpt-4.1=cheap"])).toThrow(/llm prices "gpt-4.1=cheap": is not a price/);
  });
});
