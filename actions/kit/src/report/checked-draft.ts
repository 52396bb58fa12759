// Drafts are checked against the schema once. A check walks every finding, and on a rerun that
// reuses its last draft it would cost as much as the rest of the run; so a draft is checked when it
// is made, and a stored draft carries a digest that proves, when it is read back, that it is the
// very draft that passed.
import { createHash } from "node:crypto";
import type * as z from "zod";
import { ReportDraft } from "./schema.ts";

/** A draft as the schema gives it back: defaults filled in. */
export type CheckedDraft = z.output<typeof ReportDraft>;

const checked = new WeakSet<object>();

/** The draft checked against the schema (throws on a malformed one: an agent bug); each draft once. */
export function checkDraft(draft: ReportDraft): CheckedDraft {
  if (checked.has(draft)) return draft as CheckedDraft;
  const parsed = ReportDraft.parse(draft);
  checked.add(parsed);
  return parsed;
}

/** The draft, checked, as text to store: a digest line, then its JSON. */
export function serializeCheckedDraft(draft: ReportDraft): string {
  const json = JSON.stringify(checkDraft(draft));
  return `${digest(json)}\n${json}`;
}

/** A draft stored by serializeCheckedDraft, or null when the text is not exactly what was stored. */
export function parseCheckedDraft(text: string): CheckedDraft | null {
  const cut = text.indexOf("\n");
  if (cut < 0) return null;
  const json = text.slice(cut + 1);
  if (digest(json) !== text.slice(0, cut)) return null;
  try {
    const draft = JSON.parse(json) as CheckedDraft;
    checked.add(draft);
    return draft;
  } catch {
    return null;
  }
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
