// Read a stored report of any known version, migrating older ones, failing clearly on the rest.
import * as z from "zod";
import { ConfigurationError } from "../errors.ts";
import { AgentName, Finding, Report, SCHEMA_VERSION } from "./schema.ts";

/**
 * Migrations from version N to N+1, keyed by N. Version 1 is the first, so there are none yet;
 * when the schema changes, bump SCHEMA_VERSION and add the step from the old shape here.
 */
const migrations: Record<number, (report: Record<string, unknown>) => Record<string, unknown>> = {};

/** Parse a report from JSON text or a value. `source` names the file in errors. */
export function parseReport(input: string | unknown, source: string): Report {
  const parsed = Report.safeParse(currentVersion(input, source));
  if (!parsed.success) {
    throw new ConfigurationError({
      input: source,
      problem: `is not a valid report: ${describeIssue(parsed.error)}`,
      fix: "regenerate the report, or fix that field",
    });
  }
  return parsed.data;
}

/** What PR mode reads of the report it compares with: whose it is, and its findings. */
export const BaseReport = z.object({ agent: AgentName, findings: z.array(Finding) });
export type BaseReport = z.infer<typeof BaseReport>;

/**
 * The report to compare with in PR mode, checked at once (before a run that may take minutes and
 * spend tokens) but only in what PR mode reads: its agent and its findings, which are matched and
 * copied. Its sections are never read; checking them too took a PR run longer than the comparison.
 */
export function parseBaseReport(input: string | unknown, source: string): BaseReport {
  const parsed = BaseReport.safeParse(currentVersion(input, source));
  if (!parsed.success) {
    throw new ConfigurationError({
      input: source,
      problem: `is not a valid report: ${describeIssue(parsed.error)}`,
      fix: "regenerate the report, or fix that field",
    });
  }
  return parsed.data;
}

/** The report in `input` (JSON text or a value), migrated to the current schemaVersion, not yet checked. */
function currentVersion(input: string | unknown, source: string): Record<string, unknown> {
  let value: unknown = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new ConfigurationError({
        input: source,
        problem: `is not valid JSON (${(error as Error).message})`,
        fix: "restore the file from git history or delete it",
      });
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ConfigurationError({
      input: source,
      problem: "is not a report object",
      fix: "delete the file",
    });
  }
  let report = value as Record<string, unknown>;
  const version = report.schemaVersion;
  if (typeof version !== "number" || !Number.isInteger(version)) {
    throw new ConfigurationError({
      input: source,
      problem: "has no schemaVersion, so it is not an AetherStack report",
      fix: "move the file out of the report store",
    });
  }
  if (version > SCHEMA_VERSION) {
    throw new ConfigurationError({
      input: source,
      problem: `has schemaVersion ${version}, newer than this AetherStack reads (${SCHEMA_VERSION})`,
      fix: "upgrade AetherStack to read it",
    });
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step) {
      throw new ConfigurationError({
        input: source,
        problem: `has schemaVersion ${version}, which no migration covers`,
        fix: "regenerate the report with a current AetherStack",
      });
    }
    report = step(report);
  }
  return report;
}

/** One readable line for the first schema problem: `findings.3.severity: expected one of …`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const where = issue.path.length ? issue.path.join(".") : "(root)";
  return `${where}: ${issue.message}`;
}
