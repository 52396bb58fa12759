// The few rows a table shows out of thousands of candidates, without sorting them all: each
// candidate is compared with the rows kept so far, and most are turned away by the last one.

/**
 * Offer `item` to `kept`, which holds the first `count` items offered so far in `compare` order:
 * the rows a stable sort of every item offered, cut to `count`, would give (ties keep their order).
 */
export function keepFirst<T>(kept: T[], item: T, count: number, compare: (a: T, b: T) => number): void {
  if (count <= 0) return;
  if (kept.length === count && compare(item, kept[count - 1]!) >= 0) return;
  let at = kept.length;
  while (at > 0 && compare(item, kept[at - 1]!) < 0) at--;
  kept.splice(at, 0, item);
  if (kept.length > count) kept.pop();
}

/** The first `count` of `items` in `compare` order, as `[...items].sort(compare).slice(0, count)`. */
export function firstRows<T>(items: Iterable<T>, count: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  for (const item of items) keepFirst(kept, item, count, compare);
  return kept;
}
