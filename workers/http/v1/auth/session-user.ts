import type { Context } from "hono";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { unauthorized } from "../../../platform/errors";
import { findTenantUser } from "../../../tenancy/accounts";
import { confirmPassword } from "../../../tenancy/password-confirmation";
import { sessionUserId } from "../../middleware/auth";
import { clientAddress } from "./client-address";

/** The signed-in person's row (routes behind requireSession); a user removed meanwhile is 401. */
export async function loadSessionUser(c: Context<AppEnv>) {
  const principal = c.get("principal");
  const user = await findTenantUser(database(c.env.DB), principal.tenantId, sessionUserId(principal));
  if (!user) throw unauthorized();
  return user;
}

/** Re-checks the signed-in person's password against the sign-in budget (see confirmPassword). */
export async function confirmSessionPassword(c: Context<AppEnv>, user: { email: string; passwordHash: string }, password: string) {
  await confirmPassword(c.env.DB, user, password, clientAddress(c) ?? "unknown");
}
