// Errors a user can fix, kept apart from bugs so hosts show one clear line instead of a stack trace.

export interface ConfigurationProblem {
  /** The input, flag, key or file the user gave. */
  input: string;
  /** What was wrong with it. */
  problem: string;
  /** How to fix it. */
  fix: string;
}

/** A mistake in what the user gave us. Hosts print `message` alone and exit with the bad-input code. */
export class ConfigurationError extends Error {
  readonly input: string;
  readonly problem: string;
  readonly fix: string;

  constructor({ input, problem, fix }: ConfigurationProblem) {
    super(`${input}: ${problem}. Fix: ${fix}.`);
    this.name = "ConfigurationError";
    this.input = input;
    this.problem = problem;
    this.fix = fix;
  }
}

/** True for errors the user caused and can fix; everything else is our bug. */
export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}

/** The message of any thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
