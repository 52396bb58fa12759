// Citation checks: only claims the repository backs survive.
import { symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, writeFiles } from "../../kit/test/support/temp-repo.ts";
import type { InsightAnswer } from "../src/insights/answer-schema.ts";
import { verifyInsights } from "../src/insights/verify-citations.ts";

function claim(file: string, line: number, quote: string | null, title = "claim"): InsightAnswer {
  return { title, body: "body", kind: "insight", citations: [{ file, line, quote }] };
}

function workspace(): string {
  const dir = tempDir();
  writeFiles(dir, {
    "src/a.ts": "const a = 1;\nfunction   twice(x) {\n  return x * 2;\n}\n",
    ".git/config": "[core]\n",
  });
  return dir;
}

describe("verifyInsights", () => {
  it("keeps a claim whose quote is on or near the line, ignoring spacing", async () => {
    const dir = workspace();
    const result = await verifyInsights(dir, [
      claim("src/a.ts", 2, "function twice(x)"),
      claim("./src/a.ts", 1, "return x * 2"),
      claim("src/a.ts", 3, null),
    ]);
    expect(result.dropped).toBe(0);
    expect(result.insights.map((i) => i.citations[0])).toEqual([
      { file: "src/a.ts", line: 2, quote: "function twice(x)" },
      { file: "src/a.ts", line: 1, quote: "return x * 2" },
      { file: "src/a.ts", line: 3 },
    ]);
  });

  it("drops claims with a missing file, a line past the end, a quote that is not there, or no citation", async () => {
    const dir = workspace();
    const result = await verifyInsights(dir, [
      claim("src/b.ts", 1, null),
      claim("src/a.ts", 40, null),
      claim("src/a.ts", 1, "return x * 3"),
      { title: "none", body: "b", kind: "insight", citations: [] },
    ]);
    expect(result).toEqual({ insights: [], dropped: 4 });
  });

  it("drops a claim when any of its citations fails", async () => {
    const dir = workspace();
    const mixed: InsightAnswer = {
      title: "mixed",
      body: "b",
      kind: "suggestion",
      citations: [
        { file: "src/a.ts", line: 1, quote: "const a" },
        { file: "src/a.ts", line: 2, quote: "invented" },
      ],
    };
    expect((await verifyInsights(dir, [mixed])).dropped).toBe(1);
  });

  it("never reads outside the workspace or inside .git", async () => {
    const dir = workspace();
    const outside = tempDir();
    writeFiles(outside, { "secret.txt": "top secret\n" });
    symlinkSync(path.join(outside, "secret.txt"), path.join(dir, "link.txt"));
    const result = await verifyInsights(dir, [
      claim("../secret.txt", 1, null),
      claim(path.join(outside, "secret.txt"), 1, null),
      claim("link.txt", 1, "top secret"),
      claim(".git/config", 1, "[core]"),
    ]);
    expect(result).toEqual({ insights: [], dropped: 4 });
  });

  it("defuses @mentions outside code spans so insights never notify anyone", async () => {
    const dir = workspace();
    const [insight] = (
      await verifyInsights(dir, [
        { ...claim("src/a.ts", 1, "const a"), body: "ask @octocat about `@scope/pkg`" },
      ])
    ).insights;
    expect(insight?.body).toBe("ask @\u200boctocat about `@scope/pkg`");
  });

  it("keeps at most five insights and clips long text", async () => {
    const dir = workspace();
    const many = Array.from({ length: 7 }, (_, i) => ({
      ...claim("src/a.ts", 1, "const a"),
      title: `t${i}`,
    }));
    many[0] = { ...many[0]!, body: "x".repeat(5000) };
    const result = await verifyInsights(dir, many);
    expect(result.insights.map((i) => i.title)).toEqual(["t0", "t1", "t2", "t3", "t4"]);
    expect(result.insights[0]?.body.length).toBe(1200);
    expect(result.dropped).toBe(0);
  });
});
