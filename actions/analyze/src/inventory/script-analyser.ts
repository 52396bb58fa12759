// Script analysis in one worker thread with a capped heap: parser garbage stays out of the main heap
// (lower peak memory) and the main thread keeps reading files and history meanwhile.
import { availableParallelism } from "node:os";
import { type ResourceLimits, Worker } from "node:worker_threads";
import { analyzeScript } from "../complexity/analyze-script.ts";
import type { FileFacts } from "../facts.ts";
import type { ScriptTask } from "./script-worker.ts";

export type ScriptFacts = Pick<FileFacts, "functions" | "imports" | "parseError">;

export interface ScriptAnalyser {
  analyse(path: string, text: string, language: string): Promise<ScriptFacts>;
  /** Stop the worker; analyse must not be called after. */
  close(): Promise<void>;
}

interface Queued {
  task: ScriptTask;
  resolve: (facts: ScriptFacts) => void;
}

/**
 * Small on purpose: the ASTs of ordinary files fit, and a small heap is collected often, which keeps
 * peak memory down. A file that needs more is analysed in this thread instead.
 */
const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 32 };
const WORKER_FILE = new URL("./script-worker.ts", import.meta.url);
/** After this many workers ran out of memory, the rest is analysed in this thread. */
const MAX_OUT_OF_MEMORY = 3;

export interface ScriptAnalyserOptions {
  workerFile?: URL;
  limits?: ResourceLimits;
  /**
   * How many worker threads parse at once. By default one per core left after the main thread and
   * git's (which reads history meanwhile), at least one, at most four.
   */
  workers?: number;
}

/**
 * A pool of worker threads; each file goes to the worker with the fewest files waiting. When no
 * worker can run (a bundle without the worker file, a platform without threads) every file is
 * analysed in this thread.
 */
export function scriptAnalyser(options: ScriptAnalyserOptions = {}): ScriptAnalyser {
  const count = Math.max(1, options.workers ?? Math.min(4, availableParallelism() - 2));
  const lanes = Array.from({ length: count }, () => workerLane(options));
  return {
    analyse(path, text, language) {
      let best = lanes[0]!;
      for (const lane of lanes) if (lane.waiting() < best.waiting()) best = lane;
      return best.analyse(path, text, language);
    },
    async close() {
      await Promise.all(lanes.map((lane) => lane.close()));
    },
  };
}

interface Lane extends ScriptAnalyser {
  /** Files sent to this lane and not answered yet. */
  waiting(): number;
}

/** One worker thread, sent one file at a time. */
function workerLane(options: ScriptAnalyserOptions): Lane {
  const { workerFile = WORKER_FILE, limits = WORKER_LIMITS } = options;
  const queue: Queued[] = [];
  let outOfMemory = 0;
  let current: Queued | null = null;
  let worker: Worker | null = null;
  let usable = true;
  let nextId = 0;

  const inThread = (q: Queued) => q.resolve(analyzeScript(q.task.path, q.task.text, q.task.language));

  const start = (): Worker | null => {
    if (!usable) return null;
    try {
      const started = new Worker(workerFile, { resourceLimits: limits });
      started.on("message", (message: { id: number; result: ScriptFacts }) => {
        if (current?.task.id !== message.id) return;
        const done = current;
        current = null;
        done.resolve(message.result);
        pump();
      });
      started.on("error", (error: NodeJS.ErrnoException) => failed(started, error));
      started.on("exit", () => failed(started, null));
      return started;
    } catch {
      usable = false;
      return null;
    }
  };

  /** Out of memory: that one file goes in-thread and a fresh worker takes the rest. Anything else: no worker. */
  const failed = (which: Worker, error: NodeJS.ErrnoException | null) => {
    if (worker !== which) return;
    worker = null;
    if (error?.code === "ERR_WORKER_OUT_OF_MEMORY") outOfMemory++;
    if (error?.code !== "ERR_WORKER_OUT_OF_MEMORY" || outOfMemory >= MAX_OUT_OF_MEMORY) usable = false;
    const lost = current;
    current = null;
    if (lost) inThread(lost);
    pump();
  };

  const pump = () => {
    if (current) return;
    const next = queue.shift();
    if (!next) return;
    worker ??= start();
    if (!worker) {
      inThread(next);
      pump();
      return;
    }
    current = next;
    worker.postMessage(next.task);
  };

  return {
    waiting: () => queue.length + (current ? 1 : 0),
    analyse(path, text, language) {
      return new Promise((resolve) => {
        queue.push({ task: { id: nextId++, path, text, language }, resolve });
        pump();
      });
    },
    async close() {
      const closing = worker;
      worker = null;
      usable = false;
      if (closing) await closing.terminate();
    },
  };
}
