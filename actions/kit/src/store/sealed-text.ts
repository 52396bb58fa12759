// Text sealed with its own digest, for caches that are trusted without a second check: a file read
// back is used only when it is exactly what was written (not torn, not edited by hand).
import { createHash } from "node:crypto";

/** `text` behind a line holding its SHA-256 digest. */
export function seal(text: string): string {
  return `${digest(text)}\n${text}`;
}

/** The text sealed by `seal`, or null when `sealed` is not exactly what was sealed. */
export function unseal(sealed: string): string | null {
  const cut = sealed.indexOf("\n");
  if (cut < 0) return null;
  const text = sealed.slice(cut + 1);
  return digest(text) === sealed.slice(0, cut) ? text : null;
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
