// A small real repository with something worth reporting: one complex function, history, two authors.
import { commit, tempRepo } from "../../actions/kit/test/support/temp-repo.ts";

export const complexFunction = (
  name: string,
) => `export function ${name}(xs: number[], mode: string): number {
  let total = 0;
  for (const x of xs) {
    if (x > 0) {
      if (mode === "a" && x % 2 === 0) {
        for (let i = 0; i < x; i++) {
          if (i % 3 === 0 || i % 5 === 0) total += i;
          else if (i % 7 === 0) total -= i;
        }
      } else if (mode === "b") {
        while (total < x) total += x > 10 ? 2 : 1;
      }
    } else {
      switch (mode) {
        case "c": total += 1; break;
        case "d": total -= 1; break;
      }
    }
  }
  return total;
}
`;

/** A repo with README, a test, a complex function in src/score.ts, and a few commits. */
export function sampleRepo(): string {
  const dir = tempRepo(
    {
      "README.md": "# Sample\n\nA sample project.\n",
      "package.json": JSON.stringify({ name: "sample", version: "1.0.0", type: "module" }, null, 2),
      "src/score.ts": complexFunction("score"),
      "src/util.ts": "export const double = (n: number) => n * 2;\n",
      "test/util.test.ts": 'import { double } from "../src/util.ts";\nconsole.log(double(2));\n',
    },
    { author: "Ada", email: "ada@example.com", date: "2026-10-01T10:00:00Z" },
  );
  commit(
    dir,
    {
      "src/util.ts":
        "export const double = (n: number) => n * 2;\nexport const triple = (n: number) => n * 3;\n",
    },
    {
      author: "Grace",
      email: "grace@example.com",
      date: "2026-11-01T10:00:00Z",
    },
  );
  return dir;
}
