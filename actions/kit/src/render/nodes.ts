// Report blocks to mdast nodes. Text stays structured until remark-stringify escapes it.
import type { BlockContent, PhrasingContent, Table, TableCell } from "mdast";
import type { Block, Inline, Text } from "../report/schema.ts";

/** Phrasing nodes for a report `Text`. */
export function phrasing(text: Text): PhrasingContent[] {
  const parts: Inline[] = typeof text === "string" ? [text] : text;
  return parts.map((part): PhrasingContent => {
    if (typeof part === "string") return { type: "text", value: part };
    if ("code" in part) return { type: "inlineCode", value: part.code };
    if ("strong" in part) return { type: "strong", children: [{ type: "text", value: part.strong }] };
    return { type: "link", url: part.href, children: [{ type: "text", value: part.text }] };
  });
}

/** Plain text where `backticks` mark code, as finding messages are written. */
export function codeSpans(text: string): Inline[] {
  return text
    .split(/(`[^`\n]+`)/)
    .filter(Boolean)
    .map((part) => (/^`[^`]+`$/.test(part) ? { code: part.slice(1, -1) } : part));
}

/** A GFM table from column names and rows. */
export function table(columns: string[], rows: Text[][], align?: ("left" | "right" | "center")[]): Table {
  const cell = (t: Text): TableCell => ({ type: "tableCell", children: phrasing(t) });
  return {
    type: "table",
    align: align ?? columns.map(() => null),
    children: [
      { type: "tableRow", children: columns.map((c) => cell(c)) },
      ...rows.map((r) => ({ type: "tableRow" as const, children: r.map(cell) })),
    ],
  };
}

/** mdast for one report block. `maxRows` trims tables, saying how many rows were left out. */
export function blockNodes(block: Block, maxRows = Number.POSITIVE_INFINITY): BlockContent[] {
  switch (block.type) {
    case "paragraph":
      return [{ type: "paragraph", children: phrasing(block.text) }];
    case "list":
      return [
        {
          type: "list",
          ordered: block.ordered ?? false,
          spread: false,
          children: block.items.map((item) => ({
            type: "listItem",
            spread: false,
            children: [{ type: "paragraph", children: phrasing(item) }],
          })),
        },
      ];
    case "table": {
      const shown = block.rows.slice(0, maxRows);
      const omitted = (block.omitted ?? 0) + (block.rows.length - shown.length);
      const nodes: BlockContent[] = [table(block.columns, shown, block.align)];
      if (omitted > 0) {
        nodes.push({
          type: "paragraph",
          children: [{ type: "emphasis", children: [{ type: "text", value: `${omitted} more not shown.` }] }],
        });
      }
      return nodes;
    }
    case "code":
      return [{ type: "code", lang: block.lang ?? null, value: block.text }] as BlockContent[];
    case "note":
      return [
        {
          type: "blockquote",
          children: [
            {
              type: "paragraph",
              children: [
                {
                  type: "strong",
                  children: [{ type: "text", value: block.tone === "warning" ? "Warning:" : "Note:" }],
                },
                { type: "text", value: " " },
                ...phrasing(block.text),
              ],
            },
          ],
        },
      ];
  }
}
