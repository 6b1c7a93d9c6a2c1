import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { ROOM_TENANT_HEADER, ROOM_VIEWER_HEADER } from "../../../../durable-objects/quotations/viewer-headers";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";
import { verifyLiveTicket } from "../../../platform/live/tickets";
import { roomOf } from "../../../quotations/room-client";
import { findTenantUser } from "../../../tenancy/accounts";
import { problemSchema } from "../../common";
import { quotationIdParam } from "./schema";

/** Matched before authentication: the socket is opened with a live ticket, as browsers cannot set headers on it. */
export const QUOTATION_LIVE_PATH = /^\/v1\/quotations\/[^/]+\/live$/;

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: problemSchema } } });

const route = createRoute({
  method: "get",
  path: "/v1/quotations/{id}/live",
  tags: ["Quotations"],
  summary: "The operator's live room: every event of the quotation over a WebSocket",
  description:
    "Opened with a ticket from POST /v1/live/tickets (`?ticket=`). Frames are JSON: first `{ type: 'hello', seq }`, then `{ type: 'events', events: [{ seq, at, item }, …] }`, each carrying in sequence order the changes made together (a burst of offers arrives as one frame). Reconnect with `?after=<last seq seen>` to get what was missed, in frames of the same shape.",
  request: { params: quotationIdParam, query: z.object({ ticket: z.string().max(2048).optional(), after: z.string().regex(/^\d{1,12}$/).optional() }) },
  responses: {
    101: { description: "Switching to the WebSocket protocol" },
    401: problem("Missing, invalid or expired ticket"),
    404: problem("No such quotation, or another tenant's"),
    426: problem("Not a WebSocket upgrade"),
  },
});

export function registerQuotationLive(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const claims = await verifyLiveTicket(c.get("config").jwtSecret, c.req.valid("query").ticket ?? "");
    const user = claims && (await findTenantUser(c.var.db, claims.tenantId, claims.userId));
    if (!claims || !user) throw new AppError(401, "unauthorized", "This live ticket is not valid; ask for a new one");
    // Quotations are for owners and admins (the quotations:write scope); staff see none of them.
    if (user.role === "staff") throw new AppError(404, "not_found", "Quotation not found");
    if (c.req.header("upgrade")?.toLowerCase() !== "websocket") throw new AppError(426, "upgrade_required", "Open this URL as a WebSocket");
    const handOver = new Request(c.req.raw);
    handOver.headers.set(ROOM_VIEWER_HEADER, "operator");
    handOver.headers.set(ROOM_TENANT_HEADER, claims.tenantId);
    const response = await roomOf(c.env, c.req.valid("param").id).fetch(handOver);
    if (response.status === 404) throw new AppError(404, "not_found", "Quotation not found");
    return response;
  });
}
