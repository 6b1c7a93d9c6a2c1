import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { requireAdminSession, sessionUserId } from "../../middleware/auth";
import { inviteMember } from "../../../tenancy/invitations";
import { authErrors, conflictError, emailSchema, jsonBody, jsonResponse, security } from "../../common";

const route = createRoute({
  method: "post",
  path: "/v1/invitations",
  tags: ["Team"],
  summary: "Invite a team member (owner or admin)",
  security,
  middleware: [requireAdminSession()] as const,
  request: { body: jsonBody(z.object({ email: emailSchema, role: z.enum(["admin", "staff"]) }).openapi("InvitationRequest")) },
  responses: {
    201: jsonResponse(
      "Invitation; send `acceptUrl` to the person (the token is not shown again)",
      z
        .object({ id: z.string(), email: z.string(), role: z.string(), expiresAt: z.string(), token: z.string(), acceptUrl: z.string() })
        .openapi("Invitation"),
    ),
    ...authErrors,
    ...conflictError("Email already has an account"),
  },
});

export function registerInvite(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const principal = c.get("principal");
    const invitation = await inviteMember(database(c.env.DB), principal.tenantId, sessionUserId(principal), c.req.valid("json"));
    const acceptUrl = `${c.get("config").publicBaseUrl}/invite#${invitation.token}`;
    return c.json({ ...invitation, acceptUrl }, 201);
  });
}
