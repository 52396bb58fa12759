// A marker on the Markdown files we write, so we can tell ours from files a person wrote or edited.
import { createHash } from "node:crypto";

const PREFIX = "<!-- aetherstack:generated";

/** Prepend the marker, which carries a hash of the content so a hand edit is detectable. */
export function markGenerated(markdown: string): string {
  return `${PREFIX} sha256=${hash(markdown)}; edits here are kept: AetherStack will stop updating this file -->\n${markdown}`;
}

/** True when `text` is a file we wrote and nobody has edited since. */
export function isUntouchedGenerated(text: string): boolean {
  const m = /^<!-- aetherstack:generated sha256=([0-9a-f]{64});[^\n]*-->\n/.exec(text);
  return m !== null && m[1] === hash(text.slice(m[0].length));
}

function hash(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}
