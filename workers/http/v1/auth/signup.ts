import { log } from "../../../../shared/log";
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { signup } from "../../../tenancy/accounts";
import { issueSessionToken } from "../../../tenancy/session-tokens";
import { assertSignupAllowed, signupThrottleKey } from "../../../tenancy/signup-throttle";
import { clientAddress } from "./client-address";
import { ensureDefaultSteps } from "../../../communications/steps";
import { conflictError, emailSchema, jsonBody, jsonResponse, passwordSchema, publicErrors, tooManyRequests } from "../../common";

const timezoneSchema = z.string().refine(isIanaTimezone, "Unknown IANA time zone");

export const signupRequest = z
  .object({
    tenant: z.object({
      name: z.string().trim().min(2).max(120),
      country: z.string().regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2, e.g. AR"),
      timezone: timezoneSchema,
      currency: z.string().regex(/^[A-Z]{3}$/, "ISO 4217, e.g. ARS"),
    }),
    owner: z.object({ name: z.string().trim().min(1).max(120), email: emailSchema, password: passwordSchema }),
  })
  .openapi("SignupRequest");

export const signupResponse = z
  .object({
    tenant: z.object({ id: z.string(), slug: z.string() }),
    user: z.object({ id: z.string(), email: z.string(), role: z.enum(["owner", "admin", "staff"]) }),
    token: z.string(),
  })
  .openapi("SignupResponse");

const route = createRoute({
  method: "post",
  path: "/v1/signup",
  tags: ["Tenancy"],
  summary: "Create a tenant and its owner",
  description: "At most 5 signups per minute from one address; beyond that, 429 `rate_limited` with Retry-After.",
  request: { body: jsonBody(signupRequest) },
  responses: {
    201: jsonResponse("Tenant created; the token is the owner's first session", signupResponse),
    ...publicErrors,
    ...conflictError("The email already has an account"),
    ...tooManyRequests,
  },
});

export function registerSignup(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    // Counted before anything is read or hashed: each signup runs the password hash.
    const throttleKey = signupThrottleKey(clientAddress(c), c.get("config").environment);
    if (throttleKey) await assertSignupAllowed(c.env.SIGNUP_LIMITER, throttleKey);
    const db = database(c.env.DB);
    const created = await signup(db, c.req.valid("json"));
    // The messages a lodging sends on its own start on, in its language; a failure here is made up on first use.
    await ensureDefaultSteps(db, created.tenant.id).catch((error) => log("warn", "default_steps_failed", { tenantId: created.tenant.id, error: String(error) }));
    const { token } = await issueSessionToken(c.get("config").jwtSecret, {
      userId: created.user.id,
      tenantId: created.tenant.id,
      role: created.user.role,
    });
    return c.json({ ...created, token }, 201);
  });
}

function isIanaTimezone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value.includes("/") || value === "UTC";
  } catch {
    return false;
  }
}
