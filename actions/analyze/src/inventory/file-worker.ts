// A worker thread that reads and measures files for readFileFacts, beside the main thread (which reads history meanwhile).
import { parentPort } from "node:worker_threads";
import type { FileFacts, SourceFile } from "../facts.ts";
import { measureFile } from "./measure-file.ts";

/** One file to measure. */
export interface FileTask {
  abs: string;
  file: SourceFile;
  bytes: number;
}

/** Its facts, or why it could not be read. */
export type FileAnswer = { facts: FileFacts } | { error: string };

/** A batch of files comes in; their answers go back in one message with the same id, in order. */
parentPort?.on("message", ({ id, tasks }: { id: number; tasks: FileTask[] }) => {
  const answers = tasks.map((task): FileAnswer => {
    try {
      return { facts: measureFile(task.abs, task.file, task.bytes) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  });
  parentPort?.postMessage({ id, answers });
});
