// Time comes from the context so reports and tests are reproducible.

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stuck at one instant; `advance` moves it. */
export function fixedClock(at: Date | string): Clock & { advance(ms: number): void } {
  let t = new Date(at).getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}
