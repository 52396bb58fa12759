// The Logger agents write to; hosts decide where it goes (Actions log, terminal, JSON, a test buffer).

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** A long step; hosts may show it as a progress line or a log group. */
  step<T>(name: string, work: () => Promise<T>): Promise<T>;
}

export interface LogEntry {
  level: "debug" | "info" | "warning" | "error";
  message: string;
}

/** A logger that keeps what it is told, for tests and for hosts that print at the end. */
export function memoryLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const push = (level: LogEntry["level"]) => (message: string) => {
    entries.push({ level, message });
  };
  return {
    entries,
    debug: push("debug"),
    info: push("info"),
    warning: push("warning"),
    error: push("error"),
    step: (_name, work) => work(),
  };
}

/** A logger that says nothing. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warning() {},
  error() {},
  step: (_name, work) => work(),
};
