import { DurableObject } from "cloudflare:workers";
import { liveEventsSchema } from "../../shared/live/event-schema";
import type { LiveEvent } from "../../shared/live/events";
import type { Env } from "../../workers/platform/env";
import { acceptHibernatingSocket, broadcast, closingCode } from "../sockets";
import { LIVE_USER_HEADER } from "./publish";

/**
 * One hub per tenant: every console tab of the tenant holds a socket here and hears what changed
 * (a guest wrote, a hold was made or expired, a payment confirmed). It stores nothing: a console
 * that was away refetches on reconnect.
 */
const userTag = (userId: string) => `user:${userId}`;

export class TenantLiveHub extends DurableObject<Env> {
  override async fetch(request: Request): Promise<Response> {
    const userId = request.headers.get(LIVE_USER_HEADER);
    return acceptHibernatingSocket(this.ctx, request, userId ? [userTag(userId)] : []);
  }

  /** Closes every console a member has open, at once: an owner removed them from the team. */
  async disconnectUser(userId: string): Promise<number> {
    const sockets = this.ctx.getWebSockets(userTag(userId));
    for (const socket of sockets) {
      try {
        socket.close(1008, "removed from the team");
      } catch {
        // Already closing.
      }
    }
    return sockets.length;
  }

  /** Pushes events to every open console of the tenant; answers how many sockets took them. */
  async publish(input: LiveEvent[]): Promise<number> {
    const events = liveEventsSchema.parse(input);
    let delivered = 0;
    for (const event of events) delivered = broadcast(this.ctx, event);
    return delivered;
  }

  async connectedSockets(): Promise<number> {
    return this.ctx.getWebSockets().length;
  }

  override async webSocketMessage(): Promise<void> {
    // Consoles only listen; anything but the auto-answered ping is ignored.
  }

  override async webSocketClose(socket: WebSocket, code: number): Promise<void> {
    socket.close(closingCode(code), "closing");
  }
}
