import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../../platform/env";
import { unauthorized } from "../../../platform/errors";
import { requireSession, sessionUserId } from "../../middleware/auth";
import { findTenantUser } from "../../../tenancy/accounts";
import { findTenant } from "../../../tenancy/tenants";
import { authErrors, jsonResponse, security } from "../../common";

const meResponse = z
  .object({
    user: z.object({
      id: z.string(),
      name: z.string(),
      email: z.string(),
      role: z.enum(["owner", "admin", "staff"]),
      totpEnabled: z.boolean(),
    }),
    tenant: z.object({ id: z.string(), slug: z.string(), name: z.string(), country: z.string(), timezone: z.string(), currency: z.string() }),
    scopes: z.array(z.string()),
  })
  .openapi("Me");

const route = createRoute({
  method: "get",
  path: "/v1/me",
  tags: ["Tenancy"],
  summary: "The signed-in user and their tenant",
  security,
  middleware: [requireSession()] as const,
  responses: { 200: jsonResponse("The signed-in user", meResponse), ...authErrors },
});

export function registerMe(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const principal = c.var.principal;
    const user = await findTenantUser(c.var.db, principal.tenantId, sessionUserId(principal));
    const tenant = await findTenant(c.var.db, principal.tenantId);
    if (!user || !tenant) throw unauthorized();
    return c.json(
      {
        user: { id: user.id, name: user.name, email: user.email, role: user.role, totpEnabled: user.totpEnabledAt !== null },
        tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name, country: tenant.country, timezone: tenant.timezone, currency: tenant.currency },
        scopes: [...principal.scopes],
      },
      200,
    );
  });
}
