import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { createTemplate, deleteTemplate, getTemplate, listTemplates, updateTemplate } from "../../../communications/templates";
import { previewTemplate } from "../../../communications/preview";
import { requireAdminSession, requireScope } from "../../middleware/auth";
import { authErrors, conflictError, jsonBody, jsonResponse, notFoundError, security, unprocessableError } from "../../common";
import { idParam, presentTemplate, previewRequest, previewResponse, template, templateInput, templatePatch } from "./schema";

const tags = ["Communications"];
const unknownVariables = unprocessableError("`unknown_template_variables`: placeholders that are not template variables, each named in `errors`");

const listRoute = createRoute({
  method: "get",
  path: "/v1/communications/templates",
  tags,
  summary: "Message templates, per language, with their WhatsApp mapping",
  security,
  middleware: [requireScope("conversations:read")] as const,
  responses: { 200: jsonResponse("Templates", z.object({ data: z.array(template) })), ...authErrors },
});

const getRoute = createRoute({
  method: "get",
  path: "/v1/communications/templates/{id}",
  tags,
  summary: "One template",
  security,
  middleware: [requireScope("conversations:read")] as const,
  request: { params: idParam },
  responses: { 200: jsonResponse("Template", template), ...authErrors, ...notFoundError },
});

const createRouteDef = createRoute({
  method: "post",
  path: "/v1/communications/templates",
  tags,
  summary: "Create a template (owners and admins)",
  security,
  middleware: [requireAdminSession()] as const,
  request: { body: jsonBody(templateInput) },
  responses: { 201: jsonResponse("Created", template), ...authErrors, ...unknownVariables },
});

const patchRoute = createRoute({
  method: "patch",
  path: "/v1/communications/templates/{id}",
  tags,
  summary: "Change a template (owners and admins)",
  security,
  middleware: [requireAdminSession()] as const,
  request: { params: idParam, body: jsonBody(templatePatch) },
  responses: { 200: jsonResponse("Updated", template), ...authErrors, ...notFoundError, ...unknownVariables },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/v1/communications/templates/{id}",
  tags,
  summary: "Delete a template no step uses (owners and admins)",
  security,
  middleware: [requireAdminSession()] as const,
  request: { params: idParam },
  responses: { 204: { description: "Deleted" }, ...authErrors, ...notFoundError, ...conflictError("`template_in_use`: a step sends it; point the step at another template first") },
});

const previewRoute = createRoute({
  method: "post",
  path: "/v1/communications/templates/{id}/preview",
  tags,
  summary: "Render a template against a real reservation, as the guest would read it",
  security,
  middleware: [requireScope("conversations:read")] as const,
  request: { params: idParam, body: jsonBody(previewRequest) },
  responses: { 200: jsonResponse("Rendered", previewResponse), ...authErrors, ...notFoundError },
});

export function registerMessageTemplates(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => c.json({ data: (await listTemplates(c.var.db, c.var.principal.tenantId)).map(presentTemplate) }, 200));
  app.openapi(getRoute, async (c) => c.json(presentTemplate(await getTemplate(c.var.db, c.var.principal.tenantId, c.req.valid("param").id)), 200));
  app.openapi(createRouteDef, async (c) => c.json(presentTemplate(await createTemplate(c.var.db, c.var.principal.tenantId, c.req.valid("json"))), 201));
  app.openapi(patchRoute, async (c) => c.json(presentTemplate(await updateTemplate(c.var.db, c.var.principal.tenantId, c.req.valid("param").id, c.req.valid("json"))), 200));
  app.openapi(deleteRoute, async (c) => {
    await deleteTemplate(c.var.db, c.var.principal.tenantId, c.req.valid("param").id);
    return c.body(null, 204);
  });
  app.openapi(previewRoute, async (c) => {
    const { reservationId, lang } = c.req.valid("json");
    return c.json(await previewTemplate(c.var.db, c.var.principal.tenantId, c.req.valid("param").id, reservationId, lang), 200);
  });
}
