import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { acceptInvitation } from "../../../tenancy/invitations";
import { issueSessionToken } from "../../../tenancy/session-tokens";
import { conflictError, jsonBody, jsonResponse, passwordSchema, publicErrors } from "../../common";

const route = createRoute({
  method: "post",
  path: "/v1/invitations/accept",
  tags: ["Team"],
  summary: "Accept an invitation and create the account",
  request: {
    body: jsonBody(
      z.object({ token: z.string().min(10).max(200), name: z.string().trim().min(1).max(120), password: passwordSchema }).openapi("AcceptInvitation"),
    ),
  },
  responses: {
    201: jsonResponse(
      "Account created and signed in",
      z.object({ user: z.object({ id: z.string(), email: z.string(), role: z.string() }), token: z.string() }),
    ),
    ...publicErrors,
    404: { description: "Unknown, used or expired invitation" },
    ...conflictError("Email already has an account"),
  },
});

export function registerAcceptInvitation(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const user = await acceptInvitation(database(c.env.DB), c.req.valid("json"));
    const { token } = await issueSessionToken(c.get("config").jwtSecret, { userId: user.id, tenantId: user.tenantId, role: user.role });
    return c.json({ user: { id: user.id, email: user.email, role: user.role }, token }, 201);
  });
}
