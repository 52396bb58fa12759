import { readFileSync } from "node:fs";
import path from "node:path";
import { llmConfigScope, publishConfigScope, resolveConfig } from "@aetherstack/kit";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { crew } from "../src/crew.ts";

const root = path.resolve(import.meta.dirname, "../../..");
const hostInputs = ["agent", "store-dir"];

function inputsOf(file: string): Record<string, { default?: string }> {
  return (
    parse(readFileSync(path.join(root, file), "utf8")) as { inputs: Record<string, { default?: string }> }
  ).inputs;
}

/** The defaults the runner would pass, with `${{ }}` defaults as an empty string. */
function defaults(file: string): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const [name, def] of Object.entries(inputsOf(file))) {
    if (!hostInputs.includes(name))
      inputs[name] = String(def.default ?? "").includes("${{") ? "" : String(def.default ?? "");
  }
  return inputs;
}

describe("action.yml files", () => {
  for (const agent of crew) {
    it(`every input of actions/${agent.name}/action.yml is accepted by its settings, with its defaults`, () => {
      const scopes = {
        config: { fileKey: agent.name, schema: agent.configSchema as never, inputPrefix: "" },
        llm: llmConfigScope,
        publish: publishConfigScope,
      };
      expect(() =>
        resolveConfig({}, defaults(`actions/${agent.name}/action.yml`), scopes as never),
      ).not.toThrow();
    });

    it(`actions/${agent.name}/action.yml declares every publish and llm setting`, () => {
      const declared = Object.keys(inputsOf(`actions/${agent.name}/action.yml`));
      const wanted = [
        ...Object.keys(publishConfigScope.schema.shape),
        ...Object.keys(llmConfigScope.schema.shape).map((k) => `llm-${k}`),
      ].filter(
        (k) =>
          ![
            "llm-max-input-tokens",
            "llm-cache",
            "llm-max-retries",
            "llm-structured-output",
            "llm-prices",
          ].includes(k),
      );
      expect(wanted.filter((k) => !declared.includes(k))).toEqual([]);
    });
  }

  it("the umbrella action shares the agents' publish and llm inputs", () => {
    const umbrella = inputsOf("action.yml");
    const analyze = inputsOf("actions/analyze/action.yml");
    for (const [name, def] of Object.entries(analyze)) {
      const shared = name in publishConfigScope.schema.shape || name.startsWith("llm-");
      if (shared) expect(umbrella[name], name).toEqual(def);
    }
  });
});
