// One vitest setup for every workspace: tests live beside the code in each package's test/.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["actions/*/test/**/*.test.ts", "cli/test/**/*.test.ts", "site/test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    reporters: ["default"],
  },
});
