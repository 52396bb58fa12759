// The agents AetherStack ships, by name. Hosts look agents up here; agents never know about each other.
import { analyze } from "@aetherstack/analyze";
import { type Agent, type AgentName, ConfigurationError } from "@aetherstack/kit";

/** Every agent, in the order `all` runs them (the Orchestrator still honours dependencies). */
export const crew: Agent[] = [analyze as unknown as Agent];

/** Agents for a name (`analyze`) or `all`; an unknown name is the user's mistake. */
export function selectAgents(name: string, input = "agent"): Agent[] {
  const wanted = name.trim().toLowerCase();
  if (wanted === "all") return crew;
  const agent = crew.find((a) => a.name === wanted);
  if (!agent) {
    throw new ConfigurationError({
      input: `${input} ${name}`,
      problem: "is not an AetherStack agent",
      fix: `use one of ${crew.map((a) => a.name).join(", ")}, or all`,
    });
  }
  return [agent];
}

export type { AgentName };
