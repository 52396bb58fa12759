// What `aether` exits with. Documented in the README; scripts and CI rely on them.
export const exitCodes = {
  /** The run worked and nothing broke the fail-on policy. */
  ok: 0,
  /** Findings broke the fail-on policy. */
  failOn: 1,
  /** Bad input: a flag, config key, file or event the user gave. One line says which and how to fix it. */
  badInput: 2,
  /** An agent failed; its report records the failure. */
  agentFailed: 3,
  /** A bug in AetherStack: the stack trace is printed; please report it. */
  internal: 4,
} as const;
