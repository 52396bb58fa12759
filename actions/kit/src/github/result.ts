// What publishing did, per target: the host logs it, the job summary shows it, tests assert on it.
import type { PublishTarget } from "./settings.ts";

export type TargetOutcome =
  | { target: PublishTarget; status: "published"; detail: string; url?: string }
  | { target: PublishTarget; status: "skipped"; reason: string }
  | { target: PublishTarget; status: "failed"; reason: string };

export interface PublishResult {
  outcomes: TargetOutcome[];
  /** The check run's conclusion from the `fail-on` policy: the host fails the job on `failure`. */
  conclusion: "success" | "failure" | "neutral";
  /** Lines saying what could not be published and why, for the log and the summary. */
  problems: string[];
}

/** One line per outcome, as a person reads it in the log. */
export function describeOutcome(outcome: TargetOutcome): string {
  switch (outcome.status) {
    case "published":
      return `${outcome.target}: ${outcome.detail}${outcome.url ? ` (${outcome.url})` : ""}`;
    case "skipped":
      return `${outcome.target}: skipped, ${outcome.reason}`;
    case "failed":
      return `${outcome.target}: failed, ${outcome.reason}`;
  }
}
