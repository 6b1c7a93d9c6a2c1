import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const createdAt = () => integer("created_at", { mode: "number" }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

export const tenants = sqliteTable(
  "tenants",
  {
    id: text("id").primaryKey(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    country: text("country").notNull(),
    timezone: text("timezone").notNull(),
    currency: text("currency").notNull(),
    /**
     * Bumped by triggers on every insert, update and delete of the tenant's accommodations (see the
     * migration `accommodations_version_triggers`), so a copy of the units can be checked with one
     * key lookup instead of reading them again (workers/bookings/unit-catalog.ts).
     */
    unitsVersion: integer("units_version").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("tenants_slug_unique").on(t.slug)],
);

export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ["owner", "admin", "staff"] }).notNull(),
    passwordHash: text("password_hash").notNull(),
    // TOTP secret sealed with AES-GCM; pending until verified (totp_enabled_at set).
    totpSecretSealed: text("totp_secret_sealed"),
    totpEnabledAt: integer("totp_enabled_at"),
    // The last accepted time step: a code (or an older one) is never accepted twice.
    totpLastCounter: integer("totp_last_counter"),
    createdAt: createdAt(),
    /**
     * When an owner removed the member. The row stays (payments and 2FA resets name who did
     * them), but it signs nobody in and its email is free for a new account.
     */
    removedAt: integer("removed_at"),
  },
  // Email is unique among current members so sign-in needs no tenant hint.
  (t) => [uniqueIndex("users_email_unique").on(t.email).where(sql`removed_at IS NULL`), index("users_tenant_idx").on(t.tenantId)],
);

export const backupCodes = sqliteTable(
  "backup_codes",
  {
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    userId: text("user_id").notNull().references(() => users.id),
    codeHash: text("code_hash").notNull(),
    usedAt: integer("used_at"),
  },
  (t) => [uniqueIndex("backup_codes_user_hash_unique").on(t.userId, t.codeHash)],
);

export const invitations = sqliteTable(
  "invitations",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    email: text("email").notNull(),
    role: text("role", { enum: ["admin", "staff"] }).notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedBy: text("invited_by").notNull(),
    expiresAt: integer("expires_at").notNull(),
    acceptedAt: integer("accepted_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("invitations_token_unique").on(t.tokenHash), index("invitations_tenant_idx").on(t.tenantId)],
);

export const apiKeys = sqliteTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    name: text("name").notNull(),
    start: text("start").notNull(),
    keyHash: text("key_hash").notNull(),
    scopes: text("scopes", { mode: "json" }).$type<string[]>().notNull(),
    createdBy: text("created_by").notNull(),
    lastUsedAt: integer("last_used_at"),
    revokedAt: integer("revoked_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("api_keys_hash_unique").on(t.keyHash), index("api_keys_tenant_idx").on(t.tenantId)],
);

/** Fixed-window counters for sign-in throttling and per-key rate limits (key = purpose + subject). */
export const rateLimitWindows = sqliteTable("rate_limit_windows", {
  key: text("key").primaryKey(),
  windowStart: integer("window_start").notNull(),
  count: integer("count").notNull(),
});

/** Who turned whose two-factor sign-in off, and when: an owner resetting a member who lost their phone. */
export const totpResets = sqliteTable(
  "totp_resets",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    userId: text("user_id").notNull().references(() => users.id),
    resetBy: text("reset_by").notNull().references(() => users.id),
    resetAt: integer("reset_at").notNull(),
  },
  (t) => [index("totp_resets_tenant_user_idx").on(t.tenantId, t.userId)],
);
