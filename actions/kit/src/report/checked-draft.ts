// Drafts are checked against the schema once. A check walks every finding, and on a rerun that
// reuses its last draft it would cost as much as the rest of the run; so a draft is checked when it
// is made, and a stored draft carries a digest that proves, when it is read back, that it is the
// very draft that passed.
import type * as z from "zod";
import { seal, unseal } from "../store/sealed-text.ts";
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
  return seal(JSON.stringify(checkDraft(draft)));
}

/** A draft stored by serializeCheckedDraft, or null when the text is not exactly what was stored. */
export function parseCheckedDraft(text: string): CheckedDraft | null {
  const json = unseal(text);
  if (json === null) return null;
  try {
    const draft = JSON.parse(json) as CheckedDraft;
    checked.add(draft);
    return draft;
  } catch {
    return null;
  }
}
