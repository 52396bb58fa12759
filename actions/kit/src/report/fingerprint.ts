// Fingerprints that identify "the same finding" across commits, so PR mode and SARIF can match them.
import { createHash } from "node:crypto";

/**
 * Fingerprint a finding from what it is about, not where it sits.
 *
 * `key` is the logical subject: a function's qualified name, an import cycle's members, a
 * normalised line of text. Line numbers must not go in, or every edit above a finding
 * would make it look new.
 */
export function fingerprint(ruleId: string, file: string | undefined, key: string): string {
  return createHash("sha256")
    .update(`${ruleId}\0${file ?? ""}\0${key}`)
    .digest("hex")
    .slice(0, 32);
}

/** Normalise a source line for use as a fingerprint key: whitespace differences are not changes. */
export function normaliseLine(line: string): string {
  return line.replace(/\s+/g, " ").trim();
}
