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
  hast.children = hast.children.map((node) => dress(node, sectionIds));
  return toHtml(hast);
}

/** Small, site-only touches: anchors on section headings, tables that scroll on a phone. */
function dress(node: RootContent, sectionIds: Map<string, string>): RootContent {
  if (node.type !== "element") return node;
  if (node.tagName === "h2") {
    const id = sectionIds.get(textOf(node)) ?? slug(textOf(node));
    node.properties = { ...node.properties, id };
    return node;
  }
  if (node.tagName === "table") {
    const label = "Table, scrolls sideways";
    return {
      type: "element",
      tagName: "div",
      properties: { className: ["table-scroll"], role: "region", tabIndex: 0, ariaLabel: label },
      children: [node],
    };
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
