// Schema pieces that accept both action inputs (always strings) and YAML values (typed).
import * as z from "zod";

/** A list: YAML sequence, or a comma- or newline-separated input string. */
export function list() {
  return z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(/[,\n]/)
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    z.array(z.string()),
  );
}

/** A whole number within bounds; inputs like "12" are accepted. */
export function int(min: number, max: number) {
  return z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
    z.number().int().min(min).max(max),
  );
}

/** true/false, yes/no, on/off. */
export function bool() {
  return z.preprocess((v) => {
    if (typeof v !== "string") return v;
    const s = v.trim().toLowerCase();
    if (["true", "yes", "on", "1"].includes(s)) return true;
    if (["false", "no", "off", "0"].includes(s)) return false;
    return v;
  }, z.boolean());
}
