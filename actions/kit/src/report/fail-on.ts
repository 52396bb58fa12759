// The `fail-on` policy: which findings make a run fail.
import { ConfigurationError } from "../errors.ts";
import { type Finding, type Severity, severities } from "./schema.ts";

/** A parsed `fail-on` value: `never`, `<severity>` (any finding that severe) or `new-<severity>`. */
export interface FailPolicy {
  severity: Severity | null;
  onlyNew: boolean;
}

const rank: Record<Severity, number> = { high: 3, medium: 2, low: 1, info: 0 };

/** Parse the `fail-on` input, naming the allowed values when it is wrong. */
export function parseFailOn(value: string | undefined, input = "fail-on"): FailPolicy {
  const v = (value ?? "never").trim().toLowerCase();
  if (v === "" || v === "never" || v === "none") return { severity: null, onlyNew: false };
  const onlyNew = v.startsWith("new-");
  const severity = onlyNew ? v.slice(4) : v;
  if (!(severities as readonly string[]).includes(severity)) {
    throw new ConfigurationError({
      input,
      problem: `"${value}" is not a fail-on policy`,
      fix: `use never, one of ${severities.join(", ")}, or new-<severity> such as new-high`,
    });
  }
  return { severity: severity as Severity, onlyNew };
}

/** The findings that break the policy; empty means the run passes. */
export function failingFindings(findings: readonly Finding[], policy: FailPolicy): Finding[] {
  const min = policy.severity;
  if (min === null) return [];
  return findings.filter(
    (f) => rank[f.severity] >= rank[min] && (!policy.onlyNew || f.status === undefined || f.status === "new"),
  );
}
