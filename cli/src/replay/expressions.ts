// GitHub Actions `${{ }}` expressions, the common subset: contexts, literals, ! == != < > && || ( ), and a few functions.
import { ConfigurationError } from "@aetherstack/kit";

export type Value = string | number | boolean | null | Value[] | { [key: string]: Value } | undefined;
export type Contexts = Record<string, Value>;

type Token = { kind: "num" | "str" | "ident" | "op" | "punct"; text: string; value?: Value };

const tokenPattern =
  /\s*(?:(?<num>-?\d+(?:\.\d+)?)|'(?<str>(?:[^']|'')*)'|(?<ident>[A-Za-z_][A-Za-z0-9_-]*)|(?<op>==|!=|<=|>=|&&|\|\||[!<>])|(?<punct>[.()[\],*]))/y;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  let at = 0;
  while (at < source.length) {
    if (/^\s*$/.test(source.slice(at))) break;
    tokenPattern.lastIndex = at;
    const m = tokenPattern.exec(source);
    if (!m?.groups) throw new Error(`unexpected "${source.slice(at).trim().slice(0, 10)}"`);
    at = tokenPattern.lastIndex;
    const g = m.groups;
    if (g.num !== undefined) tokens.push({ kind: "num", text: g.num, value: Number(g.num) });
    else if (g.str !== undefined) tokens.push({ kind: "str", text: g.str, value: g.str.replace(/''/g, "'") });
    else if (g.ident !== undefined) tokens.push({ kind: "ident", text: g.ident });
    else if (g.op !== undefined) tokens.push({ kind: "op", text: g.op });
    else tokens.push({ kind: "punct", text: g.punct! });
  }
  return tokens;
}

/** Truthiness as Actions defines it: false, 0, '', null and undefined are falsy. */
export function truthy(v: Value): boolean {
  return !(v === false || v === 0 || v === "" || v === null || v === undefined || Number.isNaN(v));
}

/** Actions' string form of a value, as used when it is interpolated. */
export function stringify(v: Value): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return JSON.stringify(v, null, 2);
  return String(v);
}

function looseEquals(a: Value, b: Value): boolean {
  if (typeof a === "string" && typeof b === "string") return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b) return a === b;
  const num = (v: Value) =>
    v === null || v === undefined ? 0 : typeof v === "boolean" ? Number(v) : Number(v);
  return num(a) === num(b);
}

const functions: Record<string, (...args: Value[]) => Value> = {
  contains: (hay, needle) =>
    Array.isArray(hay)
      ? hay.some((v) => looseEquals(v, needle))
      : stringify(hay).toLowerCase().includes(stringify(needle).toLowerCase()),
  startswith: (s, p) => stringify(s).toLowerCase().startsWith(stringify(p).toLowerCase()),
  endswith: (s, p) => stringify(s).toLowerCase().endsWith(stringify(p).toLowerCase()),
  format: (f, ...rest) => stringify(f).replace(/\{(\d+)\}/g, (_, i: string) => stringify(rest[Number(i)])),
  join: (arr, sep) =>
    Array.isArray(arr) ? arr.map(stringify).join(sep === undefined ? "," : stringify(sep)) : stringify(arr),
  tojson: (v) => JSON.stringify(v ?? null, null, 2),
  fromjson: (v) => JSON.parse(stringify(v)) as Value,
  success: () => true,
  always: () => true,
  failure: () => false,
  cancelled: () => false,
};

class Parser {
  private at = 0;
  private readonly tokens: Token[];
  private readonly contexts: Contexts;
  constructor(tokens: Token[], contexts: Contexts) {
    this.tokens = tokens;
    this.contexts = contexts;
  }

  parse(): Value {
    const v = this.or();
    if (this.at < this.tokens.length) throw new Error(`unexpected "${this.tokens[this.at]!.text}"`);
    return v;
  }
  private peek(text?: string): Token | undefined {
    const t = this.tokens[this.at];
    return t && (text === undefined || t.text === text) ? t : undefined;
  }
  private take(text: string): boolean {
    if (this.peek(text)) {
      this.at++;
      return true;
    }
    return false;
  }
  private or(): Value {
    let left = this.and();
    while (this.take("||")) {
      const right = this.and();
      left = truthy(left) ? left : right;
    }
    return left;
  }
  private and(): Value {
    let left = this.comparison();
    while (this.take("&&")) {
      const right = this.comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  }
  private comparison(): Value {
    let left = this.unary();
    for (;;) {
      const op = ["==", "!=", "<", ">", "<=", ">="].find((o) => this.peek(o));
      if (!op) return left;
      this.at++;
      const right = this.unary();
      if (op === "==") left = looseEquals(left, right);
      else if (op === "!=") left = !looseEquals(left, right);
      else {
        const [a, b] = [Number(left), Number(right)];
        left = op === "<" ? a < b : op === ">" ? a > b : op === "<=" ? a <= b : a >= b;
      }
    }
  }
  private unary(): Value {
    if (this.take("!")) return !truthy(this.unary());
    return this.postfix(this.primary());
  }
  private primary(): Value {
    const t = this.tokens[this.at++];
    if (!t) throw new Error("unexpected end of expression");
    if (t.kind === "num" || t.kind === "str") return t.value;
    if (t.text === "(") {
      const v = this.or();
      if (!this.take(")")) throw new Error('missing ")"');
      return v;
    }
    if (t.kind !== "ident") throw new Error(`unexpected "${t.text}"`);
    const name = t.text;
    if (name === "true") return true;
    if (name === "false") return false;
    if (name === "null") return null;
    if (this.take("(")) return this.call(name);
    return this.contexts[name];
  }
  private call(name: string): Value {
    const fn = functions[name.toLowerCase()];
    if (!fn) throw new Error(`unknown function ${name}()`);
    const args: Value[] = [];
    if (!this.take(")")) {
      do args.push(this.or());
      while (this.take(","));
      if (!this.take(")")) throw new Error(`missing ")" after ${name}(`);
    }
    return fn(...args);
  }
  private postfix(base: Value): Value {
    let v = base;
    for (;;) {
      if (this.take(".")) {
        const t = this.tokens[this.at++];
        if (!t || (t.kind !== "ident" && t.text !== "*"))
          throw new Error('expected a property name after "."');
        v = member(v, t.text);
      } else if (this.take("[")) {
        const key = this.or();
        if (!this.take("]")) throw new Error('missing "]"');
        v = member(v, stringify(key));
      } else return v;
    }
  }
}

function member(v: Value, key: string): Value {
  if (v === null || v === undefined || typeof v !== "object") return undefined;
  if (Array.isArray(v)) return /^\d+$/.test(key) ? v[Number(key)] : undefined;
  const hit = Object.keys(v).find((k) => k.toLowerCase() === key.toLowerCase());
  return hit === undefined ? undefined : v[hit];
}

/** Evaluate one expression (the text inside `${{ }}`). `where` names it in errors. */
export function evaluate(expression: string, contexts: Contexts, where: string): Value {
  try {
    return new Parser(tokenize(expression), contexts).parse();
  } catch (error) {
    throw new ConfigurationError({
      input: where,
      problem: `has an expression AetherStack cannot evaluate: \${{ ${expression.trim()} }} (${(error as Error).message})`,
      fix: "use a literal value there, or pass the value with --input key=value",
    });
  }
}

/** Replace every `${{ … }}` in a string. A string that is one whole expression keeps its value's type. */
export function interpolate(text: string, contexts: Contexts, where: string): Value {
  const whole = /^\s*\$\{\{(.*?)\}\}\s*$/s.exec(text);
  if (whole) return evaluate(whole[1]!, contexts, where);
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_, e: string) => stringify(evaluate(e, contexts, where)));
}
