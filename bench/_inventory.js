// The inventory alone, what cloc does: list files, read them, count lines. No parsing, no history.
// Prints { files, code } as JSON. Usage: node bench/_inventory.js <folder>
import { readFile } from "node:fs/promises";
import path from "node:path";
import { listSourceFiles } from "../actions/analyze/src/files/list-files.ts";
import { mapLimit } from "../actions/analyze/src/files/map-limit.ts";
import { countLines } from "../actions/analyze/src/inventory/line-counts.ts";

const folder = process.argv[2];
const { files } = await listSourceFiles(folder, { exclude: [] });
const counts = await mapLimit(files, 16, async (file) => {
  const text = await readFile(path.join(folder, file.path), "utf8");
  return countLines(text, file.language ?? "").lines.code;
});
console.log(JSON.stringify({ files: files.length, code: counts.reduce((a, b) => a + b, 0) }));
