// One report, one mdast tree, shaped for where it is shown: committed file, job summary, PR comment, site.
import type { BlockContent, Root, RootContent } from "mdast";
import { countBySeverity } from "../report/compare.ts";
import type { Finding, Inline, Report } from "../report/schema.ts";
import { blockNodes, codeSpans, phrasing } from "./nodes.ts";

export type RenderTarget = "file" | "summary" | "comment" | "site";

export interface RenderOptions {
  target: RenderTarget;
  /** Base of file links; `https://github.com` unless on GitHub Enterprise Server. */
  serverUrl?: string;
  /** Largest number of rows in any table (the fitter lowers it to meet size limits). */
  maxRows?: number;
  /** Leave out the agent's sections (the last resort of the fitter). */
  omitSections?: boolean;
}

const agentTitles: Record<Report["agent"], string> = {
  analyze: "Analyze",
  docgen: "DocGen",
  testgen: "TestGen",
  sync: "Sync",
};

const severityLabel: Record<Finding["severity"], string> = {
  high: "🔴 high",
  medium: "🟠 medium",
  low: "🟡 low",
  info: "⚪ info",
};

/** Build the mdast tree for a report. */
export function reportTree(report: Report, options: RenderOptions): Root {
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const nodes: RootContent[] = [];
  const inPr = report.findings.some((f) => f.status !== undefined);
  if (options.target !== "site") {
    nodes.push(heading(1, `Aether · ${agentTitles[report.agent]}`));
  }
  nodes.push({
    type: "paragraph",
    children: [{ type: "strong", children: [{ type: "text", value: report.summary }] }],
  });
  nodes.push({
    type: "paragraph",
    children: [{ type: "emphasis", children: phrasing(provenance(report, options)) }],
  });
  for (const note of report.notes) nodes.push(...blockNodes({ type: "note", tone: "info", text: note }));

  const shownFindings =
    options.target === "comment" && inPr
      ? report.findings.filter((f) => f.status === "new")
      : report.findings;
  if (options.target !== "site") nodes.push(...findingsNodes(report, shownFindings, inPr, maxRows, options));
  if (report.fixed.length > 0 && options.target !== "site") {
    nodes.push(heading(2, `Fixed (${report.fixed.length})`));
    nodes.push(...findingsTable(report, report.fixed, false, maxRows, options));
  }
  if (report.insights.length > 0) nodes.push(...insightNodes(report, options));

  if (!options.omitSections) {
    const sections: RootContent[] = [];
    for (const section of report.sections) {
      sections.push(heading(2, section.title));
      for (const block of section.blocks) sections.push(...blockNodes(block, maxRows));
    }
    if (options.target === "comment" && sections.length > 0) {
      nodes.push({ type: "html", value: "<details>\n<summary>Full report</summary>" });
      nodes.push(...sections);
      nodes.push({ type: "html", value: "</details>" });
    } else {
      nodes.push(...sections);
    }
  }
  if (report.llm) nodes.push(...usageNodes(report.llm));
  nodes.push({
    type: "paragraph",
    children: [
      {
        type: "emphasis",
        children: [{ type: "text", value: `Report ${report.id} · AetherStack ${report.tool.version}` }],
      },
    ],
  });
  return { type: "root", children: nodes };
}

function heading(depth: 1 | 2 | 3, text: string): RootContent {
  return { type: "heading", depth, children: [{ type: "text", value: text }] };
}

function provenance(report: Report, options: RenderOptions): Inline[] {
  const parts: Inline[] = [];
  if (report.repo) parts.push(report.repo);
  if (report.commit) {
    const short = report.commit.slice(0, 7);
    parts.push(
      parts.length ? " at " : "",
      report.repo
        ? { text: short, href: `${server(options)}/${report.repo}/commit/${report.commit}` }
        : { code: short },
    );
  }
  if (report.pullRequest) parts.push(` · PR #${report.pullRequest.number}`);
  else if (report.ref) parts.push(` · ${report.ref.replace(/^refs\/(heads|tags)\//, "")}`);
  parts.push(` · ${report.event} · ${report.finishedAt.slice(0, 16).replace("T", " ")} UTC`);
  return parts.filter((p) => p !== "");
}

function server(options: RenderOptions): string {
  return (options.serverUrl ?? "https://github.com").replace(/\/$/, "");
}

/** A link to a file and line on GitHub when the repository is known, else the path as code. */
export function locationText(
  report: Report,
  finding: Pick<Finding, "location">,
  options: RenderOptions,
): Inline {
  const loc = finding.location;
  if (!loc) return "—";
  const label = loc.startLine ? `${loc.file}:${loc.startLine}` : loc.file;
  if (!report.repo || !report.commit) return { code: label };
  const lines = loc.startLine
    ? `#L${loc.startLine}${loc.endLine && loc.endLine !== loc.startLine ? `-L${loc.endLine}` : ""}`
    : "";
  return {
    text: label,
    href: `${server(options)}/${report.repo}/blob/${report.commit}/${encodeURI(loc.file)}${lines}`,
  };
}

function findingsNodes(
  report: Report,
  findings: Finding[],
  inPr: boolean,
  maxRows: number,
  options: RenderOptions,
): RootContent[] {
  const counts = countBySeverity(findings);
  const what = inPr && options.target === "comment" ? "New findings" : "Findings";
  const nodes: RootContent[] = [heading(2, `${what} (${findings.length})`)];
  if (findings.length === 0) {
    nodes.push({
      type: "paragraph",
      children: [
        {
          type: "text",
          value: inPr ? "Nothing new to report in this pull request. ✅" : "Nothing to report. ✅",
        },
      ],
    });
    return nodes;
  }
  const summary = (["high", "medium", "low", "info"] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`);
  nodes.push({ type: "paragraph", children: [{ type: "text", value: summary.join(" · ") }] });
  nodes.push(...findingsTable(report, findings, inPr, maxRows, options));
  return nodes;
}

const rank = { high: 0, medium: 1, low: 2, info: 3 } as const;

function findingsTable(
  report: Report,
  findings: Finding[],
  withStatus: boolean,
  maxRows: number,
  options: RenderOptions,
): BlockContent[] {
  const sorted = [...findings].sort((a, b) => rank[a.severity] - rank[b.severity]);
  const columns = withStatus ? ["Severity", "Status", "Where", "Finding"] : ["Severity", "Where", "Finding"];
  const rows = sorted.map((f) => {
    const message: Inline[] = [...codeSpans(f.message), " ", { code: f.ruleId }];
    if (f.suggestion) message.push(" — ", ...codeSpans(f.suggestion));
    const where = locationText(report, f, options);
    return withStatus
      ? [severityLabel[f.severity], f.status ?? "", [where], message]
      : [severityLabel[f.severity], [where], message];
  });
  return blockNodes({ type: "table", columns, rows }, maxRows);
}

function insightNodes(report: Report, options: RenderOptions): RootContent[] {
  const nodes: RootContent[] = [heading(2, "Insights")];
  nodes.push({
    type: "list",
    spread: false,
    ordered: false,
    children: report.insights.map((insight) => ({
      type: "listItem" as const,
      spread: false,
      children: [
        {
          type: "paragraph" as const,
          children: [
            { type: "strong" as const, children: [{ type: "text" as const, value: insight.title }] },
            { type: "text" as const, value: " " },
            ...phrasing(codeSpans(insight.body)),
            { type: "text" as const, value: " " },
            ...insight.citations.flatMap((c, i) => [
              ...(i > 0 ? [{ type: "text" as const, value: ", " }] : []),
              ...phrasing([locationText(report, { location: { file: c.file, startLine: c.line } }, options)]),
            ]),
          ],
        },
      ],
    })),
  });
  return nodes;
}

function usageNodes(llm: NonNullable<Report["llm"]>): RootContent[] {
  const cost = llm.costUsd === null ? "no price for this model" : `$${llm.costUsd.toFixed(4)}`;
  const parts = [
    `${llm.provider} · ${llm.model}`,
    `${llm.calls} call${llm.calls === 1 ? "" : "s"}${llm.cached ? ` (${llm.cached} from cache)` : ""}`,
    `${llm.inputTokens} tokens in, ${llm.outputTokens} out`,
    cost,
  ];
  if (llm.droppedClaims > 0)
    parts.push(`${llm.droppedClaims} unverifiable claim${llm.droppedClaims === 1 ? "" : "s"} dropped`);
  const nodes: RootContent[] = [
    heading(3, "Model usage"),
    { type: "paragraph", children: [{ type: "text", value: parts.join(" · ") }] },
  ];
  if (llm.leftOut.length > 0) {
    nodes.push(
      ...blockNodes({
        type: "note",
        tone: "info",
        text: `Left out to fit the context budget: ${llm.leftOut.join("; ")}`,
      }),
    );
  }
  return nodes;
}
