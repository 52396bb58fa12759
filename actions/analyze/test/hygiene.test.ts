import { Section, silentLogger } from "@aetherstack/kit";
import { describe, expect, it } from "vitest";
import { tempRepo } from "../../kit/test/support/temp-repo.ts";
import type { FileFacts } from "../src/facts.ts";
import { listSourceFiles } from "../src/files/list-files.ts";
import { checkHygiene } from "../src/hygiene/hygiene.ts";
import { inventoryMetrics, languagesSection } from "../src/inventory/languages-section.ts";
import { readFileFacts } from "../src/inventory/read-file-facts.ts";

async function inventory(files: Record<string, string>, largeFileBytes = 1024 * 1024) {
  const dir = tempRepo(files);
  const listing = await listSourceFiles(dir, { exclude: [] });
  const facts = await readFileFacts(dir, listing.files, {
    cacheDir: null,
    largeFileBytes,
    logger: silentLogger,
  });
  const hygiene = await checkHygiene(dir, listing.files, facts, { largeFileBytes });
  return { dir, listing, facts, hygiene };
}

describe("checkHygiene", () => {
  it("finds nothing to fix in a project with README, LICENSE, CI and tests", async () => {
    const { hygiene } = await inventory({
      "README.md": "# x\n",
      LICENSE: "MIT\n",
      ".github/workflows/ci.yml": "on: push\n",
      "src/a.ts": "export const a = 1;\n",
      "src/a.test.ts": "test('a', () => {});\n",
    });
    expect(hygiene.findings).toEqual([]);
    expect(hygiene.metrics).toEqual({
      "hygiene.readme": 1,
      "hygiene.license": 1,
      "hygiene.ci": 1,
      "hygiene.tests": 1,
      "hygiene.large-files": 0,
    });
    expect(Section.parse(hygiene.section).id).toBe("hygiene");
  });

  it("reports a missing README, LICENSE, CI and tests, each with a stable fingerprint", async () => {
    const { hygiene } = await inventory({ "main.py": "print(1)\n" });
    expect(hygiene.findings.map((f) => f.ruleId)).toEqual([
      "hygiene/missing-readme",
      "hygiene/missing-license",
      "hygiene/missing-ci",
      "hygiene/missing-tests",
    ]);
    const again = await inventory({ "other.py": "print(2)\n\n\n" });
    expect(again.hygiene.findings.map((f) => f.fingerprint)).toEqual(
      hygiene.findings.map((f) => f.fingerprint),
    );
  });

  it("recognises tests by folder and by name in several languages", async () => {
    for (const test of [
      "tests/test_main.py",
      "pkg/main_test.go",
      "spec/a_spec.rb",
      "src/__tests__/a.js",
      "x.spec.ts",
    ]) {
      const { hygiene } = await inventory({ [test]: "x\n" });
      expect(
        hygiene.findings.map((f) => f.ruleId),
        test,
      ).not.toContain("hygiene/missing-tests");
    }
  });

  it("reports each file over the size limit, fingerprinted by its path and not its size", async () => {
    const { hygiene } = await inventory(
      { "data/big.json": `[${"1,".repeat(3000)}1]\n`, "a.js": "1\n" },
      2048,
    );
    const large = hygiene.findings.filter((f) => f.ruleId === "hygiene/large-file");
    expect(large).toHaveLength(1);
    expect(large[0]).toMatchObject({ location: { file: "data/big.json" }, severity: "low" });
    const bigger = await inventory({ "data/big.json": `[${"1,".repeat(5000)}1]\n` }, 2048);
    const again = bigger.hygiene.findings.find((f) => f.ruleId === "hygiene/large-file");
    expect(again?.fingerprint).toBe(large[0]?.fingerprint);
    expect(hygiene.metrics["hygiene.large-files"]).toBe(1);
  });

  it("lists the files with most TODO-style markers", async () => {
    const { hygiene } = await inventory({
      "a.js": "// TODO: one\n// FIXME: two\nrun();\n",
      "b.py": "# XXX three\n",
      "c.js": "const s = 'TODO: not in a comment';\n",
    });
    const table = hygiene.section.blocks.find((b) => b.type === "table" && b.columns[0] === "File");
    expect(table).toMatchObject({
      rows: [
        [[{ code: "a.js" }], "1", "1", "0", "0"],
        [[{ code: "b.py" }], "0", "0", "0", "1"],
      ],
    });
  });
});

describe("languagesSection and inventoryMetrics", () => {
  it("tabulates languages by code lines and says what was left out and why", async () => {
    const { listing, facts } = await inventory({
      "a.ts": "// c\nconst a = 1;\nconst b = 2;\n",
      "b.py": "x = 1\n\n",
      "node_modules/dep/index.js": "1\n",
      "yarn.lock": "x\n",
    });
    const section = Section.parse(languagesSection(facts, listing.skipped));
    expect(section.blocks[0]).toMatchObject({
      type: "table",
      columns: ["Language", "Files", "Code", "Comment", "Blank"],
      rows: [
        ["TypeScript", "1", "2", "1", "0"],
        ["Python", "1", "1", "0", "1"],
      ],
    });
    const leftOut = JSON.stringify(section.blocks[1]);
    expect(leftOut).toContain("1 vendored");
    expect(leftOut).toContain("1 generated");
    expect(leftOut).toContain("yarn.lock");
  });

  it("sums lines and markers over files of known languages", () => {
    const file = (path: string, language: string | null, code: number, todo = 0): FileFacts => ({
      path,
      bytes: 1,
      language,
      lines: { code, comment: 1, blank: 2 },
      markers: Array.from({ length: todo }, (_, i) => ({ kind: "TODO" as const, line: i + 1, text: "TODO" })),
    });
    const metrics = inventoryMetrics([
      file("a.ts", "TypeScript", 10, 2),
      file("b.ts", "TypeScript", 5),
      file("c", null, 7),
    ]);
    expect(metrics).toEqual({
      files: 3,
      "lines.code": 15,
      "lines.comment": 2,
      "lines.blank": 4,
      "markers.todo": 2,
      "lines.code.TypeScript": 15,
    });
  });
});
