// A worker thread that measures scripts (functions, imports) for readFileFacts, off the main thread.
import { parentPort } from "node:worker_threads";
import { analyzeScript } from "../complexity/analyze-script.ts";

/** One file to measure; the answer carries the same id. */
export interface ScriptTask {
  id: number;
  path: string;
  text: string;
  language: string;
}

parentPort?.on("message", (task: ScriptTask) => {
  parentPort?.postMessage({ id: task.id, result: analyzeScript(task.path, task.text, task.language) });
});
