import { describe, expect, it } from "vitest";
import {
  checkDraft,
  compareFindings,
  type Finding,
  failingFindings,
  fingerprint,
  finishReport,
  parseCheckedDraft,
  parseFailOn,
  Report,
  type ReportDraft,
  serializeCheckedDraft,
} from "../src/index.ts";

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

describe("checked drafts", () => {
  const draft = {
    summary: "one finding",
    metrics: { files: 1 },
    sections: [],
    findings: [
      { ruleId: "complexity/cognitive", severity: "high", message: "m", fingerprint: "0123456789abcdef" },
    ],
  } satisfies ReportDraft;

  it("rejects a malformed draft, and reads back only the exact text it wrote", () => {
    expect(() => checkDraft({ ...draft, findings: [{ ...draft.findings[0]!, ruleId: "Bad Rule" }] })).toThrow(
      /ruleId/,
    );
    const text = serializeCheckedDraft(draft);
    expect(parseCheckedDraft(text)).toEqual(checkDraft(draft));
    expect(parseCheckedDraft(text.replace("one finding", "two findings"))).toBeNull();
    expect(parseCheckedDraft(text.slice(0, -1))).toBeNull();
    expect(parseCheckedDraft("no digest line")).toBeNull();
  });

  it("makes the same report from a draft read back as from the draft itself", () => {
    const meta = {
      agent: "analyze" as const,
      facts: { repo: "o/r", commit: "abc1234", ref: "refs/heads/main", pullRequest: null },
      event: { name: "push", payload: {} },
      startedAt: new Date("2026-12-01T00:00:00Z"),
      finishedAt: new Date("2026-12-01T00:00:01Z"),
    };
    const fromText = finishReport(parseCheckedDraft(serializeCheckedDraft(draft))!, meta);
    expect(fromText).toEqual(finishReport(draft, meta));
    expect(Report.parse(fromText)).toEqual(fromText);
    // The engine still checks a draft nobody checked.
    expect(() =>
      finishReport({ ...draft, sections: [{ id: "Not An Id", title: "t", blocks: [] }] }, meta),
    ).toThrow();
  });
});
