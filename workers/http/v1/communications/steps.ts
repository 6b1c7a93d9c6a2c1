import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { listSteps, updateStep } from "../../../communications/steps";
import { replanStep } from "../../../communications/schedule";
import { upcomingSends } from "../../../communications/scheduled-messages";
import { requireAdminSession, requireScope } from "../../middleware/auth";
import { authErrors, jsonBody, jsonResponse, notFoundError, security, unprocessableError } from "../../common";
import { idParam, presentStep, step, stepPatch } from "./schema";

const tags = ["Communications"];

const listRoute = createRoute({
  method: "get",
  path: "/v1/communications/steps",
  tags,
  summary: "The messages Posada sends on its own, in the order of a stay, each with its next sends",
  description: "Created with defaults on first use. Each step fires at most once per reservation, within 5 minutes of its time.",
  security,
  middleware: [requireScope("conversations:read")] as const,
  responses: { 200: jsonResponse("Steps", z.object({ data: z.array(step) })), ...authErrors },
});

const patchRoute = createRoute({
  method: "patch",
  path: "/v1/communications/steps/{id}",
  tags,
  summary: "Change a step: offset, local time, template, channels, enabled (owners and admins)",
  description: "Every reservation still ahead is planned again for the step; messages already sent stay sent.",
  security,
  middleware: [requireAdminSession()] as const,
  request: { params: idParam, body: jsonBody(stepPatch) },
  responses: { 200: jsonResponse("Updated", step), ...authErrors, ...notFoundError, ...unprocessableError("A field this step does not have, or an unknown template") },
});

export function registerMessageSteps(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => {
    const tenantId = c.var.principal.tenantId;
    const rows = await listSteps(c.var.db, tenantId);
    const next = await upcomingSends(c.var.db, tenantId, Date.now());
    return c.json({ data: rows.map((row) => presentStep(row, next.get(row.id))) }, 200);
  });
  app.openapi(patchRoute, async (c) => {
    const tenantId = c.var.principal.tenantId;
    const row = await updateStep(c.var.db, tenantId, c.req.valid("param").id, c.req.valid("json"));
    await replanStep(c.var.db, tenantId, row);
    const next = await upcomingSends(c.var.db, tenantId, Date.now());
    return c.json(presentStep(row, next.get(row.id)), 200);
  });
}
