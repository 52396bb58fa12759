// A worker thread that measures scripts (functions, imports) for readFileFacts, off the main thread.
import { parentPort } from "node:worker_threads";
import { analyzeScript } from "../complexity/analyze-script.js";
parentPort?.on("message", (task) => {
    parentPort?.postMessage({ id: task.id, result: analyzeScript(task.path, task.text, task.language) });
});
