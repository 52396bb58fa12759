// Action inputs as the runner passes them: INPUT_<NAME> variables.

/** Every input given to the step, by its action.yml name (`fail-on`). */
export function readActionInputs(env: NodeJS.ProcessEnv): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith("INPUT_") || value === undefined) continue;
    inputs[key.slice(6).toLowerCase().replace(/ /g, "_")] = value.trim();
  }
  return inputs;
}
