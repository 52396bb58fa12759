import { describe, expect, it } from "vitest";
import { z } from "zod";
import { type Agent, defineAgent, fixedClock, memoryLogger, runAgent, runCrew } from "../src/index.ts";
import { tempDir } from "./support/temp-repo.ts";

const draft = (summary: string) => ({ summary, metrics: {}, sections: [], findings: [] });
const agent = (name: Agent["name"], run: Agent["run"], dependsOn?: Agent["name"][]): Agent =>
  defineAgent({ name, title: name, description: name, configSchema: z.object({}), dependsOn, run }) as Agent;

describe("orchestrator", () => {
  const workspace = tempDir();
  const run = (a: Agent, timeoutMs?: number) =>
    runAgent(a, {
      workspace,
      config: {},
      clock: fixedClock("2026-12-01T00:00:00Z"),
      logger: memoryLogger(),
      timeoutMs,
    });
  const skip = (a: Agent, because: string) =>
    ({ agent: a.name, status: "skipped", summary: because }) as never;

  it("runs agents after the agents they depend on", async () => {
    const order: string[] = [];
    const ran = (name: string) => {
      order.push(name);
      return draft(name);
    };
    const crew = [
      agent("sync", async () => ran("sync"), ["docgen"]),
      agent("docgen", async () => ran("docgen"), ["analyze"]),
      agent("analyze", async () => ran("analyze")),
    ];
    await runCrew(crew, (a) => run(a), skip);
    expect(order).toEqual(["analyze", "docgen", "sync"]);
  });

  it("keeps the other reports when one agent fails, and skips its dependents", async () => {
    const reports = await runCrew(
      [
        agent("analyze", async () => {
          throw new Error("parser exploded");
        }),
        agent("testgen", async () => draft("tests ok")),
        agent("docgen", async () => draft("never"), ["analyze"]),
      ],
      (a) => run(a),
      skip,
    );
    const byAgent = Object.fromEntries(reports.map((r) => [r.agent, r]));
    expect(byAgent.analyze?.status).toBe("failed");
    expect(byAgent.analyze?.summary).toBe("analyze failed: parser exploded");
    expect(byAgent.testgen?.status).toBe("ok");
    expect(byAgent.docgen?.status).toBe("skipped");
  });

  it("fails an agent that runs past its time limit, and aborts its signal", async () => {
    let aborted = false;
    const slow = agent("analyze", (ctx) => {
      ctx.signal.addEventListener("abort", () => {
        aborted = true;
      });
      return new Promise(() => {});
    });
    const report = await run(slow, 50);
    expect(report.status).toBe("failed");
    expect(report.summary).toMatch(/timed out after 0 s/);
    expect(aborted).toBe(true);
  });

  it("names a dependency cycle", async () => {
    const crew = [
      agent("analyze", async () => draft("a"), ["docgen"]),
      agent("docgen", async () => draft("d"), ["analyze"]),
    ];
    await expect(runCrew(crew, (a) => run(a), skip)).rejects.toThrow(/cycle \(analyze → docgen → analyze\)/);
  });
});
