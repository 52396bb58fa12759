// Where TODO, FIXME, HACK and XXX markers gather: the files with the most, as report blocks.
import { type Block, compareText } from "@aetherstack/kit";
import type { FileFacts, Marker } from "../facts.ts";

const KINDS: Marker["kind"][] = ["TODO", "FIXME", "HACK", "XXX"];
const TOP_FILES = 10;

/** A sentence with the totals and a table of the files with most markers; null when there are none. */
export function markerTable(facts: FileFacts[]): Block[] | null {
  const withMarkers = facts
    .filter((f) => f.markers.length > 0)
    .sort((a, b) => b.markers.length - a.markers.length || compareText(a.path, b.path));
  if (withMarkers.length === 0) return null;
  const totals = KINDS.map((kind) => [kind, countKind(withMarkers, kind)] as const).filter(([, n]) => n > 0);
  const summary = totals.map(([kind, n]) => `${n} ${kind}`).join(", ");
  return [
    { type: "paragraph", text: `Markers in comments: ${summary}, in ${withMarkers.length} files.` },
    {
      type: "table",
      columns: ["File", ...KINDS],
      align: ["left", "right", "right", "right", "right"],
      rows: withMarkers
        .slice(0, TOP_FILES)
        .map((f) => [[{ code: f.path }], ...KINDS.map((kind) => String(countKind([f], kind)))]),
      ...(withMarkers.length > TOP_FILES ? { omitted: withMarkers.length - TOP_FILES } : {}),
    },
  ];
}

function countKind(facts: FileFacts[], kind: Marker["kind"]): number {
  let n = 0;
  for (const f of facts) for (const m of f.markers) if (m.kind === kind) n++;
  return n;
}
