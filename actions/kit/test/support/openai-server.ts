// A loopback OpenAI-protocol server for tests: scripted replies, failures on cue, every request recorded.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll } from "vitest";

/** A request as the server saw it. */
export interface RecordedRequest {
  method: string;
  /** Path and query: `/openai/deployments/d/chat/completions?api-version=2024-10-21`. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

/** What the server does with one request. */
export type Reply =
  | { type: "answer"; content: string; finishReason?: string; usage?: { prompt: number; completion: number } }
  | { type: "status"; status: number; body?: unknown; headers?: Record<string, string> }
  | { type: "hang" };

/** A reply whose content is `value` as JSON. */
export function answer(value: unknown, usage = { prompt: 100, completion: 20 }): Reply {
  return { type: "answer", content: typeof value === "string" ? value : JSON.stringify(value), usage };
}

/** An answer cut off by the output limit. */
export function truncated(content = '{"insights": [{"title": "Cut'): Reply {
  return { type: "answer", content, finishReason: "length", usage: { prompt: 100, completion: 16 } };
}

/** An error status with an OpenAI-style error body. */
export function status(
  code: number,
  message = `status ${code}`,
  headers: Record<string, string> = {},
): Reply {
  return { type: "status", status: code, body: { error: { message, type: "test", code: null } }, headers };
}

export interface OpenAiServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  requests: RecordedRequest[];
  /** Queue replies, answered in order; an unscripted request gets a 500 that is not retried. */
  reply(...replies: Reply[]): void;
  close(): Promise<void>;
}

const servers: OpenAiServer[] = [];
afterAll(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Start a server on 127.0.0.1 (closed after the test file). */
export async function startOpenAiServer(): Promise<OpenAiServer> {
  const queue: Reply[] = [];
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer(async (req, res) => {
    const body = await readJson(req);
    requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
    const next = queue.shift() ?? {
      type: "status",
      status: 500,
      body: { error: { message: "no scripted reply left" } },
      headers: { "x-should-retry": "false" },
    };
    respond(res, next, body, hanging);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const handle: OpenAiServer = {
    origin: `http://127.0.0.1:${port}`,
    requests,
    reply: (...replies) => queue.push(...replies),
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  servers.push(handle);
  return handle;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

function respond(
  res: ServerResponse,
  reply: Reply,
  body: Record<string, unknown>,
  hanging: Set<ServerResponse>,
): void {
  if (reply.type === "hang") {
    hanging.add(res);
    res.on("close", () => hanging.delete(res));
    return;
  }
  if (reply.type === "status") {
    res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
    res.end(JSON.stringify(reply.body ?? {}));
    return;
  }
  const completion = {
    id: `chatcmpl-test-${Math.random().toString(36).slice(2, 10)}`,
    object: "chat.completion",
    created: 1_764_547_200,
    model: String(body.model ?? "test-model"),
    choices: [
      {
        index: 0,
        message: { role: "assistant", content: reply.content, refusal: null },
        finish_reason: reply.finishReason ?? "stop",
        logprobs: null,
      },
    ],
    usage: {
      prompt_tokens: reply.usage?.prompt ?? 100,
      completion_tokens: reply.usage?.completion ?? 20,
      total_tokens: (reply.usage?.prompt ?? 100) + (reply.usage?.completion ?? 20),
    },
  };
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify(completion));
}
