import { and, eq, isNull } from "drizzle-orm";
import { hashPassword } from "../../shared/crypto/password";
import { newId } from "../../shared/ids";
import type { Database } from "../platform/db/client";
import { isUniqueViolation } from "../platform/db/errors";
import { tenants, users } from "../platform/db/schema";
import { AppError } from "../platform/errors";
import type { Role } from "./principal";

export interface SignupInput {
  tenant: { name: string; country: string; timezone: string; currency: string };
  owner: { name: string; email: string; password: string };
}

/** Lower-cased, trimmed: the one form under which an email is stored and looked up. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Creates a tenant and its owner in one batch, so a failure leaves neither behind. */
export async function signup(db: Database, input: SignupInput) {
  const email = normalizeEmail(input.owner.email);
  const existing = await db.select({ id: users.id }).from(users).where(and(eq(users.email, email), isNull(users.removedAt))).get();
  if (existing) throw new AppError(409, "email_taken", "An account with this email already exists");

  const tenantId = newId("ten");
  const userId = newId("usr");
  const slug = `${slugify(input.tenant.name)}-${tenantId.slice(-6).toLowerCase()}`;
  const passwordHash = await hashPassword(input.owner.password);
  try {
    await db.batch([
      db.insert(tenants).values({ id: tenantId, slug, ...input.tenant }),
      db.insert(users).values({ id: userId, tenantId, email, name: input.owner.name, role: "owner", passwordHash }),
    ]);
  } catch (error) {
    // Two signups racing for one email: the unique index decides, the loser gets the same answer.
    if (isUniqueViolation(error)) throw new AppError(409, "email_taken", "An account with this email already exists");
    throw error;
  }
  return { tenant: { id: tenantId, slug }, user: { id: userId, email, role: "owner" as Role } };
}

export function slugify(name: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return slug || "posada";
}

/** A current member by email; a removed member signs nobody in. */
export async function findUserByEmail(db: Database, email: string) {
  return db.select().from(users).where(and(eq(users.email, normalizeEmail(email)), isNull(users.removedAt))).get();
}

/** A current member as seen inside its own tenant; another tenant's user, or a removed one, does not exist here. */
export async function findTenantUser(db: Database, tenantId: string, userId: string) {
  return db.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, userId), isNull(users.removedAt))).get();
}

export async function listTenantUsers(db: Database, tenantId: string) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, createdAt: users.createdAt, totpEnabledAt: users.totpEnabledAt })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), isNull(users.removedAt)))
    .all();
}
