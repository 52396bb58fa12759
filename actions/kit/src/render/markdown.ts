// The last step, tree to text, and the size limits of the places reports go.
import type { Root } from "mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import remarkStringify from "remark-stringify";
import { type Processor, unified } from "unified";
import type { Report } from "../report/schema.ts";
import { type RenderOptions, type RenderTarget, reportTree } from "./report-tree.ts";

/**
 * GFM (tables, strikethrough, task lists) for writing only: remark-gfm's serialising half. Reports
 * are never parsed here, so micromark's GFM parser (forty modules) is not loaded.
 */
function gfmStringify(this: Processor) {
  const data = this.data();
  data.toMarkdownExtensions ??= [];
  data.toMarkdownExtensions.push(gfmToMarkdown({ tablePipeAlign: false }));
}

const processor = unified().use(gfmStringify).use(remarkStringify, { bullet: "-", fences: true, rule: "-" });

/** Serialise an mdast tree to GFM Markdown. */
export function stringifyMarkdown(tree: Root): string {
  return processor.stringify(tree);
}

/**
 * Size limits, in characters, with room for our sticky-comment marker:
 * PR comments 65,536 (422 above it); check-run summaries 65,535; job summaries 1 MiB per step.
 */
export const sizeLimits: Record<RenderTarget, number> = {
  comment: 65_000,
  summary: 1_000_000,
  file: Number.POSITIVE_INFINITY,
  site: Number.POSITIVE_INFINITY,
};

/** Render a report to Markdown for a target, shrinking tables (then dropping sections) to fit its limit. */
export function renderReport(report: Report, options: RenderOptions & { limit?: number }): string {
  const limit = options.limit ?? sizeLimits[options.target];
  const attempts: Partial<RenderOptions>[] = [
    {},
    { maxRows: 50 },
    { maxRows: 20 },
    { maxRows: 5 },
    { maxRows: 5, omitSections: true },
    { maxRows: 0, omitSections: true },
  ];
  let text = "";
  for (const attempt of attempts) {
    text = stringifyMarkdown(reportTree(report, { ...options, ...attempt }));
    if (text.length <= limit) return text;
  }
  return `${text.slice(0, Math.max(0, limit - 40))}\n\n_Report truncated to fit._\n`;
}
