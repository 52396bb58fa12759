// A cache file holding one value under a key: the key on the first line, the value after it. The
// draft memo and the part memos are such files; a reader asking for another key gets nothing.
import { readFile } from "node:fs/promises";
import { writeCacheFile } from "@aetherstack/kit";

/** The value stored in `file` under `key`, or null (no file, or one written under another key). */
export async function readKeyed(file: string, key: string): Promise<string | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return null;
  }
  const cut = text.indexOf("\n");
  return cut > 0 && text.slice(0, cut) === key ? text.slice(cut + 1) : null;
}

/** Store `value` under `key`, replacing whatever `file` held. */
export async function writeKeyed(file: string, key: string, value: string): Promise<void> {
  await writeCacheFile(file, `${key}\n${value}`);
}
