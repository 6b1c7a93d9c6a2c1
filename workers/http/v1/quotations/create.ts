import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { createQuotation } from "../../../quotations/quotations";
import { requireScope } from "../../middleware/auth";
import { authErrors, jsonBody, jsonResponse, security, unprocessableError } from "../../common";
import { createQuotationRequest, quotationView } from "./schema";

const route = createRoute({
  method: "post",
  path: "/v1/quotations",
  tags: ["Quotations"],
  summary: "Open a group quotation",
  description: "The tenant's own units free for the whole stay are proposed at once, priced by their own rules, as the first offer (`partnerId: null`).",
  security,
  middleware: [requireScope("quotations:write")] as const,
  request: { body: jsonBody(createQuotationRequest) },
  responses: { 201: jsonResponse("Opened", quotationView), ...authErrors, ...unprocessableError("deadline_in_the_past") },
});

export function registerCreateQuotation(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const snapshot = await createQuotation(c.env, c.var.db, c.var.config, c.get("principal").tenantId, c.req.valid("json"));
    return c.json(snapshot as never, 201);
  });
}
