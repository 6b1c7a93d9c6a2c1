import { and, eq, isNull, lt, or } from "drizzle-orm";
import { base32ToBytes, bytesToBase32, randomBytes, sha256Hex } from "../../shared/crypto/encoding";
import { openSecret, sealSecret } from "../../shared/crypto/secret-box";
import { matchTotp, otpauthUri } from "../../shared/crypto/totp";
import type { Database } from "../platform/db/client";
import { backupCodes, users } from "../platform/db/schema";
import { AppError } from "../platform/errors";

export const BACKUP_CODE_COUNT = 10;
const ISSUER = "Posada";

type UserRow = typeof users.$inferSelect;

const sealContext = (user: Pick<UserRow, "tenantId" | "id">) => `tenant:${user.tenantId}:user:${user.id}:totp`;

/** Starts enrolment: a new secret, stored sealed and inactive until a first code proves the app has it. */
export async function beginTotpEnrolment(db: Database, secretsKey: string, user: UserRow) {
  if (user.totpEnabledAt) throw new AppError(409, "totp_already_enabled", "Two-factor sign-in is already on");
  const secret = randomBytes(20);
  const sealed = await sealSecret(secretsKey, bytesToBase32(secret), sealContext(user));
  await db
    .update(users)
    .set({ totpSecretSealed: sealed, totpLastCounter: null })
    .where(and(eq(users.tenantId, user.tenantId), eq(users.id, user.id)));
  const base32 = bytesToBase32(secret);
  return { secret: base32, otpauthUri: otpauthUri(ISSUER, user.email, base32) };
}

/** Verifies the first code, turns 2FA on and returns the backup codes (shown only this once). */
export async function confirmTotpEnrolment(db: Database, secretsKey: string, user: UserRow, code: string) {
  if (user.totpEnabledAt) throw new AppError(409, "totp_already_enabled", "Two-factor sign-in is already on");
  if (!user.totpSecretSealed) throw new AppError(409, "totp_not_started", "Start enrolment with POST /v1/me/totp first");
  const counter = await matchCode(secretsKey, user, code);
  if (counter === null) throw new AppError(422, "invalid_totp", "That code is not valid; check the time on your phone");

  const fresh = await freshBackupCodes(user);
  await db.batch([
    db
      .update(users)
      .set({ totpEnabledAt: Date.now(), totpLastCounter: Number(counter) })
      .where(and(eq(users.tenantId, user.tenantId), eq(users.id, user.id))),
    db.delete(backupCodes).where(eq(backupCodes.userId, user.id)),
    db.insert(backupCodes).values(fresh.rows),
  ]);
  return fresh.codes;
}

/** Replaces every backup code with ten new ones (shown only now); the old ones stop working in the same batch. */
export async function regenerateBackupCodes(db: Database, user: UserRow): Promise<string[]> {
  if (!user.totpEnabledAt) throw totpNotEnabled();
  const fresh = await freshBackupCodes(user);
  await db.batch([
    db.delete(backupCodes).where(and(eq(backupCodes.tenantId, user.tenantId), eq(backupCodes.userId, user.id))),
    db.insert(backupCodes).values(fresh.rows),
  ]);
  return fresh.codes;
}

/** Turns 2FA off for the person themself: the secret, its last counter and every backup code go at once. */
export async function disableTotp(db: Database, user: UserRow): Promise<void> {
  if (!user.totpEnabledAt) throw totpNotEnabled();
  await db.batch(totpRemovalStatements(db, user));
}

/** The statements that turn a user's 2FA off; callers batch them with anything else that must land together. */
export function totpRemovalStatements(db: Database, user: Pick<UserRow, "tenantId" | "id">) {
  return [
    db
      .update(users)
      .set({ totpSecretSealed: null, totpEnabledAt: null, totpLastCounter: null })
      .where(and(eq(users.tenantId, user.tenantId), eq(users.id, user.id))),
    db.delete(backupCodes).where(and(eq(backupCodes.tenantId, user.tenantId), eq(backupCodes.userId, user.id))),
  ] as const;
}

export const totpNotEnabled = () => new AppError(409, "totp_not_enabled", "Two-factor sign-in is not on");

async function freshBackupCodes(user: Pick<UserRow, "tenantId" | "id">) {
  const codes = Array.from({ length: BACKUP_CODE_COUNT }, generateBackupCode);
  const hashes = await Promise.all(codes.map((c) => sha256Hex(normalizeBackupCode(c))));
  return { codes, rows: hashes.map((codeHash) => ({ tenantId: user.tenantId, userId: user.id, codeHash })) };
}

/**
 * Checks a second factor at sign-in: a 6-digit TOTP code (each time step accepted once)
 * or an unused backup code (burnt on use). The conditional updates make reuse impossible
 * even when two sign-ins race with the same code.
 */
export async function consumeSecondFactor(db: Database, secretsKey: string, user: UserRow, code: string): Promise<boolean> {
  const trimmed = code.replace(/\s+/g, "");
  if (/^\d{6}$/.test(trimmed)) {
    const counter = await matchCode(secretsKey, user, trimmed);
    if (counter === null) return false;
    const updated = await db
      .update(users)
      .set({ totpLastCounter: Number(counter) })
      .where(and(eq(users.id, user.id), or(isNull(users.totpLastCounter), lt(users.totpLastCounter, Number(counter)))))
      .returning({ id: users.id });
    return updated.length === 1;
  }
  const codeHash = await sha256Hex(normalizeBackupCode(trimmed));
  const burnt = await db
    .update(backupCodes)
    .set({ usedAt: Date.now() })
    .where(and(eq(backupCodes.userId, user.id), eq(backupCodes.codeHash, codeHash), isNull(backupCodes.usedAt)))
    .returning({ userId: backupCodes.userId });
  return burnt.length === 1;
}

async function matchCode(secretsKey: string, user: UserRow, code: string): Promise<bigint | null> {
  if (!user.totpSecretSealed) return null;
  const base32 = await openSecret(secretsKey, user.totpSecretSealed, sealContext(user));
  return matchTotp(base32ToBytes(base32), code, Math.floor(Date.now() / 1000));
}

// Crockford base32: 32 symbols (so `byte & 31` is unbiased) without the look-alikes i, l, o, u.
const BACKUP_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/** Ten random base32 characters (50 bits), shown as `xxxxx-xxxxx`. */
function generateBackupCode(): string {
  const bytes = randomBytes(10);
  const chars = Array.from(bytes, (b) => BACKUP_ALPHABET[b & 31]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

function normalizeBackupCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, "");
}
