import type { Database } from "../platform/db/client";
import type { users } from "../platform/db/schema";
import { totpResets } from "../platform/db/schema";
import { AppError, notFound } from "../platform/errors";
import { findTenantUser } from "./accounts";
import { totpNotEnabled, totpRemovalStatements } from "./two-factor";

type UserRow = typeof users.$inferSelect;

/**
 * The member whose 2FA an owner may reset: in the owner's tenant (another tenant's is 404),
 * not an owner (owners turn their own 2FA off from their account, with their password), and
 * with 2FA on.
 */
export async function findResettableMember(db: Database, tenantId: string, memberId: string): Promise<UserRow> {
  const member = await findTenantUser(db, tenantId, memberId);
  if (!member) throw notFound("User");
  if (member.role === "owner") {
    throw new AppError(409, "owner_totp_not_resettable", "An owner turns their own two-factor sign-in off from their account");
  }
  if (!member.totpEnabledAt) throw totpNotEnabled();
  return member;
}

/**
 * Turns off the 2FA of a member who lost their phone and their backup codes. The removal and
 * the audit row (who, whom, when) are one batch: there is never a reset without its record.
 */
export async function resetMemberTotp(db: Database, member: UserRow, ownerId: string, now = Date.now()) {
  await db.batch([
    ...totpRemovalStatements(db, member),
    db.insert(totpResets).values({ tenantId: member.tenantId, userId: member.id, resetBy: ownerId, resetAt: now }),
  ]);
  return { id: member.id, twoFactor: false as const, resetBy: ownerId, resetAt: new Date(now).toISOString() };
}
