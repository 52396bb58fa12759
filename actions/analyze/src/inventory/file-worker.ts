// A worker thread that reads and measures files for readFileFacts, beside the main thread (which reads history meanwhile).
import { parentPort } from "node:worker_threads";
import type { SourceFile } from "../facts.ts";
import { measureFile } from "./measure-file.ts";

/** One file to measure; the answer carries the same id, and either the facts or why it could not be read. */
export interface FileTask {
  id: number;
  abs: string;
  file: SourceFile;
  bytes: number;
}

parentPort?.on("message", (task: FileTask) => {
  try {
    parentPort?.postMessage({ id: task.id, result: measureFile(task.abs, task.file, task.bytes) });
  } catch (error) {
    parentPort?.postMessage({ id: task.id, error: (error as Error).message });
  }
});
