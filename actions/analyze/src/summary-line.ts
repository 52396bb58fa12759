// The one line a person reads first, from the headline metrics.
import { countBySeverity, type Finding } from "@aetherstack/kit";

/** "12,345 lines of code in 321 files · 4 hotspots · 2 high, 7 medium findings". */
export function summaryLine(metrics: Record<string, number>, findings: Finding[]): string {
  const n = (v: number | undefined) => (v ?? 0).toLocaleString("en-US");
  const parts = [`${n(metrics["lines.code"])} lines of code in ${n(metrics.files)} files`];
  if (metrics["history.hotspots"]) parts.push(`${n(metrics["history.hotspots"])} hotspots`);
  const counts = countBySeverity(findings);
  const bySeverity = (["high", "medium", "low"] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`);
  parts.push(bySeverity.length ? `${bySeverity.join(", ")} findings` : "no findings");
  return parts.join(" · ");
}
