import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "../../../../shared/crypto/password";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";
import { findUserByEmail, normalizeEmail } from "../../../tenancy/accounts";
import { refundPasswordCheck, reservePasswordCheck } from "../../../tenancy/login-throttle";
import { issueSessionToken } from "../../../tenancy/session-tokens";
import { consumeSecondFactor } from "../../../tenancy/two-factor";
import { clientAddress } from "./client-address";
import { jsonBody, jsonResponse, publicErrors, tooManyRequests, unauthorizedError } from "../../common";

const sessionRequest = z
  .object({
    email: z.string().max(254),
    password: z.string().max(256),
    totp: z.string().max(32).optional().describe("A 6-digit code from the authenticator app, or a backup code"),
  })
  .openapi("SessionRequest");

const sessionResponse = z.object({ token: z.string(), expiresAt: z.iso.datetime() }).openapi("Session");

const route = createRoute({
  method: "post",
  path: "/v1/sessions",
  tags: ["Tenancy"],
  summary: "Sign in",
  description:
    "401 `totp_required` when 2FA is on and no code was sent; 401 `invalid_credentials` otherwise. " +
    "At most 5 passwords per account and 30 per address are checked in 15 minutes; beyond that, 429 with Retry-After.",
  request: { body: jsonBody(sessionRequest) },
  responses: {
    201: jsonResponse("Signed in", sessionResponse),
    ...publicErrors,
    ...unauthorizedError,
    ...tooManyRequests,
  },
});

const invalidCredentials = () => new AppError(401, "invalid_credentials", "Email or password is wrong");

export function registerSessions(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { email, password, totp } = c.req.valid("json");
    const normalized = normalizeEmail(email);
    // Reserved before hashing, so parallel guesses cannot all be checked (see login-throttle).
    const budget = await reservePasswordCheck(c.env.DB, normalized, clientAddress(c) ?? "unknown");

    const db = database(c.env.DB);
    const user = await findUserByEmail(db, normalized);
    // Verify against a dummy hash for unknown emails so the answer takes as long either way.
    const passwordOk = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
    if (!user || !passwordOk) throw invalidCredentials();
    if (user.totpEnabledAt) {
      // The password was right: asking for the code is not a failed guess.
      if (!totp) {
        await refundPasswordCheck(c.env.DB, budget);
        throw new AppError(401, "totp_required", "Enter the code from your authenticator app");
      }
      if (!(await consumeSecondFactor(db, c.get("config").secretsKey, user, totp))) {
        throw new AppError(401, "invalid_totp", "That code is not valid or was already used");
      }
    }
    await refundPasswordCheck(c.env.DB, budget);
    const session = await issueSessionToken(c.get("config").jwtSecret, { userId: user.id, tenantId: user.tenantId, role: user.role });
    return c.json(session, 201);
  });
}
