// Writes that must land exactly once, although a response can be lost after GitHub acted on it.
import { setTimeout as sleep } from "node:timers/promises";
import { httpStatus } from "./permissions.ts";

/** Request options that switch off Octokit's blind retry for one call; `writeOnce` retries instead. */
export const noBlindRetry = { request: { retries: 0 } } as const;

/** True for failures where GitHub may or may not have acted: 5xx, timeouts, dropped connections. */
export function isUncertain(error: unknown): boolean {
  const status = httpStatus(error);
  return status === undefined || status >= 500;
}

/**
 * Run a non-idempotent write (create a comment, a check run, a review). After an uncertain failure,
 * look whether it landed before trying again, so a lost response never makes a duplicate.
 */
export async function writeOnce<T>(options: {
  write: () => Promise<T>;
  /** Find what the write would have made; null when it is not there. */
  find: () => Promise<T | null>;
  retries: number;
  unitMs: number;
  /** Called once per uncertain failure that was survived. */
  onRetry?: (error: unknown) => void;
}): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await options.write();
    } catch (error) {
      if (!isUncertain(error) || attempt >= options.retries) throw error;
      options.onRetry?.(error);
      await sleep((attempt + 1) ** 2 * options.unitMs);
      const found = await options.find();
      if (found !== null) return found;
    }
  }
}
