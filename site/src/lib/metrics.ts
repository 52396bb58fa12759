// Which metrics the site shows, by the dotted names agents write (`lines.code`, `findings.high`).
import type { AgentName, Report } from "@aetherstack/kit";
import { severities } from "@aetherstack/kit";

export interface Figure {
  /** Metric key candidates, first present wins (names have changed while the agents grew). */
  keys: string[];
  label: string;
}

const codeLines: Figure = { keys: ["lines.code", "code.lines"], label: "Lines of code" };
const files: Figure = { keys: ["files", "code.files"], label: "Files" };
const hotspots: Figure = { keys: ["history.hotspots", "hotspots", "hotspots.count"], label: "Hotspots" };
const findings: Figure = { keys: ["findings.total"], label: "Findings" };

/** Headline figures per agent on the overview, in reading order. */
export const headlineFigures: Record<AgentName, Figure[]> = {
  analyze: [codeLines, files, hotspots, findings],
  docgen: [{ keys: ["docs.pages", "docs.files"], label: "Doc pages" }, findings],
  testgen: [{ keys: ["tests.generated", "tests.written"], label: "Tests written" }, findings],
  sync: [{ keys: ["sync.changes", "sync.files"], label: "Changes" }, findings],
};

/** The figure each agent's sparkline follows on the overview. */
export const trendFigure: Record<AgentName, Figure> = {
  analyze: codeLines,
  docgen: findings,
  testgen: findings,
  sync: findings,
};

/** The value of the first present key, or undefined. */
export function figureValue(report: Report, figure: Figure): number | undefined {
  for (const key of figure.keys) {
    const v = report.metrics[key];
    if (v !== undefined) return v;
  }
  return undefined;
}

export { codeLines, files, hotspots };

/** Complexity figures worth a chart, in this order when present; other `complexity.*` keys follow. */
const complexityOrder = [
  "complexity.cognitive.max",
  "complexity.cognitive.mean",
  "complexity.cyclomatic.max",
  "complexity.cyclomatic.mean",
  "complexity.functions",
];

/** Complexity metrics present in any report, leaving out bookkeeping (`complexity.files.parsed`, totals). */
export function complexityKeys(reports: readonly Report[]): string[] {
  const keys = new Set<string>();
  for (const r of reports)
    for (const k of Object.keys(r.metrics)) if (k.startsWith("complexity.")) keys.add(k);
  const known = complexityOrder.filter((k) => keys.has(k));
  const rest = [...keys].filter((k) => !known.includes(k) && !/\.(files\.|total$)/.test(k)).sort();
  return [...known, ...rest];
}

/** `complexity.cognitive.max` → `Cognitive, max`. */
export function metricLabel(key: string): string {
  const parts = key.split(".").slice(1);
  const text = parts.join(", ").replace(/-/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Finding counts by severity; from metrics when recorded, else counted. */
export function severityCounts(report: Report): Record<(typeof severities)[number], number> {
  const counts = { high: 0, medium: 0, low: 0, info: 0 };
  for (const s of severities) {
    const m = report.metrics[`findings.${s}`];
    counts[s] = m ?? report.findings.filter((f) => f.severity === s).length;
  }
  return counts;
}

/** `12,345`; money as `$0.0123`. */
export function formatNumber(value: number): string {
  return Number.isInteger(value)
    ? value.toLocaleString("en-US")
    : value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

export function formatUsd(value: number): string {
  return value >= 1 ? `$${value.toFixed(2)}` : `$${value.toFixed(4)}`;
}
