import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";
import { requireSession } from "../../middleware/auth";
import { beginTotpEnrolment, confirmTotpEnrolment } from "../../../tenancy/two-factor";
import { authErrors, conflictError, jsonBody, jsonResponse, security, unprocessableError } from "../../common";
import { backupCodesResponse, passwordConfirmation } from "./schema";
import { confirmSessionPassword, loadSessionUser } from "./session-user";

const enrolRoute = createRoute({
  method: "post",
  path: "/v1/me/totp",
  tags: ["Tenancy"],
  summary: "Start TOTP enrolment",
  description: "Asks for the current password again (403 `invalid_password`), so a stolen session cannot enrol its own device.",
  security,
  middleware: [requireSession()] as const,
  request: { body: jsonBody(passwordConfirmation) },
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
      backupCodesResponse,
    ),
    ...authErrors,
    ...conflictError("2FA already on, or enrolment not started"),
    ...unprocessableError("Wrong code"),
  },
});

export function registerTotp(app: OpenAPIHono<AppEnv>) {
  app.openapi(enrolRoute, async (c) => {
    const user = await loadSessionUser(c);
    // Checked before the password, so a second enrolment costs no guess from the budget.
    if (user.totpEnabledAt) throw new AppError(409, "totp_already_enabled", "Two-factor sign-in is already on");
    await confirmSessionPassword(c, user, c.req.valid("json").password);
    return c.json(await beginTotpEnrolment(database(c.env.DB), c.get("config").secretsKey, user), 201);
  });

  app.openapi(verifyRoute, async (c) => {
    const db = database(c.env.DB);
    // No password here: only whoever started enrolment (with the password) has the secret the code comes from.
    const user = await loadSessionUser(c);
    const backupCodes = await confirmTotpEnrolment(db, c.get("config").secretsKey, user, c.req.valid("json").code);
    return c.json({ backupCodes }, 200);
  });
}
