import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { disconnectLiveUser } from "../../../../durable-objects/live/publish";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { changeMemberRole, removeMember } from "../../../tenancy/members";
import { requireOwnerSession } from "../../middleware/auth";
import { authErrors, conflictError, jsonBody, jsonResponse, notFoundError, security } from "../../common";

const userIdParam = z.object({ userId: z.string().min(1).max(64) });

const changeRoleRoute = createRoute({
  method: "patch",
  path: "/v1/team/{userId}",
  tags: ["Team"],
  summary: "Change a member's role (owner)",
  description: "Applies on the member's next request. 409 `last_owner` when it would leave the team without an owner.",
  security,
  middleware: [requireOwnerSession()] as const,
  request: { params: userIdParam, body: jsonBody(z.object({ role: z.enum(["owner", "admin", "staff"]) }).strict().openapi("ChangeMemberRole")) },
  responses: {
    200: jsonResponse("The member with their new role", z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.string() }).openapi("TeamMember")),
    ...authErrors,
    ...notFoundError,
    ...conflictError("last_owner"),
  },
});

const removeRoute = createRoute({
  method: "delete",
  path: "/v1/team/{userId}",
  tags: ["Team"],
  summary: "Remove a member from the team (owner)",
  description: "Their sessions and live tickets stop working at once and their open consoles are disconnected. 409 `last_owner` for the team's only owner.",
  security,
  middleware: [requireOwnerSession()] as const,
  request: { params: userIdParam },
  responses: { 204: { description: "Removed" }, ...authErrors, ...notFoundError, ...conflictError("last_owner") },
});

export function registerTeamMembers(app: OpenAPIHono<AppEnv>) {
  app.openapi(changeRoleRoute, async (c) => {
    const member = await changeMemberRole(database(c.env.DB), c.env, c.get("principal").tenantId, c.req.valid("param").userId, c.req.valid("json").role);
    return c.json(member, 200);
  });

  app.openapi(removeRoute, async (c) => {
    const tenantId = c.get("principal").tenantId;
    const { id } = await removeMember(database(c.env.DB), c.env, tenantId, c.req.valid("param").userId);
    // Sessions and tickets are refused from the statement above on; open sockets are closed now.
    await disconnectLiveUser(c.env, tenantId, id);
    return c.body(null, 204);
  });
}
