// Turn GitHub's errors into one line a person can act on: which `permissions:` entry to add.
import { errorMessage } from "../errors.ts";
import type { PublishTarget } from "./settings.ts";

/** The `permissions:` entry each target needs in the workflow. */
export const targetPermissions: Record<PublishTarget, string> = {
  check: "checks: write",
  comment: "pull-requests: write",
  review: "pull-requests: write",
  summary: "none",
  artifact: "none (the runner's artifact token)",
  commit: "contents: write",
  sarif: "none",
  "sarif-upload": "security-events: write (and actions: read on private repositories)",
};

interface HttpError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined> };
}

/** The HTTP status of an Octokit error, or undefined for other errors. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as HttpError | null)?.status;
  return typeof status === "number" ? status : undefined;
}

/** True when GitHub refused for lack of permission (not a rate limit, which is also a 403). */
export function isPermissionError(error: unknown): boolean {
  const status = httpStatus(error);
  if (status !== 403 && status !== 404) return false;
  const message = errorMessage(error);
  if (/rate limit/i.test(message)) return false;
  return status === 403 || /Resource not accessible/i.test(message);
}

/** Why a target failed, in one line; a missing permission names the entry to add. */
export function failureReason(target: PublishTarget, error: unknown, readOnly: boolean): string {
  const status = httpStatus(error);
  const message = firstLine(errorMessage(error));
  if (isPermissionError(error)) {
    if (readOnly) {
      return `the token is read-only (a pull request from a fork); publish from a workflow_run job, see docs/publishing.md`;
    }
    return `GitHub answered ${status} "${message}": add \`${targetPermissions[target]}\` to the job's \`permissions:\``;
  }
  return status ? `GitHub answered ${status} "${message}"` : message;
}

function firstLine(s: string): string {
  const line = s.split("\n")[0] ?? s;
  return line.replace(/ - https:\/\/docs\.github\.com\S*/, "").slice(0, 300);
}
