import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { ROOM_VIEWER_HEADER } from "../../../../durable-objects/quotations/viewer-headers";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";
import { approveByClient } from "../../../quotations/approve";
import { linkRoom, unwrap } from "../../../quotations/room-client";
import { jsonResponse } from "../../common";
import { quotationView } from "../../v1/quotations/schema";
import { limitLink } from "./link-guard";
import { depositCheckout as depositCheckoutSchema, linkConflict, linkErrors, socketQuery, tokenParam } from "./schema";

const tags = ["Quotation links"];
const middleware = [limitLink()];

const viewRoute = createRoute({
  method: "get",
  path: "/c-api/{token}",
  tags,
  summary: "The client page: the sent package per room type with its total and deposit, never a partner's cost",
  request: { params: tokenParam },
  middleware,
  responses: { 200: jsonResponse("What the client may see", quotationView), ...linkErrors },
});

const approveRoute = createRoute({
  method: "post",
  path: "/c-api/{token}/approve",
  tags,
  summary: "Approve the package; answers how to pay the deposit with the provider for the client's country",
  description: "Approving again answers the same. `payment.provider` is null when the tenant has no provider for the client's country (the operator then takes the deposit by hand).",
  request: { params: tokenParam },
  middleware,
  responses: { 200: jsonResponse("Approved", z.object({ quotation: quotationView, payment: depositCheckoutSchema }).openapi("ApprovedQuotation")), ...linkErrors, ...linkConflict },
});

const socketRoute = createRoute({
  method: "get",
  path: "/c-api/{token}/live",
  tags,
  summary: "The client's live view over a WebSocket (status and the sent package)",
  request: { params: tokenParam, query: socketQuery },
  middleware,
  responses: { 101: { description: "Switching to the WebSocket protocol" }, ...linkErrors, 426: linkErrors[400] },
});

export function registerClientLink(app: OpenAPIHono<AppEnv>) {
  app.openapi(viewRoute, async (c) => {
    const { token } = c.req.valid("param");
    return c.json(unwrap(await linkRoom(c.env, token).viewByToken({ token, role: "client" }), "Link") as never, 200);
  });
  app.openapi(approveRoute, async (c) => {
    const approved = await approveByClient(c.env, c.var.db, c.var.config, c.req.valid("param").token);
    return c.json(approved as never, 200);
  });
  app.openapi(socketRoute, async (c) => {
    const { token } = c.req.valid("param");
    const room = linkRoom(c.env, token);
    if (c.req.header("upgrade")?.toLowerCase() !== "websocket") throw new AppError(426, "upgrade_required", "Open this URL as a WebSocket");
    const url = new URL(c.req.url);
    url.searchParams.set("token", token);
    const handOver = new Request(url, c.req.raw);
    handOver.headers.set(ROOM_VIEWER_HEADER, "client");
    const response = await room.fetch(handOver);
    if (response.status === 404) throw new AppError(404, "not_found", "No such link");
    return response;
  });
}
