// Parts of the draft kept between runs: reused only while what they are built from is unchanged.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fixedClock, runAgent, seal, unseal } from "@aetherstack/kit";
import { describe, expect, it, vi } from "vitest";
import { git, tempDir, tempRepo } from "../../kit/test/support/temp-repo.ts";
import { analyze } from "../src/agent.ts";
import { analyzeConfigSchema } from "../src/config.ts";
import { hasPart, memoPart } from "../src/part-memo.ts";

describe("memoPart", () => {
  it("builds once for the same inputs, and again when they change", async () => {
    const cacheDir = tempDir();
    const build = vi.fn(async () => ({ rows: [1, 2], label: "x" }));
    expect(await memoPart(cacheDir, "demo", () => "inputs-1", build)).toEqual({ rows: [1, 2], label: "x" });
    expect(await memoPart(cacheDir, "demo", () => "inputs-1", build)).toEqual({ rows: [1, 2], label: "x" });
    expect(build).toHaveBeenCalledTimes(1);
    await memoPart(cacheDir, "demo", () => "inputs-2", build);
    expect(build).toHaveBeenCalledTimes(2);
  });

  it("tells whether a part was kept at all, so a run without one can read its inputs early", async () => {
    const cacheDir = tempDir();
    expect(hasPart(cacheDir, "demo")).toBe(false);
    expect(hasPart(null, "demo")).toBe(false);
    await memoPart(
      cacheDir,
      "demo",
      () => "inputs-1",
      async () => ({ rows: [] }),
    );
    expect(hasPart(cacheDir, "demo")).toBe(true);
    expect(hasPart(cacheDir, "other")).toBe(false);
  });

  it("always builds without a cache folder or without a digest of its inputs", async () => {
    const build = vi.fn(async () => 1);
    // Without a cache folder, the inputs' digest is not even worked out.
    const inputs = vi.fn(() => "inputs");
    await memoPart(null, "demo", inputs, build);
    await memoPart(null, "demo", inputs, build);
    expect(inputs).not.toHaveBeenCalled();
    const cacheDir = tempDir();
    await memoPart(cacheDir, "demo", () => null, build);
    await memoPart(cacheDir, "demo", () => null, build);
    expect(build).toHaveBeenCalledTimes(4);
  });

  it("does not use a kept part that was edited, and writes a good one again", async () => {
    const cacheDir = tempDir();
    await memoPart(
      cacheDir,
      "demo",
      () => "inputs",
      async () => ({ value: "built" }),
    );
    const file = path.join(cacheDir, "analyze-part-demo-v1.txt");
    const [key, ...rest] = readFileSync(file, "utf8").split("\n");
    const edited = rest.join("\n").replace('"built"', '"edited"');
    writeFileSync(file, `${key}\n${edited}`);
    expect(
      await memoPart(
        cacheDir,
        "demo",
        () => "inputs",
        async () => ({ value: "rebuilt" }),
      ),
    ).toEqual({
      value: "rebuilt",
    });
    const kept = readFileSync(file, "utf8");
    expect(unseal(kept.slice(kept.indexOf("\n") + 1))).toBe('{"value":"rebuilt"}');
  });

  it("still gives the part when the cache folder cannot be written", async () => {
    const blocker = path.join(tempDir(), "blocker");
    writeFileSync(blocker, "a file where the cache folder would go");
    const cacheDir = path.join(blocker, "cache");
    expect(
      await memoPart(
        cacheDir,
        "demo",
        () => "inputs",
        async () => 42,
      ),
    ).toBe(42);
  });
});

const config = analyzeConfigSchema.parse({});

async function run(workspace: string, cacheDir: string) {
  return runAgent(analyze as never, {
    workspace,
    config,
    cacheDir,
    clock: fixedClock("2026-12-01T12:00:00Z"),
  });
}

const dependencies = (report: Awaited<ReturnType<typeof run>>) => ({
  section: report.sections.find((s) => s.id === "dependencies"),
  findings: report.findings.filter((f) => f.ruleId.startsWith("deps/")).map((f) => f.message),
});

/** Mark the kept dependencies part, so a test can tell a reused part from a rebuilt one. */
function tamper(cacheDir: string): void {
  const file = path.join(cacheDir, "analyze-part-dependencies-v1.txt");
  const text = readFileSync(file, "utf8");
  const cut = text.indexOf("\n");
  const part = JSON.parse(unseal(text.slice(cut + 1))!);
  part.metrics["deps.declared"] = -1;
  writeFileSync(file, `${text.slice(0, cut)}\n${seal(JSON.stringify(part))}`);
}

const declared = (report: Awaited<ReturnType<typeof run>>) => report.metrics["deps.declared"];

describe("the dependencies part", () => {
  const files = {
    "package.json": '{ "name": "app", "dependencies": { "left-pad": "1.0.0" } }\n',
    "src/a.ts": 'import pad from "left-pad";\nimport { b } from "./b.ts";\nexport const a = pad(b);\n',
    "src/b.ts": "export const b = 1;\n",
  };

  it("is reused when an edit leaves every import and package.json as it was", async () => {
    const repo = tempRepo(files);
    const cacheDir = tempDir();
    const first = await run(repo, cacheDir);
    tamper(cacheDir);
    writeFileSync(path.join(repo, "src/b.ts"), "export const b = 2;\nexport function c() { return 3; }\n");
    const second = await run(repo, cacheDir);
    expect(declared(second)).toBe(-1);
    expect(declared(first)).toBe(1);
  });

  it("is rebuilt when an import is added, moved or removed", async () => {
    const repo = tempRepo(files);
    const cacheDir = tempDir();
    await run(repo, cacheDir);
    tamper(cacheDir);
    writeFileSync(path.join(repo, "src/b.ts"), 'import { a } from "./a.ts";\nexport const b = 1;\n');
    const cycle = await run(repo, cacheDir);
    expect(declared(cycle)).toBe(1);
    expect(dependencies(cycle).findings.join("\n")).toContain("Import cycle");

    tamper(cacheDir);
    writeFileSync(path.join(repo, "src/b.ts"), '\n\nimport { a } from "./a.ts";\nexport const b = 1;\n');
    expect(declared(await run(repo, cacheDir))).toBe(1);

    tamper(cacheDir);
    writeFileSync(path.join(repo, "src/b.ts"), "export const b = 1;\n");
    const none = await run(repo, cacheDir);
    expect(dependencies(none).findings.join("\n")).not.toContain("Import cycle");
  });

  it("is rebuilt when a package.json or tsconfig changes, or a file comes or goes", async () => {
    const repo = tempRepo(files);
    const cacheDir = tempDir();
    await run(repo, cacheDir);
    tamper(cacheDir);
    writeFileSync(path.join(repo, "package.json"), '{ "name": "app", "dependencies": {} }\n');
    const undeclared = await run(repo, cacheDir);
    expect(dependencies(undeclared).findings.join("\n")).toContain("`left-pad` is imported but not declared");

    tamper(cacheDir);
    writeFileSync(
      path.join(repo, "tsconfig.json"),
      '{ "compilerOptions": { "paths": { "left-pad": ["./src/b.ts"] } } }\n',
    );
    const aliased = await run(repo, cacheDir);
    expect(declared(aliased)).toBe(0);
    expect(dependencies(aliased).findings.join("\n")).not.toContain("left-pad");

    tamper(cacheDir);
    rmSync(path.join(repo, "src/b.ts"));
    expect(declared(await run(repo, cacheDir))).toBe(0);
  });

  it("is rebuilt when a package.json that git is told to assume unchanged is edited", async () => {
    const repo = tempRepo(files);
    const cacheDir = tempDir();
    await run(repo, cacheDir);
    git(repo, ["update-index", "--assume-unchanged", "package.json"]);
    tamper(cacheDir);
    writeFileSync(path.join(repo, "package.json"), '{ "name": "app", "dependencies": {} }\n');
    const undeclared = await run(repo, cacheDir);
    expect(dependencies(undeclared).findings.join("\n")).toContain("`left-pad` is imported but not declared");
  });

  it("gives the same report as building it afresh", async () => {
    const repo = tempRepo(files);
    const cacheDir = tempDir();
    await run(repo, cacheDir);
    writeFileSync(path.join(repo, "src/b.ts"), "export const b = 2;\n");
    const reused = await run(repo, cacheDir);
    const fresh = await run(repo, tempDir());
    expect(dependencies(reused)).toEqual(dependencies(fresh));
  });
});
