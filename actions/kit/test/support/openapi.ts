// GitHub's OpenAPI description, loaded once, for the loopback server: route matching and request validation.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

type Schema = Record<string, unknown>;
interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { content?: Record<string, { schema?: Schema }>; required?: boolean };
}
interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
}

let spec: Spec | null = null;
let routes: { template: string; regex: RegExp; names: string[]; literal: number }[] = [];

/** The plain (not dereferenced) description: 13 MB, parsed once per test process; `$ref`s resolve on use. */
function load(): Spec {
  if (spec) return spec;
  const require = createRequire(import.meta.url);
  const file = require.resolve("@octokit/openapi/generated/api.github.com.json");
  spec = JSON.parse(readFileSync(file, "utf8")) as Spec;
  routes = Object.keys(spec.paths).map((template) => {
    const names: string[] = [];
    const source = template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      names.push(name);
      return "([^/]+)";
    });
    return {
      template,
      regex: new RegExp(`^${source}$`),
      names,
      literal: template.replace(/\{[^}]+\}/g, "").length,
    };
  });
  // Literal segments beat parameters: /pulls/comments before /pulls/{pull_number}.
  routes.sort((a, b) => b.literal - a.literal);
  return spec;
}

function resolve<T>(node: T | { $ref: string }): T {
  let current: unknown = node;
  for (let i = 0; i < 20 && current && typeof current === "object" && "$ref" in current; i++) {
    const ref = (current as { $ref: string }).$ref;
    current = ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>(
        (at, key) => (at as Record<string, unknown>)[key.replace(/~1/g, "/").replace(/~0/g, "~")],
        load(),
      );
  }
  return current as T;
}

export interface MatchedRequest {
  operationId: string;
  template: string;
  params: Record<string, string>;
}

/** Find the operation for a method and path, or null when GitHub has no such endpoint. */
export function matchOperation(
  method: string,
  pathname: string,
): (MatchedRequest & { operation: Operation }) | null {
  const s = load();
  for (const route of routes) {
    const m = route.regex.exec(pathname);
    if (!m) continue;
    const operation = s.paths[route.template]?.[method.toLowerCase()];
    if (!operation) continue;
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => {
      params[name] = decodeURIComponent(m[i + 1]!);
    });
    return { operationId: operation.operationId, template: route.template, params, operation };
  }
  return null;
}

/** Problems with a request's path parameters, query and JSON body; empty when it is what GitHub accepts. */
export function validateRequest(
  operation: Operation,
  params: Record<string, string>,
  query: URLSearchParams,
  body: unknown,
): string[] {
  const problems: string[] = [];
  const declared = (operation.parameters ?? []).map((p) => resolve<Parameter>(p));
  for (const p of declared) {
    const raw = p.in === "path" ? params[p.name] : p.in === "query" ? query.get(p.name) : undefined;
    if (p.in !== "path" && p.in !== "query") continue;
    if (raw === undefined || raw === null) {
      if (p.required) problems.push(`missing ${p.in} parameter ${p.name}`);
      continue;
    }
    if (p.schema) validate(resolve(p.schema), coerce(raw, resolve(p.schema)), `${p.in} ${p.name}`, problems);
  }
  const knownQuery = new Set(declared.filter((p) => p.in === "query").map((p) => p.name));
  for (const key of query.keys()) if (!knownQuery.has(key)) problems.push(`unknown query parameter ${key}`);
  const bodySchema = operation.requestBody?.content?.["application/json"]?.schema;
  if (bodySchema) {
    if (body === undefined) {
      if (operation.requestBody?.required) problems.push("missing JSON body");
    } else validate(resolve(bodySchema), body, "body", problems);
  } else if (body !== undefined && !(typeof body === "object" && body && Object.keys(body).length === 0)) {
    problems.push("this operation takes no body");
  }
  return problems;
}

function coerce(raw: string, schema: Schema): unknown {
  if (schema.type === "integer" || schema.type === "number") return raw.trim() === "" ? raw : Number(raw);
  if (schema.type === "boolean") return raw === "true" ? true : raw === "false" ? false : raw;
  return raw;
}

/** A JSON Schema check of the OpenAPI 3.0 subset GitHub uses; unknown object keys are errors. */
let lenient = false;

export function validate(
  schemaIn: Schema,
  value: unknown,
  at: string,
  problems: string[],
  allowExtra = false,
): void {
  const schema = resolve(schemaIn);
  if (value === null) {
    if (
      schema.nullable ||
      schema.type === "null" ||
      (Array.isArray(schema.enum) && schema.enum.includes(null))
    )
      return;
    if (schema.oneOf || schema.anyOf || schema.allOf) {
      // fall through: a branch may be nullable
    } else {
      problems.push(`${at} must not be null`);
      return;
    }
  }
  if (Array.isArray(schema.allOf))
    for (const s of schema.allOf as Schema[]) validate(s, value, at, problems, true);
  for (const key of ["oneOf", "anyOf"] as const) {
    const options = schema[key] as Schema[] | undefined;
    if (!options) continue;
    const fits = options.some((option) => {
      const scratch: string[] = [];
      validate(option, value, at, scratch, true);
      return scratch.length === 0;
    });
    if (!fits) {
      const first: string[] = [];
      validate(options[0]!, value, at, first, true);
      problems.push(`${at} matches none of ${key} (first: ${first[0] ?? "?"})`);
    }
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    problems.push(`${at} is ${JSON.stringify(value)}, not one of ${JSON.stringify(schema.enum)}`);
    return;
  }
  const type = schema.type as string | string[] | undefined;
  const types = Array.isArray(type) ? type : type ? [type] : [];
  if (types.length > 0 && !types.some((t) => hasType(t, value))) {
    problems.push(`${at} should be ${types.join(" or ")}, got ${JSON.stringify(value)?.slice(0, 60)}`);
    return;
  }
  if (typeof value === "string") {
    if (typeof schema.maxLength === "number" && value.length > schema.maxLength)
      problems.push(`${at} is longer than ${schema.maxLength}`);
    if (typeof schema.minLength === "number" && value.length < schema.minLength)
      problems.push(`${at} is shorter than ${schema.minLength}`);
    if (schema.format === "date-time" && Number.isNaN(Date.parse(value)))
      problems.push(`${at} is not a date-time`);
  }
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum)
      problems.push(`${at} is below ${schema.minimum}`);
    if (typeof schema.maximum === "number" && value > schema.maximum)
      problems.push(`${at} is above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems)
      problems.push(`${at} has more than ${schema.maxItems} items`);
    if (schema.items) {
      for (const [i, item] of value.entries())
        validate(schema.items as Schema, item, `${at}[${i}]`, problems);
    }
  } else if (value && typeof value === "object" && (schema.properties || schema.type === "object")) {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const req of (schema.required ?? []) as string[]) {
      if (!(req in value)) problems.push(`${at}.${req} is required`);
    }
    const extra = schema.additionalProperties;
    for (const [key, v] of Object.entries(value)) {
      if (props[key]) validate(props[key], v, `${at}.${key}`, problems);
      else if (extra && typeof extra === "object") validate(extra as Schema, v, `${at}.${key}`, problems);
      else if (
        !allowExtra &&
        !lenient &&
        extra !== true &&
        schema.properties &&
        !schema.oneOf &&
        !schema.anyOf &&
        !schema.allOf
      ) {
        problems.push(`${at}.${key} is not a known property`);
      }
    }
  }
}

function hasType(type: string, value: unknown): boolean {
  switch (type) {
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "null":
      return value === null;
    default:
      return true;
  }
}

/** Problems with a response the loopback server is about to send, so its shapes stay like GitHub's. */
export function validateResponse(operation: Operation, status: number, body: unknown): string[] {
  const responses = (operation as { responses?: Record<string, unknown> }).responses ?? {};
  const declared = responses[String(status)];
  if (!declared) return status >= 400 ? [] : [`status ${status} is not a documented response`];
  const response = resolve<{ content?: Record<string, { schema?: Schema }> }>(declared as never);
  const schema = response.content?.["application/json"]?.schema;
  if (!schema || body === undefined) return [];
  const problems: string[] = [];
  // Responses may carry fields the description leaves out; required fields and types still count.
  lenient = true;
  try {
    validate(resolve(schema), body, "response", problems, true);
  } finally {
    lenient = false;
  }
  return problems;
}
