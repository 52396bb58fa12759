// The Orchestrator: runs a crew of agents in dependency order; one failing never loses the others' reports.
import type { Agent } from "./context.ts";
import { ConfigurationError } from "./errors.ts";
import type { AgentName, Report } from "./report/schema.ts";

/** Runs one agent given the reports of the agents it depends on. */
export type RunOne = (agent: Agent, dependencies: ReadonlyMap<AgentName, Report>) => Promise<Report>;

/** Order agents so each comes after what it depends on; a cycle or a missing agent is the user's mistake. */
export function orderAgents(agents: readonly Agent[]): Agent[] {
  const byName = new Map(agents.map((a) => [a.name, a]));
  const ordered: Agent[] = [];
  const state = new Map<AgentName, "visiting" | "done">();
  const visit = (agent: Agent, chain: AgentName[]) => {
    const s = state.get(agent.name);
    if (s === "done") return;
    if (s === "visiting") {
      throw new ConfigurationError({
        input: "agents",
        problem: `depend on each other in a cycle (${[...chain, agent.name].join(" → ")})`,
        fix: "remove one of the dependencies",
      });
    }
    state.set(agent.name, "visiting");
    for (const dep of agent.dependsOn ?? []) {
      const d = byName.get(dep);
      if (!d) {
        throw new ConfigurationError({
          input: `agent ${agent.name}`,
          problem: `depends on ${dep}, which is not in this run`,
          fix: `add ${dep} to the agents to run`,
        });
      }
      visit(d, [...chain, agent.name]);
    }
    state.set(agent.name, "done");
    ordered.push(agent);
  };
  for (const agent of agents) visit(agent, []);
  return ordered;
}

/**
 * Run every agent once, in order. An agent whose dependency failed is not run: `skip` makes its
 * report, which says why. `runOne` turns an agent's own failure into a failed report (see runAgent).
 */
export async function runCrew(
  agents: readonly Agent[],
  runOne: RunOne,
  skip: (agent: Agent, because: AgentName) => Report | Promise<Report>,
): Promise<Report[]> {
  const done = new Map<AgentName, Report>();
  for (const agent of orderAgents(agents)) {
    const failedDep = (agent.dependsOn ?? []).find((d) => done.get(d)?.status !== "ok");
    const report = failedDep ? await skip(agent, failedDep) : await runOne(agent, done);
    done.set(agent.name, report);
  }
  return [...done.values()];
}
