import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenants } from "./tenancy";

/**
 * The tenant's group quotations, for lists only: each quotation's state lives in its
 * QuotationRoom object, which answers every read of one quotation; this row follows it.
 */
export const quotations = sqliteTable(
  "quotations",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    groupName: text("group_name").notNull(),
    status: text("status").notNull(),
    checkIn: text("check_in").notNull(),
    checkOut: text("check_out").notNull(),
    people: integer("people").notNull(),
    deadline: text("deadline").notNull(),
    currency: text("currency").notNull(),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
    /** The room's own clock: a mirror write older than the row never overwrites it. */
    updatedAt: integer("updated_at").notNull(),
    /** When partners were reminded that the deadline is a day away (claimed once by the cron). */
    remindedAt: integer("reminded_at"),
    /**
     * When PayU is next asked how a refund it still reviews ended (null when none is under review):
     * the poll behind its confirmations, which PayU may never send for a refund.
     */
    refundReviewAt: integer("refund_review_at"),
  },
  (t) => [index("quotations_tenant_idx").on(t.tenantId, t.createdAt), index("quotations_deadline_idx").on(t.status, t.deadline), index("quotations_refund_review_idx").on(t.refundReviewAt)],
);

/** Partner lodgings a tenant asks for prices, kept for the next group (one row per email). */
export const quotationPartners = sqliteTable(
  "quotation_partners",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    name: text("name").notNull(),
    email: text("email").notNull(),
    phone: text("phone"),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [uniqueIndex("quotation_partners_email_unique").on(t.tenantId, t.email)],
);

/**
 * PayU credentials per tenant (sealed like the other providers'), and the countries whose
 * clients pay through it. PayU's confirmation is signed with the API key; the API login, when
 * given, lets Posada call PayU's Payments API (refunds).
 */
export const payuSettings = sqliteTable("payu_settings", {
  tenantId: text("tenant_id").primaryKey().references(() => tenants.id),
  merchantId: text("merchant_id").notNull(),
  accountId: text("account_id").notNull(),
  apiKeySealed: text("api_key_sealed").notNull(),
  apiLoginSealed: text("api_login_sealed"),
  countries: text("countries", { mode: "json" }).$type<string[]>().notNull(),
  updatedAt: integer("updated_at").notNull(),
});
