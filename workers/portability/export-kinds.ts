import { getTableName } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import * as t from "../platform/db/schema";

/**
 * How an exported file comes back on import:
 * - `rows`: inserted as they are, ids remapped;
 * - `calendar`: given to the accommodation's calendar object, which owns reservations, their
 *   payments and manual blocks (the read model then follows from its outbox);
 * - `none`: kept in the export for the owner's records only (it names people, credentials or files
 *   that a new tenant cannot take over: the team signs up again, partners subscribe again).
 */
export type ImportMode = "rows" | "calendar" | "none";

export interface ExportKind {
  /** The file's name in the ZIP, without extension. */
  file: string;
  table: SQLiteTable;
  /** Columns never written to the export: secrets, hashes and caches of another tenant's state. */
  omit: readonly string[];
  /** Only these rows (a SQL condition on the table's own columns). */
  where?: string;
  import: ImportMode;
}

/**
 * Everything a tenant owns, one file per kind, in the order an import writes them (referenced rows
 * first). Secret columns are left out here, by name, and tests/worker/portability/export-kinds.test.ts
 * fails when a table gains a column that looks like a secret and is not left out, or when a table
 * with a tenant_id is neither exported nor listed in NOT_EXPORTED.
 */
export const EXPORT_KINDS: readonly ExportKind[] = [
  { file: "tenant", table: t.tenants, omit: ["units_version"], import: "none" },
  { file: "team", table: t.users, omit: ["password_hash", "totp_secret_sealed", "totp_last_counter"], import: "none" },
  { file: "accommodations", table: t.accommodations, omit: ["ical_token_sealed"], import: "rows" },
  // etag and last-modified are caches of the channel's last answer: a new calendar must fetch the feed whole.
  { file: "ical_feeds", table: t.icalFeeds, omit: ["export_token_sealed", "etag", "last_modified"], import: "rows" },
  { file: "lodging_info", table: t.lodgingInfo, omit: [], import: "rows" },
  { file: "payment_settings", table: t.paymentSettings, omit: ["mercadopago_access_token_sealed", "mercadopago_webhook_secret_sealed", "stripe_secret_key_sealed", "stripe_webhook_secret_sealed"], import: "rows" },
  { file: "transfer_settings", table: t.transferSettings, omit: [], import: "rows" },
  { file: "email_settings", table: t.emailSettings, omit: ["resend_api_key_sealed", "resend_webhook_secret_sealed"], import: "rows" },
  { file: "email_suppressions", table: t.emailSuppressions, omit: [], import: "rows" },
  { file: "guest_portal_settings", table: t.guestPortalSettings, omit: [], import: "rows" },
  // The phone number routes every tenant's WhatsApp by its id: it is connected again, with its token.
  { file: "whatsapp_settings", table: t.whatsappSettings, omit: ["access_token_sealed", "app_secret_sealed", "verify_token_hash"], import: "none" },
  { file: "payu_settings", table: t.payuSettings, omit: ["api_key_sealed", "api_login_sealed"], import: "none" },
  { file: "message_templates", table: t.messageTemplates, omit: [], import: "rows" },
  { file: "message_steps", table: t.messageSteps, omit: [], import: "rows" },
  { file: "upsells", table: t.upsells, omit: [], import: "rows" },
  { file: "conversations", table: t.conversations, omit: ["reply_token"], import: "rows" },
  { file: "messages", table: t.messages, omit: [], import: "rows" },
  { file: "reservations", table: t.reservations, omit: [], import: "calendar" },
  { file: "payments", table: t.payments, omit: [], import: "calendar" },
  { file: "blocks", table: t.calendarStays, omit: [], where: "kind = 'block'", import: "calendar" },
  { file: "step_schedule", table: t.stepSchedule, omit: [], import: "rows" },
  { file: "guest_links", table: t.guestLinks, omit: [], import: "rows" },
  { file: "guest_check_ins", table: t.guestCheckIns, omit: [], import: "rows" },
  { file: "guest_ratings", table: t.guestRatings, omit: [], import: "rows" },
  { file: "upsell_offers", table: t.upsellOffers, omit: [], import: "rows" },
  { file: "upsell_purchases", table: t.upsellPurchases, omit: [], import: "rows" },
  // Service packages and the stays booked with one (after the extras and the reservations they name).
  { file: "service_packages", table: t.servicePackages, omit: [], import: "rows" },
  { file: "reservation_packages", table: t.reservationPackages, omit: [], import: "rows" },
  // Guest profiles, which stays and threads are theirs, and merges (undoable in the new tenant too).
  { file: "guests", table: t.guests, omit: [], import: "rows" },
  { file: "guest_subjects", table: t.guestSubjects, omit: [], import: "rows" },
  { file: "guest_merges", table: t.guestMerges, omit: [], import: "rows" },
  // The loyalty programme and each guest's tier history.
  { file: "loyalty_tiers", table: t.loyaltyTiers, omit: [], import: "rows" },
  { file: "guest_tier_changes", table: t.guestTierChanges, omit: [], import: "rows" },
  // Which benefits staff marked as given, for the record: the marks name users of this tenant.
  { file: "loyalty_benefit_deliveries", table: t.loyaltyBenefitDeliveries, omit: [], import: "none" },
  { file: "payment_links", table: t.paymentLinks, omit: [], import: "none" },
  // Files (receipts, ID photos) stay in the bucket of the tenant that received them; their records travel.
  { file: "transfer_receipts", table: t.transferReceipts, omit: [], import: "none" },
  { file: "guest_id_photos", table: t.guestIdPhotos, omit: [], import: "none" },
  { file: "quotations", table: t.quotations, omit: [], import: "none" },
  { file: "quotation_partners", table: t.quotationPartners, omit: [], import: "none" },
  { file: "webhook_subscriptions", table: t.webhookSubscriptions, omit: ["secret_sealed", "previous_secret_sealed"], import: "none" },
  // The CRM is connected again in the new tenant, with its token; its state travels for the record.
  { file: "crm_connections", table: t.crmConnections, omit: ["access_token_sealed", "flush_lease_until"], import: "none" },
  { file: "api_keys", table: t.apiKeys, omit: ["key_hash"], import: "none" },
  { file: "alerts", table: t.alerts, omit: [], import: "none" },
  { file: "audit_log", table: t.auditLog, omit: [], import: "none" },
];

/** Tables with a tenant's rows that no export carries, and why. */
export const NOT_EXPORTED: Readonly<Record<string, string>> = {
  [getTableName(t.backupCodes)]: "credentials (2FA backup codes, hashed)",
  [getTableName(t.invitations)]: "credentials (invitation tokens, hashed) that expire in days",
  [getTableName(t.totpResets)]: "names users of the old team only",
  [getTableName(t.calendarNights)]: "derived: each calendar writes its nights from its stays",
  [getTableName(t.reportDaily)]: "derived: rebuilt from reservations (npm run reports:rebuild)",
  [getTableName(t.reportRefresh)]: "derived bookkeeping of the report rows",
  [getTableName(t.webhookDeliveries)]: "the log of signed calls to partners' endpoints",
  [getTableName(t.crmSyncJobs)]: "bookkeeping of which guests' contacts the CRM has yet to receive",
  [getTableName(t.publishedStates)]: "bookkeeping of which events partners already heard",
  [getTableName(t.webhookEvents)]: "payment providers' notifications, verified and applied already",
  [getTableName(t.emailOutbox)]: "the development outbox (no mail leaves a laptop)",
  [getTableName(t.tenantExports)]: "the exports themselves",
};

/** The columns of a kind's file: the table's, less the omitted ones. */
export function exportedColumns(kind: ExportKind, tableColumns: readonly string[]): string[] {
  return tableColumns.filter((c) => !kind.omit.includes(c));
}

export const EXPORT_FORMAT = "posada-tenant-export";
export const EXPORT_VERSION = 1;
