// Hotspots: files that are both complex and often changed, ranked, with the findings the worst of them earn.
import { compareText, type Finding, fingerprint, type Section, type Text } from "@aetherstack/kit";
import type { FileFacts, FileHistory, HistoryFacts } from "../facts.ts";

/** A file that is both complex and frequently changed: where a change is most likely to hurt. */
export interface Hotspot {
  path: string;
  /** Commits that touched the file in the window. */
  commits: number;
  authors: number;
  /**
   * Sum of the cognitive complexity of the file's functions, or its code lines where functions are
   * not measured (programming languages only: markup, data and prose files are not ranked).
   */
  complexity: number;
  /** commits × complexity, scaled so the top file is 100. */
  score: number;
  topFunction: { name: string; line: number; cognitive: number } | null;
}

/**
 * Above all of these a file counts as a hotspot (the `history.hotspots` metric) and, within the
 * top 10, a medium finding. The score alone is relative (the top file is always 100), so the
 * absolute floors keep a young or tidy repository from reporting its least bad file.
 */
export const HOTSPOT_FLOOR = { score: 25, commits: 3, complexity: 15 } as const;
/** The top few that are both clearly complex and changed often are high. */
export const HOTSPOT_HIGH = { rank: 3, score: 50, commits: 8, complexity: 40 } as const;
const TOP = 10;

/**
 * Linguist's markup, data and prose languages common in repositories. Their lines are not logic,
 * so without functions they are not ranked: a stylesheet or lockfile would otherwise top the list.
 * Kept here because facts carry only the language's name and this step is synchronous.
 */
const NOT_CODE = new Set(
  (
    "JSON|JSON with Comments|JSON5|JSONLD|YAML|TOML|XML|SVG|HTML|CSS|SCSS|Sass|Less|Stylus|Markdown|MDX|Text|" +
    "reStructuredText|AsciiDoc|Org|TeX|CSV|TSV|INI|Dotenv|EditorConfig|Ignore List|Git Attributes|Git Config|" +
    "Jupyter Notebook|GraphQL|Protocol Buffer|Diff|robots.txt|Public Key|SQL|Gettext Catalog|Liquid|Handlebars|Mustache"
  ).split("|"),
);

/** Whether a file's size says something about its complexity when it has no measured functions. */
function linesAreCode(file: FileFacts): boolean {
  return file.language !== null && !NOT_CODE.has(file.language);
}

/** Rank the files that still exist by churn × complexity, best first. */
export function findHotspots(history: HistoryFacts, facts: FileFacts[]): Hotspot[] {
  const byPath = new Map(facts.map((f) => [f.path, f]));
  const raw = history.files.flatMap((file) => {
    const current = byPath.get(file.path);
    return current && (current.functions || linesAreCode(current)) ? [measure(file, current)] : [];
  });
  // A reduce, not Math.max(...): a big repository changes more files than a call takes arguments.
  const max = raw.reduce((m, h) => Math.max(m, h.commits * h.complexity), 0);
  return raw
    .map((h) => ({ ...h, score: max ? Math.round((100 * h.commits * h.complexity) / max) : 0 }))
    .filter((h) => h.commits * h.complexity > 0)
    .sort((a, b) => b.commits * b.complexity - a.commits * a.complexity || compareText(a.path, b.path));
}

function measure(file: FileHistory, facts: FileFacts): Hotspot {
  const functions = facts.functions;
  let topFunction: Hotspot["topFunction"] = null;
  for (const fn of functions ?? []) {
    if (!topFunction || fn.cognitive > topFunction.cognitive) {
      topFunction = { name: fn.name, line: fn.startLine, cognitive: fn.cognitive };
    }
  }
  return {
    path: file.path,
    commits: file.commits,
    authors: Object.keys(file.authors).length,
    complexity: functions ? functions.reduce((sum, fn) => sum + fn.cognitive, 0) : facts.lines.code,
    score: 0,
    topFunction,
  };
}

/** Whether a hotspot is over the floor that makes it worth counting and reporting. */
export function overFloor(h: Hotspot): boolean {
  return (
    h.score >= HOTSPOT_FLOOR.score &&
    h.commits >= HOTSPOT_FLOOR.commits &&
    h.complexity >= HOTSPOT_FLOOR.complexity
  );
}

/** `history/hotspot` findings: high for the top few that clear the high bar, medium for the rest of the top 10. */
export function hotspotFindings(hotspots: Hotspot[], windowMonths: number): Finding[] {
  return hotspots
    .slice(0, TOP)
    .filter(overFloor)
    .map((h, index): Finding => {
      const high =
        index < HOTSPOT_HIGH.rank &&
        h.score >= HOTSPOT_HIGH.score &&
        h.commits >= HOTSPOT_HIGH.commits &&
        h.complexity >= HOTSPOT_HIGH.complexity;
      const fn = h.topFunction;
      return {
        ruleId: "history/hotspot",
        severity: high ? "high" : "medium",
        message:
          `${h.path} changed in ${h.commits} commits by ${plural(h.authors, "author")} in ${windowMonths} months ` +
          `and has complexity ${h.complexity} (hotspot score ${h.score})` +
          (fn ? `; its most complex function is ${fn.name} (cognitive ${fn.cognitive}).` : "."),
        location: fn ? { file: h.path, startLine: fn.line } : { file: h.path },
        // The file is the subject: its line, counts and score move with every change.
        fingerprint: fingerprint("history/hotspot", h.path, "hotspot"),
        suggestion: fn
          ? `Split ${fn.name} in ${h.path} into smaller functions, with tests, before its next change.`
          : `Split ${h.path} into smaller modules, with tests, before its next change.`,
      };
    });
}

/** The `hotspots` section: the top 10 with their score and most complex function. */
export function hotspotsSection(history: HistoryFacts, hotspots: Hotspot[]): Section {
  const id = "hotspots";
  const title = "Hotspots";
  if (history.commits === 0)
    return { id, title, blocks: [{ type: "paragraph", text: history.missing ?? "" }] };
  if (hotspots.length === 0) {
    return {
      id,
      title,
      blocks: [
        { type: "paragraph", text: "No analysed file was changed in the window, so there are no hotspots." },
      ],
    };
  }
  const rows = hotspots
    .slice(0, TOP)
    .map((h, i): Text[] => [
      String(i + 1),
      [{ code: h.path }],
      String(h.score),
      String(h.commits),
      String(h.authors),
      String(h.complexity),
      h.topFunction
        ? [
            { code: h.topFunction.name },
            " at ",
            { code: `${h.path}:${h.topFunction.line}` },
            ` (${h.topFunction.cognitive})`,
          ]
        : "—",
    ]);
  return {
    id,
    title,
    blocks: [
      {
        type: "paragraph",
        text:
          `Files both complex and often changed in the last ${history.windowMonths} months. ` +
          "Score is commits × complexity, scaled so the top file is 100; complexity is the sum of the " +
          "cognitive complexity of a file's functions, or its lines of code where functions are not measured.",
      },
      {
        type: "table",
        columns: [
          "#",
          "File",
          "Score",
          "Commits",
          "Authors",
          "Complexity",
          "Most complex function (cognitive)",
        ],
        align: ["right", "left", "right", "right", "right", "right", "left"],
        rows,
        ...(hotspots.length > TOP ? { omitted: hotspots.length - TOP } : {}),
      },
    ],
  };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
