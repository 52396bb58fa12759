// The one order for text shown to people (paths, names, languages): the default locale's collation,
// as `a.localeCompare(b)` gives it, through one collator. localeCompare sets a collator up on every
// call, and tie-breaks over tens of thousands of rows made that show in a run's profile.
const collator = new Intl.Collator();

/** Compare two strings as `a.localeCompare(b)` does, for sort callbacks. */
export const compareText: (a: string, b: string) => number = collator.compare;

/** The locale compareText sorts by: a cache of sorted rows is valid for this locale only. */
export const textOrderLocale: string = collator.resolvedOptions().locale;
