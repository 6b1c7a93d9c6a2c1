import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { getQuotation, listPartners, listQuotations } from "../../../quotations/quotations";
import { requireScope } from "../../middleware/auth";
import { authErrors, isoTime, jsonResponse, notFoundError, security } from "../../common";
import { quotationIdParam, quotationSummary, quotationView, savedPartner } from "./schema";

const listRoute = createRoute({
  method: "get",
  path: "/v1/quotations",
  tags: ["Quotations"],
  summary: "The tenant's group quotations, newest first, with status and deadline",
  security,
  middleware: [requireScope("quotations:write")] as const,
  responses: { 200: jsonResponse("Quotations", z.object({ data: z.array(quotationSummary) })), ...authErrors },
});

const getRoute = createRoute({
  method: "get",
  path: "/v1/quotations/{id}",
  tags: ["Quotations"],
  summary: "One quotation with everything in its room: partners, offers, messages, the package and payments",
  security,
  middleware: [requireScope("quotations:write")] as const,
  request: { params: quotationIdParam },
  responses: { 200: jsonResponse("The quotation", quotationView), ...authErrors, ...notFoundError },
});

const partnersRoute = createRoute({
  method: "get",
  path: "/v1/quotation-partners",
  tags: ["Quotations"],
  summary: "Partner lodgings invited before (name, email, phone), to invite again",
  security,
  middleware: [requireScope("quotations:write")] as const,
  responses: { 200: jsonResponse("Partners", z.object({ data: z.array(savedPartner) })), ...authErrors },
});

export function registerReadQuotations(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => {
    const rows = await listQuotations(c.var.db, c.get("principal").tenantId);
    const data = rows.map((row) => ({
      id: row.id,
      groupName: row.groupName,
      status: row.status as z.infer<typeof quotationSummary>["status"],
      checkIn: row.checkIn,
      checkOut: row.checkOut,
      people: row.people,
      deadline: row.deadline,
      currency: row.currency,
      createdAt: isoTime(row.createdAt)!,
      updatedAt: isoTime(row.updatedAt)!,
    }));
    return c.json({ data }, 200);
  });
  app.openapi(getRoute, async (c) => {
    const snapshot = await getQuotation(c.env, c.get("principal").tenantId, c.req.valid("param").id);
    return c.json(snapshot as never, 200);
  });
  app.openapi(partnersRoute, async (c) => {
    const rows = await listPartners(c.var.db, c.get("principal").tenantId);
    return c.json({ data: rows.map(({ id, name, email, phone }) => ({ id, name, email, phone })) }, 200);
  });
}
