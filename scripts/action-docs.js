// Generate the inputs/outputs tables in the README from each action.yml, so the docs cannot drift.
// `--check` fails when README.md is not what this would write.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

const root = path.resolve(import.meta.dirname, "..");
const readmePath = path.join(root, "README.md");
const check = process.argv.includes("--check");

const actionFiles = [
  { id: "umbrella", file: "action.yml", uses: "OWNER/aetherstack@v1" },
  ...readdirSync(path.join(root, "actions"))
    .filter((name) => existsSync(path.join(root, "actions", name, "action.yml")))
    .sort()
    .map((name) => ({
      id: name,
      file: `actions/${name}/action.yml`,
      uses: `OWNER/aetherstack/actions/${name}@v1`,
    })),
];

const cell = (s) =>
  String(s ?? "")
    .replace(/\|/g, "\\|")
    .replace(/</g, "&lt;")
    .replace(/\n+/g, " ")
    .trim();

function tables({ file, uses }) {
  const action = parse(readFileSync(path.join(root, file), "utf8"));
  const lines = [
    `Step: \`uses: ${uses}\` (metadata: [\`${file}\`](${file}))`,
    "",
    "| Input | Default | Description |",
    "| --- | --- | --- |",
  ];
  for (const [name, def] of Object.entries(action.inputs ?? {})) {
    const dflt = def.default === undefined || def.default === "" ? "" : `\`${cell(def.default)}\``;
    lines.push(`| \`${name}\` | ${dflt} | ${cell(def.description)} |`);
  }
  lines.push("", "| Output | Description |", "| --- | --- |");
  for (const [name, def] of Object.entries(action.outputs ?? {}))
    lines.push(`| \`${name}\` | ${cell(def.description)} |`);
  return lines.join("\n");
}

const readme = readFileSync(readmePath, "utf8");
let next = readme;
for (const action of actionFiles) {
  const start = `<!-- action-docs:${action.id}:start (generated from ${action.file} by npm run docs:actions) -->`;
  const end = `<!-- action-docs:${action.id}:end -->`;
  const re = new RegExp(
    `<!-- action-docs:${action.id}:start[^>]*-->[\\s\\S]*?<!-- action-docs:${action.id}:end -->`,
  );
  if (!re.test(next)) {
    console.error(
      `README.md has no block for ${action.file}. Fix: add "<!-- action-docs:${action.id}:start -->" and "${end}" lines, then npm run docs:actions.`,
    );
    process.exit(1);
  }
  next = next.replace(re, `${start}\n${tables(action)}\n${end}`);
}
if (check) {
  if (next !== readme) {
    console.error("README.md's action tables are stale. Fix: npm run docs:actions and commit.");
    process.exit(1);
  }
  console.log(`check:docs: ${actionFiles.length} action tables match their action.yml`);
} else if (next !== readme) {
  writeFileSync(readmePath, next);
  console.log("README.md action tables updated");
}
