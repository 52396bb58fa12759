// Charts drawn at build time with Observable Plot on a server-side DOM, shipped as plain SVG (no JS).
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");

export interface Point {
  date: Date;
  value: number;
}

export interface SeriesPoint extends Point {
  series: string;
}

/** Colours come from CSS variables so the same SVG reads well in light and dark mode. */
export const seriesColors = ["var(--series-1)", "var(--series-2)", "var(--series-3)", "var(--series-4)"];
export const severityColors: Record<string, string> = {
  high: "var(--sev-high)",
  medium: "var(--sev-medium)",
  low: "var(--sev-low)",
  info: "var(--sev-info)",
};

/** Serialise a plot, labelled for screen readers (the SVG is one image with a text alternative). */
function svg(node: Element | SVGSVGElement, alt: string): string {
  // Plot labels its marks; inside one role="img" those labels are not allowed, the image's own is enough.
  for (const child of node.querySelectorAll("[aria-label],[aria-description]")) {
    child.removeAttribute("aria-label");
    child.removeAttribute("aria-description");
  }
  node.setAttribute("role", "img");
  node.setAttribute("aria-label", alt);
  return node.outerHTML;
}

const frame = { document: document as unknown as Document, style: { fontSize: "14px" } };
/** Room for the year under the first month and the unit above the axis. */
const chartFrame = { ...frame, width: 520, height: 240, marginTop: 30, marginBottom: 44 };

/** A tiny line for the overview: no axes, just the shape of the last months. */
export function sparkline(points: Point[], alt: string): string {
  return svg(
    Plot.plot({
      ...frame,
      width: 180,
      height: 44,
      margin: 4,
      axis: null,
      x: { type: "utc" },
      y: { zero: false },
      marks: [
        Plot.areaY(points, {
          x: "date",
          y: "value",
          fill: "var(--accent)",
          fillOpacity: 0.12,
          curve: "monotone-x",
        }),
        Plot.lineY(points, {
          x: "date",
          y: "value",
          stroke: "var(--accent)",
          strokeWidth: 2,
          curve: "monotone-x",
        }),
        Plot.dot(points.slice(-1), { x: "date", y: "value", fill: "var(--accent)", r: 3 }),
      ],
    }),
    alt,
  );
}

/** One metric over time. */
export function lineChart(points: Point[], yLabel: string, alt: string): string {
  return svg(
    Plot.plot({
      ...chartFrame,
      marginLeft: 56,
      x: { type: "utc", label: null },
      y: { grid: true, label: yLabel, zero: false, tickFormat: "s" },
      marks: [
        Plot.lineY(points, { x: "date", y: "value", stroke: "var(--accent)", strokeWidth: 2 }),
        Plot.dot(points, { x: "date", y: "value", fill: "var(--accent)", r: 2 }),
      ],
    }),
    alt,
  );
}

/** Several series of one unit over time, e.g. tokens per agent. */
export function multiLineChart(points: SeriesPoint[], series: string[], yLabel: string, alt: string): string {
  return svg(
    Plot.plot({
      ...chartFrame,
      marginLeft: 56,
      x: { type: "utc", label: null },
      y: { grid: true, label: yLabel, tickFormat: "s" },
      color: { domain: series, range: seriesColors },
      marks: [
        Plot.lineY(points, { x: "date", y: "value", stroke: "series", strokeWidth: 2 }),
        Plot.dot(points, { x: "date", y: "value", fill: "series", r: 2 }),
      ],
    }),
    alt,
  );
}

/** Counts per category stacked over time, e.g. findings by severity. */
export function stackedAreaChart(
  points: SeriesPoint[],
  order: string[],
  yLabel: string,
  alt: string,
): string {
  return svg(
    Plot.plot({
      ...chartFrame,
      marginLeft: 48,
      x: { type: "utc", label: null },
      y: { grid: true, label: yLabel },
      color: { domain: order, range: order.map((s) => severityColors[s] ?? "currentColor") },
      marks: [
        Plot.areaY(points, { x: "date", y: "value", fill: "series", order, curve: "step-after" }),
        Plot.ruleY([0]),
      ],
    }),
    alt,
  );
}

/** Monthly totals as stacked bars, e.g. LLM cost by agent. */
export function monthlyBars(points: SeriesPoint[], series: string[], yLabel: string, alt: string): string {
  return svg(
    Plot.plot({
      ...chartFrame,
      marginLeft: 56,
      x: { type: "band", label: null, tickFormat: (d: Date) => d.toISOString().slice(0, 7) },
      y: { grid: true, label: yLabel },
      color: { domain: series, range: seriesColors },
      marks: [
        Plot.barY(points, Plot.groupX({ y: "sum" }, { x: "date", y: "value", fill: "series" })),
        Plot.ruleY([0]),
      ],
    }),
    alt,
  );
}
