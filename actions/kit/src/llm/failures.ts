// SDK errors turned into one line saying what failed and what to change.
import { LlmError } from "./errors.ts";
import type { ModelTarget, Preset } from "./presets.ts";

/** A 400 from the model (live, or replayed from the cache): the request needs to change. */
export class RejectedRequest extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = "RejectedRequest";
    this.status = status;
  }
}

interface Limits {
  timeoutSeconds: number;
  maxRetries: number;
}

/** The LlmError for anything a call threw; bugs (anything unexpected) are rethrown as they are. */
export async function toLlmError(
  error: unknown,
  preset: Preset,
  target: ModelTarget,
  limits: Limits,
): Promise<LlmError> {
  if (error instanceof LlmError) return error;
  // Loaded already when a request was made; imported here so kit loads the SDK only when used.
  const { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } = await import(
    "openai"
  );
  const who = `${preset.provider} model ${target.id}`;
  const retried = limits.maxRetries ? ` after ${limits.maxRetries} retries` : "";
  if (error instanceof RejectedRequest) {
    return new LlmError(
      "request",
      `${who} rejected the request (${error.status}: ${firstLine(error.message)})`,
    );
  }
  if (error instanceof APIUserAbortError)
    return new LlmError("aborted", "the call was cancelled (time limit)");
  if (error instanceof APIConnectionTimeoutError) {
    return new LlmError(
      "request",
      `${who} did not answer within ${limits.timeoutSeconds} s${retried}; raise llm-timeout-seconds`,
    );
  }
  if (error instanceof APIConnectionError) {
    return new LlmError(
      "request",
      `could not reach ${preset.baseURL}${retried} (${firstLine(error.message)})`,
    );
  }
  if (error instanceof APIError) return statusError(error, preset, who, retried);
  throw error;
}

/** An HTTP error status, with the fix for the ones a user can act on. */
function statusError(
  error: { status?: number | undefined; message: string; headers?: Headers | undefined },
  preset: Preset,
  who: string,
  retried: string,
): LlmError {
  const status = error.status ?? 0;
  // The SDK's message starts with the status already.
  const detail = `${status}: ${firstLine(error.message.replace(/^\d{3}\s+/, ""))}`;
  if (status === 401 || status === 403) {
    const fix =
      preset.provider === "github-models"
        ? "give the job `permissions: models: read` and pass GITHUB_TOKEN"
        : `check ${preset.keyVariable}`;
    return new LlmError("request", `${who} refused the key (${detail}); ${fix}`);
  }
  if (status === 404) {
    const fix = preset.provider === "azure" ? "check llm-deployment and llm-api-version" : "check llm-model";
    return new LlmError("request", `${who} was not found (${detail}); ${fix}`);
  }
  if (status === 429) {
    const wait = error.headers?.get("retry-after");
    const asked = wait ? `; the service asks to wait ${wait} s` : "";
    return new LlmError("request", `${who} is rate limited (${detail})${retried}${asked}`);
  }
  return new LlmError("request", `${who} failed (${detail})${retried}`);
}

function firstLine(text: string): string {
  const line = text.split("\n")[0] ?? "";
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
