import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { newId } from "../../../../shared/ids";
import { ROOM_VIEWER_HEADER } from "../../../../durable-objects/quotations/viewer-headers";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";
import { linkRoom, unwrap } from "../../../quotations/room-client";
import { jsonBody, jsonResponse } from "../../common";
import { quotationView } from "../../v1/quotations/schema";
import { limitLink } from "./link-guard";
import { linkConflict, linkErrors, linkUnprocessable, offerParams, offerRequest, partnerMessageRequest, socketQuery, tokenParam } from "./schema";

const tags = ["Quotation links"];
const middleware = [limitLink()];

const viewRoute = createRoute({
  method: "get",
  path: "/q-api/{token}",
  tags,
  summary: "The partner page: the group's request, this partner's own offers and messages, nothing of other partners",
  request: { params: tokenParam },
  middleware,
  responses: { 200: jsonResponse("What this partner may see", quotationView), ...linkErrors },
});

const postOfferRoute = createRoute({
  method: "post",
  path: "/q-api/{token}/offers",
  tags,
  summary: "Post an offer: lines of room type, count and nightly price (the total is worked out for the stay)",
  request: { params: tokenParam, body: jsonBody(offerRequest) },
  middleware,
  responses: { 201: jsonResponse("Posted", quotationView), ...linkErrors, ...linkConflict, ...linkUnprocessable },
});

const updateOfferRoute = createRoute({
  method: "put",
  path: "/q-api/{token}/offers/{offerId}",
  tags,
  summary: "Replace one of this partner's offers",
  request: { params: offerParams, body: jsonBody(offerRequest) },
  middleware,
  responses: { 200: jsonResponse("Updated", quotationView), ...linkErrors, ...linkConflict, ...linkUnprocessable },
});

const withdrawOfferRoute = createRoute({
  method: "delete",
  path: "/q-api/{token}/offers/{offerId}",
  tags,
  summary: "Withdraw one of this partner's offers",
  request: { params: offerParams },
  middleware,
  responses: { 200: jsonResponse("Withdrawn", quotationView), ...linkErrors, ...linkConflict },
});

const messageRoute = createRoute({
  method: "post",
  path: "/q-api/{token}/messages",
  tags,
  summary: "Write to the operator",
  request: { params: tokenParam, body: jsonBody(partnerMessageRequest) },
  middleware,
  responses: { 201: jsonResponse("Posted", quotationView), ...linkErrors },
});

const socketRoute = createRoute({
  method: "get",
  path: "/q-api/{token}/live",
  tags,
  summary: "The partner's live room over a WebSocket: only what this partner may see",
  description: "Frames: `{ type: 'hello', seq }`, then `{ type: 'events', events: [{ seq, at, item }, …] }`, each carrying in sequence order the changes made together that this partner may see. Reconnect with `?after=<last seq>` to get what was missed, filtered the same way.",
  request: { params: tokenParam, query: socketQuery },
  middleware,
  responses: { 101: { description: "Switching to the WebSocket protocol" }, ...linkErrors, 426: linkErrors[400] },
});

export function registerPartnerLink(app: OpenAPIHono<AppEnv>) {
  app.openapi(viewRoute, async (c) => {
    const room = linkRoom(c.env, c.req.valid("param").token);
    return c.json(unwrap(await room.viewByToken({ token: c.req.valid("param").token, role: "partner" }), "Link") as never, 200);
  });
  app.openapi(postOfferRoute, async (c) => {
    const { token } = c.req.valid("param");
    const room = linkRoom(c.env, token);
    // An offer changes nothing the tenant's list shows (status, dates), so the list row is not written.
    const answer = unwrap(await room.partnerCommand({ token, command: { kind: "offer", offerId: newId("ofr"), ...c.req.valid("json") } }), "Link");
    const { summary: _summary, ...view } = answer;
    return c.json(view as never, 201);
  });
  app.openapi(updateOfferRoute, async (c) => {
    const { token, offerId } = c.req.valid("param");
    const room = linkRoom(c.env, token);
    const answer = unwrap(await room.partnerCommand({ token, command: { kind: "offer", offerId, ...c.req.valid("json") } }), "Offer");
    const { summary: _summary, ...view } = answer;
    return c.json(view as never, 200);
  });
  app.openapi(withdrawOfferRoute, async (c) => {
    const { token, offerId } = c.req.valid("param");
    const room = linkRoom(c.env, token);
    const answer = unwrap(await room.partnerCommand({ token, command: { kind: "withdraw", offerId } }), "Offer");
    const { summary: _summary, ...view } = answer;
    return c.json(view as never, 200);
  });
  app.openapi(messageRoute, async (c) => {
    const { token } = c.req.valid("param");
    const room = linkRoom(c.env, token);
    const answer = unwrap(await room.partnerCommand({ token, command: { kind: "message", messageId: newId("msg"), text: c.req.valid("json").text } }), "Link");
    const { summary: _summary, ...view } = answer;
    return c.json(view as never, 201);
  });
  app.openapi(socketRoute, async (c) => {
    const { token } = c.req.valid("param");
    const room = linkRoom(c.env, token);
    if (c.req.header("upgrade")?.toLowerCase() !== "websocket") throw new AppError(426, "upgrade_required", "Open this URL as a WebSocket");
    const url = new URL(c.req.url);
    url.searchParams.set("token", token);
    const handOver = new Request(url, c.req.raw);
    handOver.headers.set(ROOM_VIEWER_HEADER, "partner");
    const response = await room.fetch(handOver);
    if (response.status === 404) throw new AppError(404, "not_found", "No such link");
    return response;
  });
}
