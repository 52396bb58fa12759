// A report as HTML, from the same mdast tree kit commits as Markdown: tree → hast → HTML, no re-parsing.
import { type Report, reportTree } from "@aetherstack/kit";
import type { Element, ElementContent, Root as HastRoot, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { toHast } from "mdast-util-to-hast";
import { serverUrl } from "./links.ts";

export interface ReportHtml {
  /** Summary, provenance and notes: what comes before the first section. */
  lead: string;
  /** Insights, sections and model usage. */
  sections: string;
}

/**
 * The body of a report page, split where the site puts its own findings table (the committed
 * Markdown has findings there too; `target: "site"` leaves them to the page).
 */
export function reportHtml(report: Report): ReportHtml {
  const tree = reportTree(report, { target: "site", serverUrl: serverUrl() });
  const hast = toHast(tree) as HastRoot;
  const sectionIds = new Map(report.sections.map((s) => [s.title, s.id]));
  const labels = new Map<string, number>();
  let section = "Report";
  hast.children = hast.children.map((node) => {
    if (node.type === "element" && node.tagName === "h2") section = textOf(node);
    if (node.type === "element" && node.tagName === "table") {
      // Each scrolling table is a landmark, so each needs its own name.
      const n = (labels.get(section) ?? 0) + 1;
      labels.set(section, n);
      return scrollable(node, n === 1 ? `${section} table` : `${section} table ${n}`);
    }
    return dress(node, sectionIds);
  });
  const split = hast.children.findIndex((n) => n.type === "element" && n.tagName === "h2");
  const at = split === -1 ? hast.children.length : split;
  return {
    lead: toHtml({ type: "root", children: hast.children.slice(0, at) }),
    sections: toHtml({ type: "root", children: hast.children.slice(at) }),
  };
}

function scrollable(table: Element, label: string): Element {
  return {
    type: "element",
    tagName: "div",
    properties: { className: ["table-scroll"], role: "region", tabIndex: 0, ariaLabel: label },
    children: [table],
  };
}

/** Small, site-only touches: anchors on section headings, notes styled as notes. */
function dress(node: RootContent, sectionIds: Map<string, string>): RootContent {
  if (node.type !== "element") return node;
  if (node.tagName === "h2") {
    const id = sectionIds.get(textOf(node)) ?? slug(textOf(node));
    node.properties = { ...node.properties, id };
    return node;
  }
  if (node.tagName === "blockquote") node.properties = { ...node.properties, className: ["note"] };
  node.children = node.children.map((c) => dress(c, sectionIds) as ElementContent);
  return node;
}

function textOf(node: Element | ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
