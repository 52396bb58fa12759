// `aether report list|show`: read the report store.
import path from "node:path";
import {
  AgentName,
  ConfigurationError,
  DEFAULT_STORE_DIR,
  ReportStore,
  renderReport,
} from "@aetherstack/kit";
import { defineCommand } from "citty";

const storeArgs = {
  store: { type: "string", description: `Report store folder (default ${DEFAULT_STORE_DIR})` },
  json: { type: "boolean", description: "Print JSON" },
} as const;

function openStore(store: string | undefined): ReportStore {
  return new ReportStore(path.resolve(store ?? DEFAULT_STORE_DIR));
}

function agentArg(value: string | undefined): AgentName | undefined {
  if (value === undefined) return undefined;
  const parsed = AgentName.safeParse(value);
  if (!parsed.success) {
    throw new ConfigurationError({
      input: `agent ${value}`,
      problem: "is not an agent",
      fix: `use one of ${AgentName.options.join(", ")}`,
    });
  }
  return parsed.data;
}

const list = defineCommand({
  meta: { name: "list", description: "List stored reports, oldest first" },
  args: {
    agent: { type: "positional", required: false, description: "Only this agent's reports" },
    ...storeArgs,
  },
  async run({ args }) {
    const entries = await openStore(args.store).list(agentArg(args.agent));
    if (args.json) process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
    else if (entries.length === 0)
      console.error("No reports in the store yet. Run `aether run analyze` to make one.");
    else for (const e of entries) process.stdout.write(`${e.id}\t${e.file}\n`);
    return 0;
  },
});

const show = defineCommand({
  meta: { name: "show", description: "Print a stored report (the latest of an agent, or one by id)" },
  args: {
    which: {
      type: "positional",
      required: false,
      description: "Report id (or a prefix), or an agent name for its latest",
      default: "analyze",
    },
    ...storeArgs,
  },
  async run({ args }) {
    const store = openStore(args.store);
    const agent = AgentName.safeParse(args.which);
    const report = agent.success ? await store.latest(agent.data) : await store.read(args.which);
    if (!report) {
      throw new ConfigurationError({
        input: `agent ${args.which}`,
        problem: "has no stored reports",
        fix: `run \`aether run ${args.which}\` first`,
      });
    }
    process.stdout.write(
      args.json ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report, { target: "file" }),
    );
    return 0;
  },
});

export default defineCommand({
  meta: { name: "report", description: "Read the report store" },
  subCommands: { list, show },
});
