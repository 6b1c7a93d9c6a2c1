import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";
import { requireSession, sessionUserId } from "../../middleware/auth";
import { authErrors, jsonResponse, problemSchema, security } from "../../common";
import { findTenantUser } from "../../../tenancy/accounts";
import { issueLiveTicket, verifyLiveTicket } from "../../../platform/live/tickets";
import { LIVE_USER_HEADER } from "../../../../durable-objects/live/publish";

const ticketRoute = createRoute({
  method: "post",
  path: "/v1/live/tickets",
  tags: ["Tenancy"],
  summary: "A one-minute ticket to open the console's live updates WebSocket",
  description:
    "Open `url` as a WebSocket: it carries JSON events (`reservation.changed`, `calendar.changed`, `conversation.changed`, `alert.raised`) for the signed-in user's tenant. Send `ping` to get `pong`.",
  security,
  middleware: [requireSession()] as const,
  responses: {
    201: jsonResponse("Ticket", z.object({ url: z.string(), expiresAt: z.iso.datetime() }).openapi("LiveTicket")),
    ...authErrors,
  },
});

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: problemSchema } } });

const socketRoute = createRoute({
  method: "get",
  path: "/v1/live",
  tags: ["Tenancy"],
  summary: "The console's live updates WebSocket, opened with a ticket from POST /v1/live/tickets",
  description: "Authenticated by its ticket, not by a bearer credential: browsers cannot set headers on a WebSocket.",
  request: { query: z.object({ ticket: z.string().max(2048).optional() }) },
  responses: {
    101: { description: "Switching to the WebSocket protocol" },
    401: problem("Missing, invalid or expired ticket, or a user removed since it was issued"),
    426: problem("Not a WebSocket upgrade"),
  },
});

export function registerLive(app: OpenAPIHono<AppEnv>) {
  app.openapi(ticketRoute, async (c) => {
    const principal = c.get("principal");
    const { ticket, expiresAt } = await issueLiveTicket(c.get("config").jwtSecret, principal.tenantId, sessionUserId(principal));
    const url = new URL("/v1/live", c.req.url);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    url.searchParams.set("ticket", ticket);
    return c.json({ url: url.toString(), expiresAt }, 201);
  });

  // Authenticated by its ticket (listed in PUBLIC_V1_ROUTES so the bearer check does not run).
  app.openapi(socketRoute, async (c) => {
    const claims = await verifyLiveTicket(c.get("config").jwtSecret, c.req.valid("query").ticket ?? "");
    // A user removed since the ticket was issued gets nothing.
    if (!claims || !(await findTenantUser(c.var.db, claims.tenantId, claims.userId))) {
      throw new AppError(401, "unauthorized", "This live ticket is not valid; ask for a new one");
    }
    if (c.req.header("upgrade")?.toLowerCase() !== "websocket") throw new AppError(426, "upgrade_required", "Open this URL as a WebSocket");
    // The hub tags the socket with its user, so removing the member closes it at once.
    const handOver = new Request(c.req.raw);
    handOver.headers.set(LIVE_USER_HEADER, claims.userId);
    return c.env.LIVE.get(c.env.LIVE.idFromName(claims.tenantId)).fetch(handOver);
  });
}
