import { SELF } from "cloudflare:test";
import { BASE } from "./api";

export interface TestSocket {
  /** Every JSON payload received so far, in order. */
  received: unknown[];
  /** Resolves with the first payload (already received or still to come) that matches. */
  next<T = Record<string, unknown>>(match: (payload: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<T>;
  send(text: string): void;
  close(): void;
  /** Resolves when the server closes the socket, with its code. */
  closed: Promise<{ code: number; reason: string }>;
}

/** Opens a WebSocket through the Worker's real fetch handler; answers the refusal when there is one. */
export async function openSocket(path: string, headers: Record<string, string> = {}): Promise<{ status: number; socket?: TestSocket; body?: string }> {
  const response = await SELF.fetch(`${BASE}${path}`, { headers: { upgrade: "websocket", ...headers } });
  const ws = response.webSocket;
  if (response.status !== 101 || !ws) return { status: response.status, body: await response.text() };
  ws.accept();
  const received: unknown[] = [];
  const waiters: { match: (payload: Record<string, unknown>) => boolean; resolve: (payload: unknown) => void }[] = [];
  ws.addEventListener("message", (event) => {
    const payload = typeof event.data === "string" && event.data.startsWith("{") ? JSON.parse(event.data) : event.data;
    received.push(payload);
    for (const waiter of [...waiters]) {
      if (typeof payload === "object" && waiter.match(payload)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(payload);
      }
    }
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.addEventListener("close", (event) => resolve({ code: event.code, reason: event.reason })));
  const socket: TestSocket = {
    received,
    closed,
    next<T>(match: (payload: Record<string, unknown>) => boolean, timeoutMs = 10_000) {
      const already = received.find((payload) => typeof payload === "object" && payload !== null && match(payload as Record<string, unknown>));
      if (already) return Promise.resolve(already as T);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching socket message within ${timeoutMs} ms; got ${JSON.stringify(received)}`)), timeoutMs);
        waiters.push({
          match,
          resolve: (payload) => {
            clearTimeout(timer);
            resolve(payload as T);
          },
        });
      });
    },
    send: (text) => ws.send(text),
    close: () => ws.close(1000, "test done"),
  };
  return { status: 101, socket };
}

/** Strips the scheme and host a WebSocket URL was issued with, for SELF.fetch. */
export const pathOf = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
};
