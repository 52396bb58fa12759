// The complexity section, findings and metrics, from the functions measured in each JS/TS file.
import {
  type Block,
  compareText,
  type Finding,
  fingerprint,
  type Section,
  type Severity,
  type Text,
} from "@aetherstack/kit";
import type { FileFacts, FunctionFacts } from "../facts.ts";
import { keepFirst } from "../first-rows.ts";

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

/** A function with the file it is in: a row of the worst-functions table. */
interface Located {
  fn: FunctionFacts;
  file: string;
}

/**
 * Summarise complexity across files.
 *
 * A function over both thresholds is reported once, for cognitive complexity: it is the measure
 * that says how hard the code is to read, and two findings for one function are noise.
 *
 * One pass over every function, with no copy of each: a repository has tens of thousands, and a
 * PR run rebuilds this section from all of them.
 */
export function complexityReport(facts: FileFacts[], thresholds: ComplexityThresholds): ComplexityReport {
  const analysed = facts.filter((file) => file.functions !== undefined || file.parseError !== undefined);
  const failed = analysed.filter((file) => file.parseError !== undefined);
  const findings: Finding[] = [];
  const worst: Located[] = [];
  let functions = 0;
  let cognitiveTotal = 0;
  let cognitiveMax = 0;
  for (const file of analysed) {
    const list = file.functions ?? [];
    functions += list.length;
    let flagged = false;
    for (const fn of list) {
      cognitiveTotal += fn.cognitive;
      if (fn.cognitive > cognitiveMax) cognitiveMax = fn.cognitive;
      keepWorst(worst, fn, file.path);
      flagged ||= isFlagged(fn, thresholds);
    }
    if (flagged) findings.push(...fileFindings(file, thresholds));
  }
  findings.push(...failed.map(parseErrorFinding));
  const metrics = {
    "complexity.functions": functions,
    "complexity.cognitive.total": cognitiveTotal,
    "complexity.cognitive.max": cognitiveMax,
    "complexity.cognitive.mean": functions ? round2(cognitiveTotal / functions) : 0,
    "complexity.files.parsed": analysed.length - failed.length,
    "complexity.files.failed": failed.length,
  };
  const blocks: Block[] = [
    coverageParagraph(facts, analysed.length, functions),
    ...worstTable(worst, functions),
    thresholdsParagraph(thresholds),
    ...parseErrorBlocks(failed),
  ];
  return { section: { id: "complexity", title: "Complexity", blocks }, findings, metrics };
}

/** Table order: most complex first, then by place. */
function worseFirst(a: Located, b: Located): number {
  return (
    b.fn.cognitive - a.fn.cognitive ||
    b.fn.cyclomatic - a.fn.cyclomatic ||
    compareText(a.file, b.file) ||
    a.fn.startLine - b.fn.startLine
  );
}

/** Keep `worst` the WORST_SHOWN worst functions seen so far, in table order. */
function keepWorst(worst: Located[], fn: FunctionFacts, file: string): void {
  const last = worst[WORST_SHOWN - 1];
  // Most functions are simpler than the table's last row: turned away before anything is built.
  if (last && fn.cognitive < last.fn.cognitive) return;
  keepFirst(worst, { fn, file }, WORST_SHOWN, worseFirst);
}

function isFlagged(fn: FunctionFacts, thresholds: ComplexityThresholds): boolean {
  return (
    severityFor(fn.cognitive, thresholds.cognitive) !== null ||
    severityFor(fn.cyclomatic, thresholds.cyclomatic) !== null
  );
}

/**
 * The findings of a file's functions. A fingerprint key is the qualified name without `@line`,
 * plus an occurrence index when the name repeats in the file, so it is worked out in file order.
 */
function fileFindings(file: FileFacts, thresholds: ComplexityThresholds): Finding[] {
  const seen = new Map<string, number>();
  const findings: Finding[] = [];
  for (const fn of file.functions ?? []) {
    const base = fn.name.includes("@") ? fn.name.replace(/@\d+/g, "") : fn.name;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    const finding = functionFinding(fn, file.path, occurrence ? `${base}#${occurrence}` : base, thresholds);
    if (finding) findings.push(finding);
  }
  return findings;
}

function severityFor(value: number, threshold: number): Severity | null {
  if (threshold <= 0 || value < threshold) return null;
  return value >= 2 * threshold ? "high" : "medium";
}

function functionFinding(
  fn: FunctionFacts,
  file: string,
  key: string,
  thresholds: ComplexityThresholds,
): Finding | null {
  const location = { file, startLine: fn.startLine, endLine: fn.endLine };
  const cognitive = severityFor(fn.cognitive, thresholds.cognitive);
  if (cognitive) {
    return {
      ruleId: "complexity/cognitive",
      severity: cognitive,
      message: `\`${fn.name}\` has cognitive complexity ${fn.cognitive} (threshold ${thresholds.cognitive})`,
      location,
      fingerprint: fingerprint("complexity/cognitive", file, key),
      suggestion: "Flatten it: return early, and move nested branches and loops into named helpers.",
    };
  }
  const cyclomatic = severityFor(fn.cyclomatic, thresholds.cyclomatic);
  if (!cyclomatic) return null;
  return {
    ruleId: "complexity/cyclomatic",
    severity: cyclomatic,
    message: `\`${fn.name}\` has cyclomatic complexity ${fn.cyclomatic} (threshold ${thresholds.cyclomatic})`,
    location,
    fingerprint: fingerprint("complexity/cyclomatic", file, key),
    suggestion: "Split it by case: a lookup table or one function per branch needs fewer tests to cover.",
  };
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
      .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
      .slice(0, OTHER_LANGUAGES_NAMED)
      .map(([language, count]) => `${language} ${count}`);
    const more = others.size > OTHER_LANGUAGES_NAMED ? ", …" : "";
    text.push(
      ` ${otherCount} ${plural(otherCount, "file")} in other languages got line counts only (${named.join(", ")}${more}).`,
    );
  }
  return { type: "paragraph", text };
}

function worstTable(worst: Located[], functions: number): Block[] {
  if (functions === 0) return [];
  return [
    {
      type: "table",
      columns: ["Function", "Location", "Cognitive", "Cyclomatic", "Lines"],
      align: ["left", "left", "right", "right", "right"],
      rows: worst.map(({ fn, file }) => [
        [{ code: fn.name }],
        `${file}:${fn.startLine}`,
        String(fn.cognitive),
        String(fn.cyclomatic),
        String(fn.endLine - fn.startLine + 1),
      ]),
      ...(functions > WORST_SHOWN ? { omitted: functions - WORST_SHOWN } : {}),
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
