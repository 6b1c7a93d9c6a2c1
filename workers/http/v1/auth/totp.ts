import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { unauthorized } from "../../../platform/errors";
import { requireSession, sessionUserId } from "../../middleware/auth";
import { findTenantUser } from "../../../tenancy/accounts";
import { beginTotpEnrolment, confirmTotpEnrolment } from "../../../tenancy/two-factor";
import { authErrors, conflictError, jsonBody, jsonResponse, security, unprocessableError } from "../../common";

const enrolRoute = createRoute({
  method: "post",
  path: "/v1/me/totp",
  tags: ["Tenancy"],
  summary: "Start TOTP enrolment",
  security,
  middleware: [requireSession()] as const,
  responses: {
    201: jsonResponse(
      "Secret for the authenticator app; not active until verified",
      z.object({ secret: z.string(), otpauthUri: z.string() }).openapi("TotpEnrolment"),
    ),
    ...authErrors,
    ...conflictError("2FA already on"),
  },
});

const verifyRoute = createRoute({
  method: "post",
  path: "/v1/me/totp/verify",
  tags: ["Tenancy"],
  summary: "Confirm TOTP enrolment with a first code",
  security,
  middleware: [requireSession()] as const,
  request: { body: jsonBody(z.object({ code: z.string().regex(/^\d{6}$/, "six digits") })) },
  responses: {
    200: jsonResponse(
      "2FA is on; backup codes are shown only now",
      z.object({ backupCodes: z.array(z.string()).length(10) }).openapi("BackupCodes"),
    ),
    ...authErrors,
    ...conflictError("2FA already on, or enrolment not started"),
    ...unprocessableError("Wrong code"),
  },
});

export function registerTotp(app: OpenAPIHono<AppEnv>) {
  app.openapi(enrolRoute, async (c) => {
    const db = database(c.env.DB);
    const principal = c.get("principal");
    const user = await findTenantUser(db, principal.tenantId, sessionUserId(principal));
    if (!user) throw unauthorized();
    return c.json(await beginTotpEnrolment(db, c.get("config").secretsKey, user), 201);
  });

  app.openapi(verifyRoute, async (c) => {
    const db = database(c.env.DB);
    const principal = c.get("principal");
    const user = await findTenantUser(db, principal.tenantId, sessionUserId(principal));
    if (!user) throw unauthorized();
    const backupCodes = await confirmTotpEnrolment(db, c.get("config").secretsKey, user, c.req.valid("json").code);
    return c.json({ backupCodes }, 200);
  });
}
