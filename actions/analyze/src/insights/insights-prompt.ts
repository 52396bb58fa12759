// What Analyze asks the model: the deterministic report as facts, code snippets and the PR, all as data.
import type { ContextPart, EventInfo, Finding, ReportDraft } from "@aetherstack/kit";
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
