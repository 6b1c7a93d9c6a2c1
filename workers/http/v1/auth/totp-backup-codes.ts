import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { requireSession } from "../../middleware/auth";
import { regenerateBackupCodes } from "../../../tenancy/two-factor";
import { authErrors, conflictError, jsonBody, jsonResponse, security } from "../../common";
import { backupCodesResponse, passwordConfirmation } from "./schema";
import { confirmSessionPassword, loadSessionUser } from "./session-user";

const route = createRoute({
  method: "post",
  path: "/v1/me/totp/backup-codes",
  tags: ["Tenancy"],
  summary: "Replace the backup codes",
  description: "Asks for the current password again (403 `invalid_password`). Ten new codes, shown only now; every old one stops working.",
  security,
  middleware: [requireSession()] as const,
  request: { body: jsonBody(passwordConfirmation) },
  responses: {
    200: jsonResponse("The new backup codes", backupCodesResponse),
    ...authErrors,
    ...conflictError("2FA is not on"),
  },
});

export function registerRegenerateBackupCodes(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const user = await loadSessionUser(c);
    await confirmSessionPassword(c, user, c.req.valid("json").password);
    return c.json({ backupCodes: await regenerateBackupCodes(database(c.env.DB), user) }, 200);
  });
}
