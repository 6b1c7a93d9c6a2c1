import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { requireOwnerSession } from "../../middleware/auth";
import { findResettableMember, resetMemberTotp } from "../../../tenancy/two-factor-reset";
import { authErrors, conflictError, jsonBody, jsonResponse, notFoundError, security } from "../../common";
import { passwordConfirmation } from "../auth/schema";
import { confirmSessionPassword, loadSessionUser } from "../auth/session-user";

const route = createRoute({
  method: "post",
  path: "/v1/users/{id}/totp/reset",
  tags: ["Team"],
  summary: "Reset a member's two-factor sign-in (owner)",
  description:
    "For a member who lost their phone and backup codes. Only the owner, with their password again (403 `invalid_password`); " +
    "recorded with who did it. The member signs in with their password and can enrol again.",
  security,
  middleware: [requireOwnerSession()] as const,
  request: { params: z.object({ id: z.string().max(64) }), body: jsonBody(passwordConfirmation) },
  responses: {
    200: jsonResponse(
      "2FA is off for the member",
      z.object({ id: z.string(), twoFactor: z.literal(false), resetBy: z.string(), resetAt: z.iso.datetime() }).openapi("TotpReset"),
    ),
    ...authErrors,
    ...notFoundError,
    ...conflictError("The member is an owner, or has 2FA off"),
  },
});

export function registerResetMemberTotp(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const db = database(c.env.DB);
    const owner = await loadSessionUser(c);
    // The member is looked up first, so another tenant's id is 404 whatever the password.
    const member = await findResettableMember(db, owner.tenantId, c.req.valid("param").id);
    await confirmSessionPassword(c, owner, c.req.valid("json").password);
    return c.json(await resetMemberTotp(db, member, owner.id), 200);
  });
}
