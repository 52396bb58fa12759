// What Analyze asks the model: the deterministic report as facts, code snippets and the PR, all as data.
import type { Block, ContextPart, EventInfo, Finding, ReportDraft, Section, Text } from "@aetherstack/kit";
import type { Snippet } from "./snippets.ts";

export const INSIGHTS_INSTRUCTIONS = [
  "You review a code repository for Aether Analyze. Below are the deterministic results of its analysis",
  "(summary, metrics, findings) and numbered code snippets of its hotspots and most complex functions.",
  "Write at most 5 items: `insight` explains what the results mean for this codebase (connect findings,",
  "do not restate them one by one); `suggestion` names one concrete next change and why.",
  "Every item cites at least one file and line taken from the snippets, and `quote` copies a short",
  "fragment (under 80 characters) exactly from that line. Never invent files, lines or numbers.",
  "Write plain sentences; put file paths and identifiers in backticks. Keep each body under 80 words.",
].join(" ");

const MAX_FINDINGS = 40;

function findingLine(f: Finding): string {
  const where = f.location
    ? ` ${f.location.file}${f.location.startLine ? `:${f.location.startLine}` : ""}`
    : "";
  return `- [${f.severity}] ${f.ruleId}${where}: ${f.message}`;
}

/** The context parts, by priority: the report's facts first, then snippets by rank, then the PR. */
export function insightsContext(draft: ReportDraft, snippets: Snippet[], event: EventInfo): ContextPart[] {
  const metrics = Object.entries(draft.metrics)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n");
  const parts: ContextPart[] = [
    {
      label: "Analyze summary and metrics",
      text: `${draft.summary}\n\n${metrics}`,
      priority: 100,
      required: true,
    },
  ];
  if (draft.findings.length > 0) {
    const shown = draft.findings.slice(0, MAX_FINDINGS).map(findingLine);
    const more = draft.findings.length - shown.length;
    parts.push({
      label: "Analyze findings",
      text: shown.join("\n") + (more > 0 ? `\n(${more} more findings not shown)` : ""),
      priority: 90,
    });
  }
  snippets.forEach((s, rank) => {
    parts.push({
      label: `${s.file} lines ${s.startLine}-${s.endLine}`,
      file: s.file,
      text: `Shown because: ${s.reason}\n${s.text}`,
      priority: 80 - rank,
    });
  });
  draft.sections.forEach((section, index) => {
    const text = sectionText(section);
    if (text) parts.push({ label: `Analyze section "${section.title}"`, text, priority: 50 - index });
  });
  const pr = pullRequest(event);
  if (pr) parts.push({ label: "Pull request title and description", text: pr, priority: 10 });
  return parts;
}

function pullRequest(event: EventInfo): string | null {
  const pr = event.payload.pull_request as { title?: unknown; body?: unknown } | undefined;
  if (!pr) return null;
  const title = typeof pr.title === "string" ? pr.title : "";
  const body = typeof pr.body === "string" ? pr.body : "";
  return title || body ? `${title}\n\n${body}`.trim() : null;
}

const SECTION_ROWS = 5;

/** A section as plain lines: paragraphs, list items and the first rows of tables. */
function sectionText(section: Section): string {
  return section.blocks.map(blockText).filter(Boolean).join("\n");
}

function blockText(block: Block): string {
  switch (block.type) {
    case "paragraph":
    case "note":
      return plain(block.text);
    case "list":
      return block.items.map((item) => `- ${plain(item)}`).join("\n");
    case "table": {
      const rows = block.rows.slice(0, SECTION_ROWS).map((row) => row.map(plain).join(" | "));
      const more = block.rows.length - rows.length + (block.omitted ?? 0);
      return [block.columns.join(" | "), ...rows, ...(more > 0 ? [`(${more} more rows)`] : [])].join("\n");
    }
    case "code":
      return "";
  }
}

function plain(text: Text): string {
  if (typeof text === "string") return text;
  return text
    .map((part) => {
      if (typeof part === "string") return part;
      if ("code" in part) return `\`${part.code}\``;
      if ("strong" in part) return part.strong;
      return part.text;
    })
    .join("");
}
