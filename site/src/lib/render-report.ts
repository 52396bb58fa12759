// A report as HTML, from the same mdast tree kit commits as Markdown: tree → hast → HTML, no re-parsing.
import { type Report, reportTree } from "@aetherstack/kit";
import type { Element, ElementContent, Root as HastRoot, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { toHast } from "mdast-util-to-hast";
import { serverUrl } from "./links.ts";

/** The body of a report page (findings are shown by the site's own table, as `target: "site"` asks). */
export function reportHtml(report: Report): string {
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
  return toHtml(hast);
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
