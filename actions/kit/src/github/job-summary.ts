// The job summary: the report rendered for the summary, then what publishing did, all from mdast.
import { appendFile } from "node:fs/promises";
import type { ListItem, Root } from "mdast";
import { renderReport, sizeLimits, stringifyMarkdown } from "../render/markdown.ts";
import type { Report } from "../report/schema.ts";
import { describeOutcome, type TargetOutcome } from "./result.ts";

/** The "Published to" part of the summary, as mdast. */
export function outcomesTree(outcomes: readonly TargetOutcome[]): Root {
  const icon = { published: "✅", skipped: "⏭️", failed: "❌" } as const;
  return {
    type: "root",
    children: [
      { type: "heading", depth: 3, children: [{ type: "text", value: "Publishing" }] },
      {
        type: "list",
        ordered: false,
        spread: false,
        children: outcomes.map(
          (o): ListItem => ({
            type: "listItem",
            spread: false,
            children: [
              {
                type: "paragraph",
                children: [{ type: "text", value: `${icon[o.status]} ${describeOutcome(o)}` }],
              },
            ],
          }),
        ),
      },
    ],
  };
}

/** Append the summary to the step summary file ($GITHUB_STEP_SUMMARY, passed in by the host). */
export async function writeJobSummary(
  file: string,
  report: Report,
  outcomes: readonly TargetOutcome[],
  serverUrl?: string,
): Promise<number> {
  const tail = stringifyMarkdown(outcomesTree(outcomes));
  const body = renderReport(report, {
    target: "summary",
    serverUrl,
    limit: sizeLimits.summary - tail.length - 2,
  });
  const text = `${body}\n${tail}`;
  await appendFile(file, text, "utf8");
  return text.length;
}
