import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { requireAdminSession } from "../../middleware/auth";
import { listApiKeys } from "../../../tenancy/api-keys";
import { authErrors, jsonResponse, security, isoTime } from "../../common";
import { apiKeySummary } from "./schema";

const route = createRoute({
  method: "get",
  path: "/v1/api-keys",
  tags: ["API keys"],
  summary: "List active API keys (never the keys themselves)",
  security,
  middleware: [requireAdminSession()] as const,
  responses: { 200: jsonResponse("Keys", z.object({ data: z.array(apiKeySummary) })), ...authErrors },
});


export function registerListApiKeys(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const rows = await listApiKeys(database(c.env.DB), c.get("principal").tenantId);
    const data = rows.map((row) => ({ ...row, lastUsedAt: isoTime(row.lastUsedAt), createdAt: new Date(row.createdAt).toISOString() }));
    return c.json({ data }, 200);
  });
}
