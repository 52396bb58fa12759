// Table rows picked without sorting every candidate must be the rows a full sort would give.
import { describe, expect, it } from "vitest";
import { firstRows } from "../src/first-rows.ts";

describe("firstRows", () => {
  it("gives what a stable sort cut to the count gives, ties and short inputs included", () => {
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const byValue = (a: { value: number }, b: { value: number }) => b.value - a.value;
    for (const size of [0, 1, 5, 15, 16, 200]) {
      const items = Array.from({ length: size }, (_, id) => ({ id, value: next(6) }));
      for (const count of [1, 3, 15]) {
        expect(firstRows(items, count, byValue)).toEqual([...items].sort(byValue).slice(0, count));
      }
    }
  });
});
