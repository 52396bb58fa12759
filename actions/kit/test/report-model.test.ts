import { describe, expect, it } from "vitest";
import { compareFindings, type Finding, failingFindings, fingerprint, parseFailOn } from "../src/index.ts";

const finding = (key: string, severity: Finding["severity"] = "high", line = 1): Finding => ({
  ruleId: "complexity/cognitive",
  severity,
  message: `m ${key}`,
  location: { file: "src/a.ts", startLine: line },
  fingerprint: fingerprint("complexity/cognitive", "src/a.ts", key),
});

describe("fingerprints", () => {
  it("survive line shifts because lines are not part of them", () => {
    expect(finding("parseArgs", "high", 10).fingerprint).toBe(finding("parseArgs", "high", 90).fingerprint);
  });
  it("differ by rule, file and subject", () => {
    const a = fingerprint("r/a", "x.ts", "f");
    expect(
      new Set([
        a,
        fingerprint("r/b", "x.ts", "f"),
        fingerprint("r/a", "y.ts", "f"),
        fingerprint("r/a", "x.ts", "g"),
      ]).size,
    ).toBe(4);
  });
});

describe("PR mode comparison", () => {
  it("marks new, unchanged and fixed by fingerprint", () => {
    const { findings, fixed } = compareFindings(
      [finding("a", "high", 5), finding("b")],
      [finding("a", "high", 2), finding("c")],
    );
    expect(findings.map((f) => f.status)).toEqual(["unchanged", "new"]);
    expect(fixed.map((f) => f.message)).toEqual(["m c"]);
  });
});

describe("fail-on", () => {
  it("new-high fails only on new high findings", () => {
    const policy = parseFailOn("new-high");
    const { findings } = compareFindings([finding("a"), finding("b", "medium")], [finding("a")]);
    expect(failingFindings(findings, policy)).toHaveLength(0);
    const again = compareFindings([finding("a"), finding("z")], [finding("a")]);
    expect(failingFindings(again.findings, policy).map((f) => f.message)).toEqual(["m z"]);
  });
  it("rejects an unknown policy naming the input and the allowed values", () => {
    expect(() => parseFailOn("critical")).toThrow(
      /fail-on: "critical" is not a fail-on policy\. Fix: use never, one of high, medium, low, info/,
    );
  });
});
