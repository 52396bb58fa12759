// `npm run bench`: runs every benchmark in bench/, one after the other.
// A benchmark is any bench/*.js file except this one and helpers whose names start with "_"
// (analyze.js, site.js, …). `npm run bench -- analyze` runs only the ones named.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((name) => name.endsWith(".js") && name !== "run.js" && !name.startsWith("_"))
  .filter((name) => wanted.length === 0 || wanted.includes(path.basename(name, ".js")))
  .sort();

let failed = 0;
for (const name of benches) {
  console.log(`\n== bench/${name}`);
  const result = spawnSync(process.execPath, [path.join(here, name)], { stdio: "inherit" });
  if (result.status !== 0) {
    failed++;
    console.error(`bench/${name} failed (exit ${result.status ?? result.signal})`);
  }
}
if (benches.length === 0) console.error(`No benchmark matches ${wanted.join(", ")}.`);
process.exit(failed > 0 || benches.length === 0 ? 1 : 0);
