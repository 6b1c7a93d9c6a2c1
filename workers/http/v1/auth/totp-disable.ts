import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { requireSession } from "../../middleware/auth";
import { disableTotp } from "../../../tenancy/two-factor";
import { authErrors, conflictError, jsonBody, security } from "../../common";
import { passwordConfirmation } from "./schema";
import { confirmSessionPassword, loadSessionUser } from "./session-user";

const route = createRoute({
  method: "delete",
  path: "/v1/me/totp",
  tags: ["Tenancy"],
  summary: "Turn two-factor sign-in off",
  description: "Asks for the current password again (403 `invalid_password`); the secret and every backup code stop working.",
  security,
  middleware: [requireSession()] as const,
  request: { body: jsonBody(passwordConfirmation) },
  responses: {
    204: { description: "2FA is off" },
    ...authErrors,
    ...conflictError("2FA is not on"),
  },
});

export function registerDisableTotp(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const user = await loadSessionUser(c);
    await confirmSessionPassword(c, user, c.req.valid("json").password);
    await disableTotp(database(c.env.DB), user);
    return c.body(null, 204);
  });
}
