import { and, eq, gt, isNull } from "drizzle-orm";
import { bytesToBase64Url, randomBytes, sha256Hex } from "../../shared/crypto/encoding";
import { hashPassword } from "../../shared/crypto/password";
import { newId } from "../../shared/ids";
import type { Database } from "../platform/db/client";
import { isUniqueViolation } from "../platform/db/errors";
import { invitations, users } from "../platform/db/schema";
import { AppError } from "../platform/errors";
import { normalizeEmail } from "./accounts";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;

/** Invites a team member; the token travels in the accept link and is stored only as a hash. */
export async function inviteMember(
  db: Database,
  tenantId: string,
  invitedBy: string,
  input: { email: string; role: "admin" | "staff" },
) {
  const email = normalizeEmail(input.email);
  const taken = await db.select({ id: users.id }).from(users).where(and(eq(users.email, email), isNull(users.removedAt))).get();
  if (taken) throw new AppError(409, "email_taken", "That email already has an account");
  const token = `inv_${bytesToBase64Url(randomBytes(32))}`;
  const row = {
    id: newId("inv"),
    tenantId,
    email,
    role: input.role,
    tokenHash: await sha256Hex(token),
    invitedBy,
    expiresAt: Date.now() + INVITATION_TTL_MS,
  };
  await db.insert(invitations).values(row);
  return { id: row.id, email, role: row.role, expiresAt: new Date(row.expiresAt).toISOString(), token };
}

/** Accepts an invitation once, creating the user with the invited role. */
export async function acceptInvitation(db: Database, input: { token: string; name: string; password: string }) {
  const tokenHash = await sha256Hex(input.token);
  const invitation = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.tokenHash, tokenHash), isNull(invitations.acceptedAt), gt(invitations.expiresAt, Date.now())))
    .get();
  if (!invitation) throw new AppError(404, "invitation_not_found", "This invitation does not exist, was used or expired");

  const userId = newId("usr");
  const passwordHash = await hashPassword(input.password);
  const claimed = await db
    .update(invitations)
    .set({ acceptedAt: Date.now() })
    .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
    .returning({ id: invitations.id });
  if (claimed.length === 0) throw new AppError(404, "invitation_not_found", "This invitation was already used");
  try {
    await db.insert(users).values({
      id: userId,
      tenantId: invitation.tenantId,
      email: invitation.email,
      name: input.name,
      role: invitation.role,
      passwordHash,
    });
  } catch (error) {
    // Give the invitation back if the user could not be created, so nothing is half-done.
    await db.update(invitations).set({ acceptedAt: null }).where(eq(invitations.id, invitation.id));
    if (isUniqueViolation(error)) throw new AppError(409, "email_taken", "That email already has an account");
    throw error;
  }
  return { id: userId, tenantId: invitation.tenantId, email: invitation.email, role: invitation.role };
}
