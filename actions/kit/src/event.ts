// Reading a GitHub event payload from a file, as the runner gives it (GITHUB_EVENT_PATH) or a user replays it.
import { readFile } from "node:fs/promises";
import type { EventInfo } from "./context.ts";
import { ConfigurationError } from "./errors.ts";

/** Read and check an event payload. `name` defaults to a guess from the payload's shape. */
export async function readEventFile(file: string, name?: string): Promise<EventInfo> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new ConfigurationError({
      input: `event file ${file}`,
      problem: "cannot be read",
      fix: "pass the path of a webhook payload JSON file",
    });
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError({
      input: `event file ${file}`,
      problem: `is not valid JSON (${(error as Error).message})`,
      fix: "pass a webhook payload as GitHub sends it (the runner's GITHUB_EVENT_PATH file)",
    });
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
    throw new ConfigurationError({
      input: `event file ${file}`,
      problem: "is not a JSON object",
      fix: "pass a webhook payload as GitHub sends it",
    });
  }
  const body = payload as Record<string, unknown>;
  return { name: name ?? guessEventName(body), payload: body };
}

/** The event a payload most likely came with. */
export function guessEventName(payload: Record<string, unknown>): string {
  if (payload.pull_request) return "pull_request";
  if (payload.schedule) return "schedule";
  if ("commits" in payload || "after" in payload) return "push";
  return "workflow_dispatch";
}
