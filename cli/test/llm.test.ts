import { parseReport } from "@aetherstack/kit";
import { describe, expect, it } from "vitest";
import { answer, startOpenAiServer } from "../../actions/kit/test/support/openai-server.ts";
import { aether, aetherAsync } from "./run-cli.ts";
import { sampleRepo } from "./sample-repo.ts";

describe("aether run analyze with a model", () => {
  it("adds verified, cited insights, prints tokens and cost, and an offline replay is identical with no request", async () => {
    const server = await startOpenAiServer();
    const repo = sampleRepo();
    server.reply(
      answer(
        {
          insights: [
            {
              title: "Scoring is the riskiest code",
              body: "`score` nests loops four deep.",
              kind: "insight",
              citations: [{ file: "src/score.ts", line: 1, quote: "export function score" }],
            },
            {
              title: "An invented claim",
              body: "This file does not exist.",
              kind: "suggestion",
              citations: [{ file: "src/nowhere.ts", line: 3, quote: "nothing" }],
            },
          ],
        },
        { prompt: 1500, completion: 120 },
      ),
    );
    const flags = [
      "--provider",
      "openai-compatible",
      "--model",
      "gpt-4.1-mini",
      "--input",
      `llm-base-url=${server.origin}/v1`,
    ];
    const online = await aetherAsync(["run", "analyze", repo, "--json", "--no-save", ...flags], {
      env: { AETHER_LLM_API_KEY: "sk-test-123" },
    });
    expect(online.code, online.stderr).toBe(0);
    const report = parseReport(online.stdout, "stdout");
    expect(report.insights.map((i) => i.title)).toEqual(["Scoring is the riskiest code"]);
    expect(report.llm).toMatchObject({ calls: 1, inputTokens: 1500, outputTokens: 120, droppedClaims: 1 });
    expect(report.llm?.costUsd).toBeGreaterThan(0);
    expect(server.requests).toHaveLength(1);
    expect(JSON.stringify(server.requests[0]!.body)).not.toContain("sk-test-123");

    const markdown = await aetherAsync(["run", "analyze", repo, "--no-save", ...flags, "--offline"]);
    expect(markdown.code, markdown.stderr).toBe(0);
    expect(markdown.stdout).toContain("## Insights");
    expect(markdown.stdout).toContain("1 unverifiable claim dropped");
    expect(markdown.stderr).toMatch(/LLM gpt-4\.1-mini: 1 call \(1 cached\)/);

    const offline = await aetherAsync(["run", "analyze", repo, "--json", "--no-save", ...flags, "--offline"]);
    const replayed = parseReport(offline.stdout, "stdout");
    expect(replayed.insights).toEqual(report.insights);
    expect(replayed.findings).toEqual(report.findings);
    expect(server.requests).toHaveLength(1);
  });

  it("without a model gives the full deterministic report and one line on how to enable insights", () => {
    const run = aether(["run", "analyze", sampleRepo(), "--json", "--no-save"]);
    const report = parseReport(run.stdout, "stdout");
    expect(report.insights).toEqual([]);
    expect(report.notes.filter((n) => n.startsWith("LLM insights skipped"))).toHaveLength(1);
    expect(report.sections.map((s) => s.id)).toEqual(
      expect.arrayContaining(["languages", "complexity", "hotspots", "dependencies", "hygiene"]),
    );
  });
});
