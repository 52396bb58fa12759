// Files are read and measured by a pool of worker threads with capped heaps: parser garbage stays out
// of the main heap (lower peak memory), and the main thread reads history meanwhile.
import { availableParallelism } from "node:os";
import { type ResourceLimits, Worker } from "node:worker_threads";
import type { FileFacts, SourceFile } from "../facts.ts";
import type { FileAnswer, FileTask } from "./file-worker.ts";
import { measureFile } from "./measure-file.ts";

export interface FilePool {
  /** How many files to have waiting at once so that no worker runs dry. */
  capacity: number;
  /** Read and measure a file; rejects when it cannot be read. */
  measure(abs: string, file: SourceFile, bytes: number): Promise<FileFacts>;
  /**
   * Start measuring a file that `measure` will be asked for: a first run hands each file over as
   * listing finds it, so the worker starts while this thread is still listing. Prefetched files
   * go out in full batches, not held back to the usual few in flight, since this thread answers
   * no message until listing is done.
   */
  prefetch(abs: string, file: SourceFile, bytes: number): void;
  /**
   * Start the workers now rather than with the first file: a worker takes about 150 ms to load
   * its code, which a first run can spend while it lists the files.
   */
  warmUp(): void;
  /** Stop the workers; measure must not be called after. */
  close(): Promise<void>;
}

interface Queued {
  task: FileTask;
  resolve: (facts: FileFacts) => void;
  reject: (error: Error) => void;
}

/**
 * Small on purpose: the ASTs of ordinary files fit, and a small heap is collected often, which keeps
 * peak memory down. A file that needs more is measured in this thread instead. A young generation
 * of 24 MB rather than 32 MB lowered a cold run's peak RSS on the benchmark tree by about 28 MiB
 * (to about 260 MiB), for 1 to 2% of its time.
 */
const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 24 };
const WORKER_FILE = new URL(workerName(), import.meta.url);

/**
 * From sources, the worker's .ts beside this file; in the Action bundle, the worker's own bundle
 * beside it (scripts/build-dist.js). A call, not a literal, so the bundler leaves the name alone.
 */
function workerName(): string {
  return import.meta.url.endsWith(".ts") ? "./file-worker.ts" : "./file-worker.js";
}
/** After this many workers ran out of memory, the rest is measured in this thread. */
const MAX_OUT_OF_MEMORY = 3;

export interface FilePoolOptions {
  workerFile?: URL;
  limits?: ResourceLimits;
  /**
   * How many worker threads read files at once; 0 reads in this thread. By default one per core
   * but one (left for git, which reads history meanwhile, and for this thread), from one to four.
   */
  workers?: number;
}

/**
 * A pool of worker threads; each file goes to the worker with the fewest files waiting. When no
 * worker can run (a bundle without the worker file, a platform without threads) every file is
 * measured in this thread.
 */
export function filePool(options: FilePoolOptions = {}): FilePool {
  const count = options.workers ?? Math.max(1, Math.min(4, availableParallelism() - 1));
  if (count === 0) return thisThread;
  const lanes = Array.from({ length: count }, () => workerLane(options));
  const laneFor = () => {
    if (lanes.length === 1) return lanes[0]!;
    let best = lanes[0]!;
    for (const lane of lanes) if (lane.waiting() < best.waiting()) best = lane;
    return best;
  };
  const prefetched = new Map<string, Promise<FileFacts>>();
  return {
    capacity: count * BATCH * IN_FLIGHT,
    measure(abs, file, bytes) {
      const early = prefetched.get(abs);
      prefetched.delete(abs);
      return early ?? laneFor().measure(abs, file, bytes);
    },
    prefetch(abs, file, bytes) {
      if (prefetched.has(abs)) return;
      const facts = laneFor().measure(abs, file, bytes, { eager: true });
      // Asked for later, or never (the file turned out to be cached): no unhandled rejection.
      facts.catch(() => {});
      prefetched.set(abs, facts);
    },
    warmUp() {
      for (const lane of lanes) lane.warmUp();
    },
    async close() {
      await Promise.all(lanes.map((lane) => lane.close()));
    },
  };
}

/** No worker at all: for a handful of files. */
const thisThread: FilePool = {
  capacity: 1,
  measure: async (abs, file, bytes) => measureFile(abs, file, bytes),
  prefetch: () => {},
  warmUp: () => {},
  close: async () => {},
};

interface Lane extends Omit<FilePool, "measure" | "prefetch"> {
  measure(abs: string, file: SourceFile, bytes: number, how?: { eager: boolean }): Promise<FileFacts>;
  /** Files sent to this lane and not answered yet. */
  waiting(): number;
}

/** Files per message: a message costs far more than the clone of what it carries. */
const BATCH = 8;
/**
 * Batches sent and not answered yet. Enough for the worker to keep busy while this thread is
 * (parsing git log, summing history: stretches of tens of milliseconds): with 2, the worker sat
 * idle for half a second of a cold run on the benchmark tree, and the run took 11% longer.
 */
const IN_FLIGHT = 8;

/** One worker thread, sent files in batches. */
function workerLane(options: FilePoolOptions): Lane {
  const { workerFile = WORKER_FILE, limits = WORKER_LIMITS } = options;
  const queue: Queued[] = [];
  const inFlight = new Map<number, Queued[]>();
  let outOfMemory = 0;
  let worker: Worker | null = null;
  let usable = true;
  let nextId = 0;

  const inThread = ({ task, resolve, reject }: Queued) => {
    try {
      resolve(measureFile(task.abs, task.file, task.bytes));
    } catch (error) {
      reject(error as Error);
    }
  };

  const start = (): Worker | null => {
    if (!usable) return null;
    try {
      const started = new Worker(workerFile, { resourceLimits: limits });
      started.on("message", ({ id, answers }: { id: number; answers: FileAnswer[] }) => {
        const batch = inFlight.get(id);
        if (!batch || worker !== started) return;
        inFlight.delete(id);
        batch.forEach(({ resolve, reject }, i) => {
          const answer = answers[i]!;
          if ("facts" in answer) resolve(answer.facts);
          else reject(new Error(answer.error));
        });
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

  /** Out of memory: the files in flight go in-thread and a fresh worker takes the rest. Anything else: no worker. */
  const failed = (which: Worker, error: NodeJS.ErrnoException | null) => {
    if (worker !== which) return;
    worker = null;
    if (error?.code === "ERR_WORKER_OUT_OF_MEMORY") outOfMemory++;
    if (error?.code !== "ERR_WORKER_OUT_OF_MEMORY" || outOfMemory >= MAX_OUT_OF_MEMORY) usable = false;
    const lost = [...inFlight.values()].flat();
    inFlight.clear();
    for (const item of lost) inThread(item);
    pump();
  };

  /** Send what is queued; `eager` sends every full batch, however many are in flight. */
  const pump = (eager = false) => {
    while (queue.length > 0 && (inFlight.size < IN_FLIGHT || (eager && queue.length >= BATCH))) {
      worker ??= start();
      if (!worker) {
        for (const item of queue.splice(0)) inThread(item);
        return;
      }
      const batch = queue.splice(0, BATCH);
      const id = nextId++;
      inFlight.set(id, batch);
      worker.postMessage({ id, tasks: batch.map((item) => item.task) });
    }
  };

  return {
    capacity: BATCH * IN_FLIGHT,
    waiting: () => queue.length + [...inFlight.values()].reduce((sum, batch) => sum + batch.length, 0),
    measure(abs, file, bytes, how) {
      return new Promise((resolve, reject) => {
        queue.push({ task: { abs, file, bytes }, resolve, reject });
        pump(how?.eager);
      });
    },
    warmUp() {
      worker ??= start();
    },
    /** Files still waiting or in flight are measured here first, so no promise is left hanging. */
    async close() {
      const closing = worker;
      worker = null;
      usable = false;
      const pending = [...[...inFlight.values()].flat(), ...queue.splice(0)];
      inFlight.clear();
      for (const item of pending) inThread(item);
      if (closing) await closing.terminate();
    },
  };
}
