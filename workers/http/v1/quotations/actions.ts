import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { cancelQuotation, retryCancellation } from "../../../quotations/cancel";
import { composeQuotation, invitePartner, openQuotation, postOperatorMessage, sendQuotation } from "../../../quotations/quotations";
import { requireScope } from "../../middleware/auth";
import { authErrors, conflictError, jsonBody, jsonResponse, notFoundError, security, unprocessableError } from "../../common";
import { composeRequest, invitedPartner, invitePartnerRequest, operatorMessageRequest, quotationIdParam, quotationView, sentQuotation } from "./schema";

const action = (path: string, summary: string) => ({
  method: "post" as const,
  path: `/v1/quotations/{id}/${path}`,
  tags: ["Quotations"],
  summary,
  security,
  middleware: [requireScope("quotations:write")],
});

const inviteRoute = createRoute({
  ...action("partners", "Invite a partner lodging: it gets a link of its own (no account) by email"),
  description: "The partner is saved in the tenant's partner list (by email). `link` opens its partner page; `token` is what `/q-api/{token}` takes.",
  request: { params: quotationIdParam, body: jsonBody(invitePartnerRequest) },
  responses: { 201: jsonResponse("Invited", invitedPartner), ...authErrors, ...notFoundError, ...conflictError("not_open; duplicate_partner") },
});

const composeRoute = createRoute({
  ...action("compose", "Compose the package: lines across partners and own units, and the markup"),
  request: { params: quotationIdParam, body: jsonBody(composeRequest) },
  responses: {
    200: jsonResponse("Composed (cost, price and margin worked out)", quotationView),
    ...authErrors,
    ...notFoundError,
    ...conflictError("not_open; offer_withdrawn"),
    ...unprocessableError("unknown_line, empty_package, currency_mismatch"),
  },
});

const sendRoute = createRoute({
  ...action("send", "Send the composed package to the client: a link to see and approve it"),
  request: { params: quotationIdParam },
  responses: { 200: jsonResponse("Sent", sentQuotation), ...authErrors, ...notFoundError, ...conflictError("not_composed; not_open") },
});

const openRoute = createRoute({
  ...action("open", "Open a draft for offers without inviting a partner (a package of the tenant's own units)"),
  description: "A quotation is created as a draft; inviting the first partner opens it too. Opening an open quotation answers it unchanged.",
  request: { params: quotationIdParam },
  responses: { 200: jsonResponse("Open", quotationView), ...authErrors, ...notFoundError, ...conflictError("not_open") },
});

const cancelRoute = createRoute({
  ...action("cancel", "Cancel the quotation; the client and partners are told by email"),
  description:
    "Any quotation that has not ended can be cancelled, a confirmed one included: its own units' nights are given back, and a deposit paid through Mercado Pago or Stripe is refunded through it (`refunds` in the answer). A refund that fails alerts staff and is retried with `/refunds/retry`.",
  request: { params: quotationIdParam },
  responses: { 200: jsonResponse("Cancelled", quotationView), ...authErrors, ...notFoundError, ...conflictError("already_final") },
});

const retryRefundsRoute = createRoute({
  ...action("refunds/retry", "Retry the refund of a cancelled quotation's deposit that failed or got no answer"),
  request: { params: quotationIdParam },
  responses: { 200: jsonResponse("Retried (see `refunds`)", quotationView), ...authErrors, ...notFoundError, ...conflictError("nothing_to_refund") },
});

const messageRoute = createRoute({
  ...action("messages", "Write to one partner, or to every partner"),
  request: { params: quotationIdParam, body: jsonBody(operatorMessageRequest) },
  responses: { 201: jsonResponse("Posted", quotationView), ...authErrors, ...notFoundError },
});

export function registerQuotationActions(app: OpenAPIHono<AppEnv>) {
  app.openapi(inviteRoute, async (c) => {
    const invited = await invitePartner(c.env, c.var.db, c.var.config, c.get("principal").tenantId, c.req.valid("param").id, c.req.valid("json"));
    return c.json(invited, 201);
  });
  app.openapi(composeRoute, async (c) => {
    const snapshot = await composeQuotation(c.env, c.var.db, c.get("principal").tenantId, c.req.valid("param").id, c.req.valid("json"));
    return c.json(snapshot as never, 200);
  });
  app.openapi(sendRoute, async (c) => {
    const sent = await sendQuotation(c.env, c.var.db, c.var.config, c.get("principal").tenantId, c.req.valid("param").id);
    return c.json(sent as never, 200);
  });
  app.openapi(openRoute, async (c) => {
    const snapshot = await openQuotation(c.env, c.var.db, c.get("principal").tenantId, c.req.valid("param").id);
    return c.json(snapshot as never, 200);
  });
  app.openapi(retryRefundsRoute, async (c) => {
    const snapshot = await retryCancellation(c.env, c.var.db, c.var.config, c.get("principal").tenantId, c.req.valid("param").id);
    return c.json(snapshot as never, 200);
  });
  app.openapi(cancelRoute, async (c) => {
    const snapshot = await cancelQuotation(c.env, c.var.db, c.var.config, c.get("principal").tenantId, c.req.valid("param").id);
    return c.json(snapshot as never, 200);
  });
  app.openapi(messageRoute, async (c) => {
    const snapshot = await postOperatorMessage(c.env, c.get("principal").tenantId, c.req.valid("param").id, c.req.valid("json"));
    return c.json(snapshot as never, 201);
  });
}
