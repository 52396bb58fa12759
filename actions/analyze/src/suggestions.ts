// Concrete next steps, derived only from the facts and findings above them: nothing here is guessed.
import { codeSpans, type Finding, type Inline, type Section, type Text } from "@aetherstack/kit";
import type { FileFacts, HistoryFacts } from "./facts.ts";
import type { Hotspot } from "./history/history-report.ts";

export interface SuggestionInput {
  facts: FileFacts[];
  history: HistoryFacts;
  hotspots: Hotspot[];
  findings: Finding[];
}

const MAX_SUGGESTIONS = 8;
const rank = { high: 0, medium: 1, low: 2, info: 3 } as const;

/** The `suggestions` section: hotspot splits first, then the most severe findings' own suggestions. */
export function suggestionsSection(input: SuggestionInput): Section {
  const items: Text[] = [...hotspotSuggestions(input), ...findingSuggestions(input.findings)].slice(
    0,
    MAX_SUGGESTIONS,
  );
  return {
    id: "suggestions",
    title: "Suggestions",
    blocks: items.length
      ? [{ type: "list", ordered: true, items }]
      : [{ type: "paragraph", text: "Nothing stands out: no hotspots or findings call for action." }],
  };
}

function hotspotSuggestions({ hotspots, history }: SuggestionInput): Text[] {
  return hotspots
    .filter((h) => h.topFunction && h.commits >= 2)
    .slice(0, 3)
    .map((h): Inline[] => {
      const fn = h.topFunction!;
      const who = h.authors === 1 ? "one author" : `${h.authors} authors`;
      return [
        "Split ",
        { code: fn.name },
        " in ",
        { code: `${h.path}:${fn.line}` },
        `: cognitive ${fn.cognitive}, changed ${h.commits} times in ${history.windowMonths} months, ${who}.`,
      ];
    });
}

function findingSuggestions(findings: Finding[]): Text[] {
  const seen = new Set<string>();
  return [...findings]
    .filter((f) => f.suggestion && f.ruleId !== "history/hotspot")
    .sort((a, b) => rank[a.severity] - rank[b.severity])
    .filter((f) => {
      const key = f.suggestion!;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((f): Inline[] => {
      const at = f.location?.startLine ? `${f.location.file}:${f.location.startLine}` : f.location?.file;
      const where: Inline[] = at ? [" (", { code: at }, ")"] : [];
      // The finding says what is wrong and where; its suggestion, what to do about it.
      return [...codeSpans(f.message.replace(/\.$/, "")), ...where, ": ", ...codeSpans(f.suggestion!)];
    });
}
