import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { importTenant } from "../../../portability/import-tenant";
import { requireOwnerSession } from "../../middleware/auth";
import { authErrors, conflictError, jsonResponse, security, unprocessableError } from "../../common";
import { importResult } from "./schema";

const importRoute = createRoute({
  method: "post",
  path: "/v1/imports",
  tags: ["Backups and portability"],
  summary: "Import an export into this new, empty tenant (owners)",
  description:
    "The body is the ZIP `GET /v1/exports/{id}/download` gave (up to 20 MB). Ids are remapped; units, prices, settings without secrets, templates, steps, upsells, conversations, messages, reservations with their payments and blocks come back as they were. The team, partner webhooks, API keys and provider credentials are not in an export and are set up again.",
  security,
  middleware: [requireOwnerSession()] as const,
  request: { body: { required: true, content: { "application/zip": { schema: z.string().openapi({ format: "binary" }) } } } },
  responses: {
    200: jsonResponse("Imported", importResult),
    ...authErrors,
    ...conflictError("tenant_not_empty: the tenant has units, templates, conversations or reservations already"),
    ...unprocessableError("import_invalid: not a Posada export, of another version, or refused by the database (nothing written)"),
  },
});

export function registerImports(app: OpenAPIHono<AppEnv>) {
  app.openapi(importRoute, async (c) => {
    const body = new Uint8Array(await c.req.arrayBuffer());
    const summary = await importTenant(c.var.db, c.env, c.get("config").secretsKey, c.var.principal.tenantId, body);
    return c.json(summary, 200);
  });
}
