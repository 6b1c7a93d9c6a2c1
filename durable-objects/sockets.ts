/**
 * Accepts a WebSocket through the hibernation API: the object can be evicted while sockets stay
 * open, so an idle console or chat tab costs nothing. Pings are answered without waking it.
 */
export function acceptHibernatingSocket(ctx: DurableObjectState, request: Request, tags: string[] = []): Response {
  if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
    return new Response("Expected a WebSocket upgrade", { status: 426, headers: { upgrade: "websocket" } });
  }
  const [client, server] = Object.values(new WebSocketPair()) as [WebSocket, WebSocket];
  ctx.acceptWebSocket(server, tags);
  ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
  return new Response(null, { status: 101, webSocket: client });
}

/**
 * Headers for a 101 whose socket the runtime must not compress. workerd agrees on permessage-deflate
 * with the client from the Worker's Sec-WebSocket-Extensions header, and when there is none (an
 * empty value counts as none) from the client's own offer, which every browser makes. Naming an
 * extension other than permessage-deflate agrees on none; the handshake writes only what was
 * agreed, so the client never sees this value.
 */
export const UNCOMPRESSED_SOCKET_HEADERS: Readonly<Record<string, string>> = { "sec-websocket-extensions": "none" };

/** Sends one JSON payload to every open socket; a socket that fails to take it is closed. */
export function broadcast(ctx: DurableObjectState, payload: unknown): number {
  const text = JSON.stringify(payload);
  let delivered = 0;
  for (const socket of ctx.getWebSockets()) {
    try {
      socket.send(text);
      delivered += 1;
    } catch {
      socket.close(1011, "send failed");
    }
  }
  return delivered;
}

/**
 * The code to answer a client's close with. 1005, 1006 and 1015 only describe what happened
 * (no code, abnormal closure, TLS failure) and may not be sent, so they become a normal 1000.
 */
export function closingCode(received: number): number {
  return received === 1005 || received === 1006 || received === 1015 ? 1000 : received;
}
