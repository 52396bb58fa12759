// The languages section and the inventory's headline numbers, from the facts of every file.
import { type Block, compareText, type Inline, type Section } from "@aetherstack/kit";
import type { FileFacts, SkippedFiles } from "../facts.ts";

interface LanguageTotals {
  language: string;
  files: number;
  code: number;
  comment: number;
  blank: number;
}

const MAX_ROWS = 25;

/** Per-language totals, most code first; files of no known language are left out. */
export function languageTotals(facts: FileFacts[]): LanguageTotals[] {
  const totals = new Map<string, LanguageTotals>();
  for (const file of facts) {
    if (!file.language) continue;
    const row = totals.get(file.language) ?? {
      language: file.language,
      files: 0,
      code: 0,
      comment: 0,
      blank: 0,
    };
    row.files++;
    row.code += file.lines.code;
    row.comment += file.lines.comment;
    row.blank += file.lines.blank;
    totals.set(file.language, row);
  }
  return [...totals.values()].sort((a, b) => b.code - a.code || compareText(a.language, b.language));
}

/** The `languages` section: a table per language and a line saying what was left out and why. */
export function languagesSection(facts: FileFacts[], skipped: SkippedFiles): Section {
  const totals = languageTotals(facts);
  const n = (value: number) => value.toLocaleString("en-US");
  const blocks: Block[] = [];
  if (totals.length === 0) {
    blocks.push({ type: "paragraph", text: "No source files in a known language." });
  } else {
    blocks.push({
      type: "table",
      columns: ["Language", "Files", "Code", "Comment", "Blank"],
      align: ["left", "right", "right", "right", "right"],
      rows: totals
        .slice(0, MAX_ROWS)
        .map((t) => [t.language, n(t.files), n(t.code), n(t.comment), n(t.blank)]),
      ...(totals.length > MAX_ROWS ? { omitted: totals.length - MAX_ROWS } : {}),
    });
  }
  const unknown = facts.filter((f) => !f.language).length;
  const leftOut = skippedText(skipped, unknown);
  if (leftOut) blocks.push({ type: "paragraph", text: leftOut });
  return { id: "languages", title: "Languages", blocks };
}

const REASONS: { key: keyof Omit<SkippedFiles, "examples">; words: string; examples: string[] }[] = [
  {
    key: "vendored",
    words: "vendored (third-party folders such as node_modules/, vendor/, dist/)",
    examples: ["vendored"],
  },
  {
    key: "generated",
    words: "generated (lock files, minified or marked generated)",
    examples: ["generated"],
  },
  { key: "binary", words: "binary", examples: ["binary"] },
  { key: "ignored", words: "ignored (.gitignore or the exclude setting)", examples: ["ignored"] },
  {
    key: "other",
    words: "other (symlinks, submodules or nested repositories, unreadable files)",
    examples: ["symlink", "submodule", "unreadable"],
  },
];

function skippedText(skipped: SkippedFiles, unknown: number): Inline[] | null {
  const parts: Inline[][] = [];
  for (const reason of REASONS) {
    const count = skipped[reason.key];
    if (!count) continue;
    const examples = reason.examples.flatMap((key) => skipped.examples[key] ?? []).slice(0, 3);
    const part: Inline[] = [`${count.toLocaleString("en-US")} ${reason.words}`];
    if (examples.length) {
      part.push(", e.g. ");
      examples.forEach((example, i) => {
        if (i > 0) part.push(", ");
        part.push({ code: example });
      });
    }
    parts.push(part);
  }
  if (unknown)
    parts.push([`${unknown.toLocaleString("en-US")} in no language linguist knows (listed, not counted)`]);
  if (parts.length === 0) return null;
  const text: Inline[] = ["Left out of the counts: "];
  parts.forEach((part, i) => {
    text.push(...(i > 0 ? ["; ", ...part] : part));
  });
  text.push(".");
  return text;
}

/** Headline numbers: files, code/comment/blank lines, TODO-style markers, and code lines per language. */
export function inventoryMetrics(facts: FileFacts[]): Record<string, number> {
  const totals = languageTotals(facts);
  const metrics: Record<string, number> = {
    files: facts.length,
    "lines.code": totals.reduce((sum, t) => sum + t.code, 0),
    "lines.comment": totals.reduce((sum, t) => sum + t.comment, 0),
    "lines.blank": totals.reduce((sum, t) => sum + t.blank, 0),
    "markers.todo": facts.reduce((sum, f) => sum + f.markers.length, 0),
  };
  for (const t of totals) metrics[`lines.code.${t.language}`] = t.code;
  return metrics;
}
