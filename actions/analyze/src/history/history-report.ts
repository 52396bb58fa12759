// Analyze's history part of the report: churn, hotspots and ownership sections, their findings and metrics.
import type { Finding, Section, Text } from "@aetherstack/kit";
import type { FileFacts, HistoryFacts } from "../facts.ts";
import { findHotspots, type Hotspot, hotspotFindings, hotspotsSection, overFloor } from "./hotspots.ts";
import { mostChanged } from "./most-changed.ts";
import { BUS_FACTOR_RULE, busFactorFindings, folderOwnership, ownershipSection } from "./ownership.ts";

export type { Hotspot } from "./hotspots.ts";

/** Sections, findings and metrics from the window's history and today's files; `hotspots` feeds suggestions. */
export function historyReport(
  history: HistoryFacts,
  facts: FileFacts[],
): { sections: Section[]; findings: Finding[]; metrics: Record<string, number>; hotspots: Hotspot[] } {
  const hotspots = findHotspots(history, facts);
  const folders = folderOwnership(history, facts);
  const authors = countAuthors(history);
  const metrics: Record<string, number> = {
    "history.commits": history.commits,
    "history.authors": authors,
    "history.files.changed": history.files.length,
    "history.hotspots": hotspots.filter(overFloor).length,
  };
  // Over folders with real code only: a small folder one person wrote would pin it at 1 for ever.
  const substantial = folders.filter((f) => f.code >= BUS_FACTOR_RULE.code);
  if (substantial.length)
    metrics["history.bus-factor.min"] = Math.min(...substantial.map((f) => f.busFactor));
  return {
    sections: [
      churnSection(history, facts),
      hotspotsSection(history, hotspots),
      ownershipSection(history, folders),
    ],
    findings: [
      ...hotspotFindings(hotspots, history.windowMonths),
      ...busFactorFindings(folders, { authors, windowMonths: history.windowMonths }),
    ],
    metrics,
    hotspots,
  };
}

function countAuthors(history: HistoryFacts): number {
  const people = new Set<string>();
  const perAuthor = history.folders ? Object.values(history.folders) : history.files.map((f) => f.authors);
  for (const authors of perAuthor) for (const author of Object.keys(authors)) people.add(author);
  return people.size;
}

/** The `churn` section: the analysed files changed most often in the window. */
function churnSection(history: HistoryFacts, facts: FileFacts[]): Section {
  const id = "churn";
  const title = "Churn";
  if (history.commits === 0)
    return { id, title, blocks: [{ type: "paragraph", text: history.missing ?? "" }] };
  const analysed = new Set(facts.map((f) => f.path));
  const changed = history.files.filter((f) => analysed.has(f.path));
  const blocks: Section["blocks"] = [];
  if (history.missing) blocks.push({ type: "note", tone: "warning", text: history.missing });
  if (changed.length === 0) {
    blocks.push({ type: "paragraph", text: "No analysed file was changed in the window." });
    return { id, title, blocks };
  }
  const top = mostChanged(changed);
  blocks.push(
    {
      type: "paragraph",
      text: `${history.commits.toLocaleString("en-US")} commits (merges left out) changed ${changed.length.toLocaleString("en-US")} analysed files in the last ${history.windowMonths} months. The most changed:`,
    },
    {
      type: "table",
      columns: ["File", "Commits", "Authors", "Added", "Deleted", "Last changed"],
      align: ["left", "right", "right", "right", "right", "left"],
      rows: top.map((f): Text[] => [
        [{ code: f.path }],
        String(f.commits),
        String(Object.keys(f.authors).length),
        // Uncounted only when git could not count them, or a listed file could not be read.
        f.linesAdded === undefined ? "–" : `+${f.linesAdded.toLocaleString("en-US")}`,
        f.linesDeleted === undefined ? "–" : `−${f.linesDeleted.toLocaleString("en-US")}`,
        f.lastChanged.slice(0, 10),
      ]),
      ...(changed.length > top.length ? { omitted: changed.length - top.length } : {}),
    },
  );
  return { id, title, blocks };
}
