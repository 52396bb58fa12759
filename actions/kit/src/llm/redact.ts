// Secrets never leave the machine: tokens, keys, private keys and .env values are masked before sending.

/** What replaces a secret in text sent to a model. */
export const REDACTED = "[REDACTED]";

const tokenPatterns: RegExp[] = [
  // Private key blocks, whole.
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----[\s\S]*?(-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|$)/g,
  // GitHub tokens: classic, OAuth, user, server, refresh, fine-grained.
  /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  // OpenAI and similar `sk-` keys.
  /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}\b/g,
  // AWS access key ids.
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
  // Google API keys.
  /\bAIza[0-9A-Za-z_-]{35}\b/g,
  // Slack tokens.
  /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g,
  // Stripe live keys.
  /\b[rs]k_live_[A-Za-z0-9]{16,}\b/g,
  // JSON Web Tokens.
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
  // Credentials inside URLs: scheme://user:password@host.
  /(?<=\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]+(?=@)/gi,
];

/**
 * `NAME = value` where the name ends in a word that says it holds a secret (`GITHUB_TOKEN`,
 * `db_password`, `apiKey`, not `tokenizer` or `author`); the value is masked, the name kept.
 */
const secretAssignment =
  /\b([A-Za-z0-9_.-]*(?:secret|token|passw(?:or)?d|pwd|api[_-]?key|private[_-]?key|access[_-]?key|credentials?)(?:[_-]?(?:base|value))?)(["']?\s*[:=]\s*)(["']?)([^\s"',;]{4,})\3/gi;

/** A `.env` file: every value is a secret until proven otherwise. */
const envLine = /^(\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*\s*=\s*)(.+)$/gm;

/** Quoted literals of 6+ characters, or unquoted values with letters and digits: not `string` or `env.X`. */
function looksSecret(value: string, quoted: boolean): boolean {
  if (quoted) return value.length >= 6;
  return value.length >= 8 && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && !/[()]/.test(value);
}

export interface Redacted {
  text: string;
  /** How many secrets were masked. */
  count: number;
}

/** True for paths whose contents are environment files (`.env`, `.env.local`, `prod.env`). */
export function isEnvFile(file: string): boolean {
  const name = file.split("/").pop() ?? "";
  return /^\.env(\..+)?$/.test(name) || name.endsWith(".env");
}

/**
 * Mask secrets in `text`: the known key values given, well-known token shapes, secret-looking
 * assignments, and, for `.env` files (`envFile`), every value.
 */
export function redactSecrets(text: string, known: string[] = [], envFile = false): Redacted {
  let count = 0;
  let out = text;
  for (const value of known) {
    if (!value) continue;
    const parts = out.split(value);
    count += parts.length - 1;
    out = parts.join(REDACTED);
  }
  const mask = (pattern: RegExp, replace: (...m: string[]) => string) => {
    out = out.replace(pattern, (...m: string[]) => {
      if (m[0]!.includes(REDACTED)) return m[0]!;
      count++;
      return replace(...m);
    });
  };
  if (envFile) mask(envLine, (_all, head) => `${head}${REDACTED}`);
  for (const pattern of tokenPatterns) mask(pattern, () => REDACTED);
  out = out.replace(secretAssignment, (all, name, sep, quote, value: string) => {
    if (value === REDACTED || !looksSecret(value, quote !== "")) return all;
    count++;
    return `${name}${sep}${quote}${REDACTED}${quote}`;
  });
  return { text: out, count };
}
