import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { requireAdminSession } from "../../middleware/auth";
import { listTenantUsers } from "../../../tenancy/accounts";
import { authErrors, jsonResponse, security } from "../../common";

const route = createRoute({
  method: "get",
  path: "/v1/users",
  tags: ["Team"],
  summary: "List the team",
  security,
  middleware: [requireAdminSession()] as const,
  responses: {
    200: jsonResponse(
      "Team members",
      z.object({
        data: z.array(
          z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.string(), twoFactor: z.boolean(), createdAt: z.string() }),
        ),
      }),
    ),
    ...authErrors,
  },
});

export function registerListUsers(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const rows = await listTenantUsers(database(c.env.DB), c.get("principal").tenantId);
    const data = rows.map(({ totpEnabledAt, createdAt, ...user }) => ({
      ...user,
      twoFactor: totpEnabledAt !== null,
      createdAt: new Date(createdAt).toISOString(),
    }));
    return c.json({ data }, 200);
  });
}
