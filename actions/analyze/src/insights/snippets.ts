// Numbered code around the findings worth explaining: top hotspots and complexity findings.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Finding } from "@aetherstack/kit";

/** Code the model may cite, with line numbers as in the file. */
export interface Snippet {
  file: string;
  startLine: number;
  endLine: number;
  /** `  12 | code` lines. */
  text: string;
  /** Why it was chosen: the finding's message. */
  reason: string;
}

const SNIPPET_RULES = ["history/hotspot", "complexity/cognitive", "complexity/cyclomatic"];
const MAX_SNIPPETS = 8;
const MAX_LINES = 60;
const LEAD_LINES = 2;
const severityRank = { high: 0, medium: 1, low: 2, info: 3 } as const;

/** The findings whose code is shown: hotspots and complexity, most severe first, one per file and line. */
export function snippetFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings
    .filter((f) => f.location && SNIPPET_RULES.includes(f.ruleId))
    .sort(
      (a, b) =>
        severityRank[a.severity] - severityRank[b.severity] ||
        SNIPPET_RULES.indexOf(a.ruleId) - SNIPPET_RULES.indexOf(b.ruleId),
    )
    .filter((f) => {
      const key = `${f.location?.file}:${f.location?.startLine ?? 1}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_SNIPPETS);
}

/** Read the snippet of each finding from the workspace; unreadable files are skipped. */
export async function readSnippets(workspace: string, findings: Finding[]): Promise<Snippet[]> {
  const snippets: Snippet[] = [];
  for (const finding of snippetFindings(findings)) {
    const location = finding.location!;
    let text: string;
    try {
      text = await readFile(path.join(workspace, location.file), "utf8");
    } catch {
      continue;
    }
    const lines = text.split(/\r?\n/);
    const first = Math.min(Math.max(1, location.startLine ?? 1), lines.length);
    // A few lines above: the comment or decorator that introduces the code.
    const start = Math.max(1, first - LEAD_LINES);
    const end = Math.min(lines.length, location.endLine ?? first + MAX_LINES - 1, start + MAX_LINES - 1);
    const width = String(end).length;
    const numbered = lines
      .slice(start - 1, end)
      .map((line, i) => `${String(start + i).padStart(width)} | ${line}`)
      .join("\n");
    snippets.push({
      file: location.file,
      startLine: start,
      endLine: end,
      text: numbered,
      reason: finding.message,
    });
  }
  return snippets;
}
