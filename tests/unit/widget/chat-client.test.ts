import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ChatClient, type ChatLine } from "../../../web/widget/src/chat-client";

/** A browser socket that the test opens and feeds by hand. */
class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static all: FakeSocket[] = [];
  readyState = FakeSocket.CONNECTING;
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  open() {
    this.readyState = FakeSocket.OPEN;
    this.onopen?.();
  }
  push(message: ChatLine) {
    this.onmessage?.({ data: JSON.stringify({ type: "message", message }) });
  }
  close() {}
}

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
const reply: ChatLine = { id: "msg_reply1", author: "assistant", text: "¿Para qué fechas buscás?" };

describe("the widget's chat client", () => {
  let stored: Record<string, string>;
  beforeEach(() => {
    stored = {};
    FakeSocket.all = [];
    vi.stubGlobal("WebSocket", FakeSocket);
    vi.stubGlobal("localStorage", { getItem: (key: string) => stored[key] ?? null, setItem: (key: string, value: string) => (stored[key] = value), removeItem: (key: string) => delete stored[key] });
  });
  afterEach(() => vi.unstubAllGlobals());

  it("shows the reply of a first message whose socket opened after the reply was pushed, while the answer was on its way", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string) => {
        if (url.endsWith("/sessions")) return json({ sessionId: "conv_1", token: "t" });
        // The reply was pushed to the sockets the thread had (none yet); the visitor's socket opens
        // before the REST answer arrives.
        FakeSocket.all[0]!.open();
        return json({ replies: [{ id: reply.id, author: reply.author, text: reply.text }] });
      }),
    );
    const lines: ChatLine[] = [];
    const client = new ChatClient("https://posada.example", "cabanas", "es", (line) => lines.push(line), () => {});
    await client.send("hola!");
    expect(lines).toEqual([expect.objectContaining({ id: reply.id, text: reply.text })]);
  });

  it("hands a reply heard on the socket and again in the answer to the widget under one id, so it is shown once", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string) => {
        if (url.endsWith("/sessions")) return json({ sessionId: "conv_1", token: "t" });
        FakeSocket.all[0]!.open();
        FakeSocket.all[0]!.push(reply);
        return json({ replies: [{ id: reply.id, author: reply.author, text: reply.text }] });
      }),
    );
    const shown = new Map<string, ChatLine>();
    const client = new ChatClient("https://posada.example", "cabanas", "es", (line) => shown.set(line.id, line), () => {});
    await client.send("hola!");
    expect([...shown.values()]).toEqual([expect.objectContaining({ id: reply.id, text: reply.text })]);
  });

  it("reads the thread again when its socket comes back, so what was said while it was down is not lost", async () => {
    stored["posada-chat:cabanas"] = JSON.stringify({ sessionId: "conv_1", token: "t" });
    const staff: ChatLine = { id: "msg_staff", author: "staff", text: "Hola! Soy Marta" };
    let thread: ChatLine[] = [];
    vi.stubGlobal("fetch", vi.fn(async () => json({ data: thread })));
    vi.useFakeTimers();
    try {
      const shown = new Map<string, ChatLine>();
      const client = new ChatClient("https://posada.example", "cabanas", "es", (line) => shown.set(line.id, line), () => {});
      await client.resume();
      FakeSocket.all[0]!.open();
      FakeSocket.all[0]!.onclose?.();
      thread = [staff];
      await vi.advanceTimersByTimeAsync(2_000);
      FakeSocket.all[1]!.open();
      await vi.advanceTimersByTimeAsync(0);
      expect([...shown.values()]).toEqual([expect.objectContaining({ id: staff.id })]);
    } finally {
      vi.useRealTimers();
    }
  });
});
