// The complexity section, findings and metrics, from the functions measured in each JS/TS file.
import {
  type Block,
  type Finding,
  fingerprint,
  type Section,
  type Severity,
  type Text,
} from "@aetherstack/kit";
import type { FileFacts, FunctionFacts } from "../facts.ts";

export interface ComplexityThresholds {
  cognitive: number;
  cyclomatic: number;
}

export interface ComplexityReport {
  section: Section;
  findings: Finding[];
  metrics: Record<string, number>;
}

/** Rows of the worst-functions table. */
const WORST_SHOWN = 15;
/** Parse errors listed in the section; the rest are counted. */
const PARSE_ERRORS_SHOWN = 20;
const OTHER_LANGUAGES_NAMED = 5;

interface MeasuredFunction extends FunctionFacts {
  file: string;
  /** Fingerprint key: the qualified name without `@line`, plus an occurrence index for repeats. */
  key: string;
}

/**
 * Summarise complexity across files.
 *
 * A function over both thresholds is reported once, for cognitive complexity: it is the measure
 * that says how hard the code is to read, and two findings for one function are noise.
 */
export function complexityReport(facts: FileFacts[], thresholds: ComplexityThresholds): ComplexityReport {
  const analysed = facts.filter((file) => file.functions !== undefined || file.parseError !== undefined);
  const measured = analysed.flatMap(measuredFunctions);
  const failed = analysed.filter((file) => file.parseError !== undefined);
  const findings = [
    ...measured.flatMap((fn) => functionFindings(fn, thresholds)),
    ...failed.map(parseErrorFinding),
  ];
  const cognitiveTotal = measured.reduce((sum, fn) => sum + fn.cognitive, 0);
  const metrics = {
    "complexity.functions": measured.length,
    "complexity.cognitive.total": cognitiveTotal,
    "complexity.cognitive.max": measured.reduce((max, fn) => Math.max(max, fn.cognitive), 0),
    "complexity.cognitive.mean": measured.length ? round2(cognitiveTotal / measured.length) : 0,
    "complexity.files.parsed": analysed.length - failed.length,
    "complexity.files.failed": failed.length,
  };
  const blocks: Block[] = [
    coverageParagraph(facts, analysed.length, measured.length),
    ...worstTable(measured),
    thresholdsParagraph(thresholds),
    ...parseErrorBlocks(failed),
  ];
  return { section: { id: "complexity", title: "Complexity", blocks }, findings, metrics };
}

function measuredFunctions(file: FileFacts): MeasuredFunction[] {
  const seen = new Map<string, number>();
  return (file.functions ?? []).map((fn) => {
    const base = fn.name.replace(/@\d+/g, "");
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return { ...fn, file: file.path, key: occurrence ? `${base}#${occurrence}` : base };
  });
}

function severityFor(value: number, threshold: number): Severity | null {
  if (threshold <= 0 || value < threshold) return null;
  return value >= 2 * threshold ? "high" : "medium";
}

function functionFindings(fn: MeasuredFunction, thresholds: ComplexityThresholds): Finding[] {
  const location = { file: fn.file, startLine: fn.startLine, endLine: fn.endLine };
  const cognitive = severityFor(fn.cognitive, thresholds.cognitive);
  if (cognitive) {
    return [
      {
        ruleId: "complexity/cognitive",
        severity: cognitive,
        message: `\`${fn.name}\` has cognitive complexity ${fn.cognitive} (threshold ${thresholds.cognitive})`,
        location,
        fingerprint: fingerprint("complexity/cognitive", fn.file, fn.key),
        suggestion: "Flatten it: return early, and move nested branches and loops into named helpers.",
      },
    ];
  }
  const cyclomatic = severityFor(fn.cyclomatic, thresholds.cyclomatic);
  if (!cyclomatic) return [];
  return [
    {
      ruleId: "complexity/cyclomatic",
      severity: cyclomatic,
      message: `\`${fn.name}\` has cyclomatic complexity ${fn.cyclomatic} (threshold ${thresholds.cyclomatic})`,
      location,
      fingerprint: fingerprint("complexity/cyclomatic", fn.file, fn.key),
      suggestion: "Split it by case: a lookup table or one function per branch needs fewer tests to cover.",
    },
  ];
}

function parseErrorFinding(file: FileFacts): Finding {
  const error = file.parseError!;
  return {
    ruleId: "syntax/parse-error",
    severity: "medium",
    message: `\`${file.path}\` could not be parsed: ${error.message} (line ${error.line})`,
    location: { file: file.path, startLine: error.line },
    // One per file: the message changes as the error is edited, the file is what the finding is about.
    fingerprint: fingerprint("syntax/parse-error", file.path, "parse-error"),
    suggestion: "Fix the syntax error; complexity after it is not measured.",
  };
}

function coverageParagraph(facts: FileFacts[], analysed: number, functions: number): Block {
  const others = new Map<string, number>();
  for (const file of facts) {
    if (file.functions !== undefined || file.parseError !== undefined) continue;
    const language = file.language ?? "unknown language";
    others.set(language, (others.get(language) ?? 0) + 1);
  }
  const otherCount = facts.length - analysed;
  const text: Text = [
    `Functions are measured for JavaScript, TypeScript, JSX and TSX: ${analysed} ${plural(analysed, "file")}, ${functions} ${plural(functions, "function")}.`,
  ];
  if (otherCount > 0) {
    const named = [...others]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, OTHER_LANGUAGES_NAMED)
      .map(([language, count]) => `${language} ${count}`);
    const more = others.size > OTHER_LANGUAGES_NAMED ? ", …" : "";
    text.push(
      ` ${otherCount} ${plural(otherCount, "file")} in other languages got line counts only (${named.join(", ")}${more}).`,
    );
  }
  return { type: "paragraph", text };
}

function worstTable(measured: MeasuredFunction[]): Block[] {
  if (measured.length === 0) return [];
  const worst = [...measured]
    .sort(
      (a, b) =>
        b.cognitive - a.cognitive ||
        b.cyclomatic - a.cyclomatic ||
        a.file.localeCompare(b.file) ||
        a.startLine - b.startLine,
    )
    .slice(0, WORST_SHOWN);
  return [
    {
      type: "table",
      columns: ["Function", "Location", "Cognitive", "Cyclomatic", "Lines"],
      align: ["left", "left", "right", "right", "right"],
      rows: worst.map((fn) => [
        [{ code: fn.name }],
        `${fn.file}:${fn.startLine}`,
        String(fn.cognitive),
        String(fn.cyclomatic),
        String(fn.endLine - fn.startLine + 1),
      ]),
      ...(measured.length > WORST_SHOWN ? { omitted: measured.length - WORST_SHOWN } : {}),
    },
  ];
}

function thresholdsParagraph(thresholds: ComplexityThresholds): Block {
  return {
    type: "paragraph",
    text: `Findings at cognitive complexity ${thresholds.cognitive} or cyclomatic complexity ${thresholds.cyclomatic} (high at twice that); a function over both is reported once, for cognitive complexity.`,
  };
}

function parseErrorBlocks(failed: FileFacts[]): Block[] {
  if (failed.length === 0) return [];
  const items: Text[] = failed
    .slice(0, PARSE_ERRORS_SHOWN)
    .map((file) => [{ code: `${file.path}:${file.parseError!.line}` }, ` ${file.parseError!.message}`]);
  if (failed.length > PARSE_ERRORS_SHOWN) items.push(`…and ${failed.length - PARSE_ERRORS_SHOWN} more`);
  return [
    {
      type: "note",
      tone: "warning",
      text: `${failed.length} ${plural(failed.length, "file")} could not be parsed completely; only what came before the error (or what the parser recovered) was measured.`,
    },
    { type: "list", items },
  ];
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
