import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fixedClock, runAgent, serializeCheckedDraft } from "@aetherstack/kit";
import { describe, expect, it } from "vitest";
import { commit, tempDir, tempRepo } from "../../kit/test/support/temp-repo.ts";
import { analyze } from "../src/agent.ts";
import { analyzeConfigSchema } from "../src/config.ts";

const config = analyzeConfigSchema.parse({});

async function run(workspace: string, cacheDir: string, day = "2026-12-01T12:00:00Z") {
  return runAgent(analyze as never, { workspace, config, cacheDir, clock: fixedClock(day) });
}

const memoFile = (cacheDir: string) => path.join(cacheDir, "analyze-draft-v2.txt");

/** The memo's lines: the key, the draft's digest, the draft. */
function readMemo(cacheDir: string) {
  const [key, digest, json] = readFileSync(memoFile(cacheDir), "utf8").split("\n");
  return { key: key!, digest: digest!, draft: JSON.parse(json!) };
}

/**
 * Mark the remembered draft, so a test can tell a reused draft from a recomputed one; with a
 * fresh digest, as the memo itself would write it.
 */
function tamper(cacheDir: string): void {
  const { key, draft } = readMemo(cacheDir);
  writeFileSync(memoFile(cacheDir), `${key}\n${serializeCheckedDraft({ ...draft, summary: "remembered" })}`);
}

describe("reusing the last draft", () => {
  it("reuses it when nothing changed, and recomputes after an edit, a commit or a new day", async () => {
    const repo = tempRepo({
      "src/a.ts": "export const a = (x: number) => (x > 1 ? x : 0);\n",
      "README.md": "# a\n",
    });
    const cacheDir = tempDir();
    const first = await run(repo, cacheDir);
    tamper(cacheDir);
    expect((await run(repo, cacheDir)).summary).toBe("remembered");

    writeFileSync(path.join(repo, "src/a.ts"), "export const a = 2;\n");
    expect((await run(repo, cacheDir)).summary).not.toBe("remembered");

    tamper(cacheDir);
    commit(repo, {});
    expect((await run(repo, cacheDir)).summary).not.toBe("remembered");

    tamper(cacheDir);
    expect((await run(repo, cacheDir, "2026-12-02T12:00:00Z")).summary).not.toBe("remembered");
    expect(first.status).toBe("ok");
  });

  it("gives the same report from the memo as from the facts", async () => {
    const repo = tempRepo({
      "src/a.ts": "export function f(x: number) { if (x) { return 1; } return 2; }\n",
    });
    const cacheDir = tempDir();
    const computed = await run(repo, cacheDir);
    const reused = await run(repo, cacheDir);
    expect({ ...reused, id: "", startedAt: "", finishedAt: "" }).toEqual({
      ...computed,
      id: "",
      startedAt: "",
      finishedAt: "",
    });
  });

  it("is not reused when its text was changed behind its digest's back", async () => {
    const repo = tempRepo({ "src/a.ts": "export const a = 1;\n" });
    const cacheDir = tempDir();
    await run(repo, cacheDir);
    const { key, digest, draft } = readMemo(cacheDir);
    draft.summary = "remembered";
    writeFileSync(memoFile(cacheDir), `${key}\n${digest}\n${JSON.stringify(draft)}`);
    expect((await run(repo, cacheDir)).summary).not.toBe("remembered");
    // The run wrote a good memo again.
    expect(readMemo(cacheDir).draft.summary).not.toBe("remembered");
  });

  it("is not kept when caching is off", async () => {
    const repo = tempRepo({ "a.ts": "export {};\n" });
    const cacheDir = tempDir();
    await runAgent(analyze as never, {
      workspace: repo,
      config: { ...config, cache: false },
      cacheDir,
      clock: fixedClock("2026-12-01T00:00:00Z"),
    });
    expect(() => readFileSync(memoFile(cacheDir))).toThrow();
  });
});
