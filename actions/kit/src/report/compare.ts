// PR mode: mark a report's findings against a base report's by fingerprint.
import type { Finding, Severity } from "./schema.ts";

export interface Comparison {
  findings: Finding[];
  fixed: Finding[];
}

/** Mark each head finding `new` or `unchanged`; base findings missing from head come back as `fixed`. */
export function compareFindings(head: readonly Finding[], base: readonly Finding[]): Comparison {
  const baseKeys = new Set(base.map((f) => f.fingerprint));
  const headKeys = new Set(head.map((f) => f.fingerprint));
  return {
    findings: head.map((f) => ({ ...f, status: baseKeys.has(f.fingerprint) ? "unchanged" : "new" })),
    fixed: base.filter((f) => !headKeys.has(f.fingerprint)).map((f) => ({ ...f, status: "fixed" as const })),
  };
}

/** Counts by severity, for metrics and outputs. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
