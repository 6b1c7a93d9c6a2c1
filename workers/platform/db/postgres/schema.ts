/**
 * The Postgres tables: one line per table of ../schema, made from it (./from-sqlite.ts), so a table
 * is defined once. A new table in ../schema adds its line here; tests/unit/db/postgres-schema.test.ts
 * fails until it does. drizzle-kit reads this file for the Postgres migrations (drizzle.postgres.config.ts).
 */
import * as d1 from "../schema";
import { postgresTable } from "./from-sqlite";

export const accommodations = postgresTable(d1.accommodations);
export const alerts = postgresTable(d1.alerts);
export const apiKeys = postgresTable(d1.apiKeys);
export const backupCodes = postgresTable(d1.backupCodes);
export const calendarNights = postgresTable(d1.calendarNights);
export const calendarStays = postgresTable(d1.calendarStays);
export const conversations = postgresTable(d1.conversations);
export const emailOutbox = postgresTable(d1.emailOutbox);
export const emailSettings = postgresTable(d1.emailSettings);
export const emailSuppressions = postgresTable(d1.emailSuppressions);
export const icalFeeds = postgresTable(d1.icalFeeds);
export const invitations = postgresTable(d1.invitations);
export const lodgingInfo = postgresTable(d1.lodgingInfo);
export const messageSteps = postgresTable(d1.messageSteps);
export const messageTemplates = postgresTable(d1.messageTemplates);
export const messages = postgresTable(d1.messages);
export const paymentLinks = postgresTable(d1.paymentLinks);
export const paymentSettings = postgresTable(d1.paymentSettings);
export const payments = postgresTable(d1.payments);
export const rateLimitWindows = postgresTable(d1.rateLimitWindows);
export const reportDaily = postgresTable(d1.reportDaily);
export const reportRefresh = postgresTable(d1.reportRefresh);
export const reservations = postgresTable(d1.reservations);
export const stepSchedule = postgresTable(d1.stepSchedule);
export const tenants = postgresTable(d1.tenants);
export const totpResets = postgresTable(d1.totpResets);
export const transferReceipts = postgresTable(d1.transferReceipts);
export const transferSettings = postgresTable(d1.transferSettings);
export const users = postgresTable(d1.users);
export const webhookEvents = postgresTable(d1.webhookEvents);
export const whatsappSettings = postgresTable(d1.whatsappSettings);
export const auditLog = postgresTable(d1.auditLog);
export const payuSettings = postgresTable(d1.payuSettings);
export const publishedStates = postgresTable(d1.publishedStates);
export const quotationPartners = postgresTable(d1.quotationPartners);
export const quotations = postgresTable(d1.quotations);
export const webhookDeliveries = postgresTable(d1.webhookDeliveries);
export const webhookSubscriptions = postgresTable(d1.webhookSubscriptions);
export const guestCheckIns = postgresTable(d1.guestCheckIns);
export const guestIdPhotos = postgresTable(d1.guestIdPhotos);
export const guestLinks = postgresTable(d1.guestLinks);
export const guestPortalSettings = postgresTable(d1.guestPortalSettings);
export const guestRatings = postgresTable(d1.guestRatings);
export const upsellOffers = postgresTable(d1.upsellOffers);
export const upsellPurchases = postgresTable(d1.upsellPurchases);
export const upsells = postgresTable(d1.upsells);
export const tenantExports = postgresTable(d1.tenantExports);
export const guests = postgresTable(d1.guests);
export const guestSubjects = postgresTable(d1.guestSubjects);
export const guestMerges = postgresTable(d1.guestMerges);
export const loyaltyTiers = postgresTable(d1.loyaltyTiers);
export const guestTierChanges = postgresTable(d1.guestTierChanges);
export const loyaltyBenefitDeliveries = postgresTable(d1.loyaltyBenefitDeliveries);
export const crmConnections = postgresTable(d1.crmConnections);
export const crmSyncJobs = postgresTable(d1.crmSyncJobs);
export const servicePackages = postgresTable(d1.servicePackages);
export const reservationPackages = postgresTable(d1.reservationPackages);
