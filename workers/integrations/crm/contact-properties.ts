import { and, eq } from "drizzle-orm";
import { todayIn } from "../../../shared/domain/dates";
import type { Database } from "../../platform/db/client";
import { guests, tenants } from "../../platform/db/schema";
import { staySummary } from "../../guests/guest-profiles";
import { guestTier } from "../../loyalty/guest-tier";
import type { ContactProperties } from "./hubspot-api";

/**
 * Posada's own contact properties. HubSpot refuses a property it does not know, so they are
 * created in the account when it is connected (see ensureCustomProperties).
 */
export const CUSTOM_PROPERTIES = [
  { name: "posada_stays", label: "Posada: estadías", type: "number", fieldType: "number" },
  { name: "posada_nights", label: "Posada: noches", type: "number", fieldType: "number" },
  { name: "posada_last_stay", label: "Posada: última estadía", type: "date", fieldType: "date" },
  { name: "posada_tier", label: "Posada: nivel", type: "string", fieldType: "text" },
] as const;

/** HubSpot's `hs_language` option values for the languages a guest may have. */
const HUBSPOT_LANGUAGE = { es: "es", pt: "pt-br", en: "en" } as const;

export type ContactPlan =
  | { kind: "email"; email: string; properties: ContactProperties }
  | { kind: "phone"; phone: string; properties: ContactProperties }
  /** Nothing to send: no email and no phone, or the guest's data was erased or merged away. */
  | { kind: "skip"; reason: string };

/** Splits "Valentina Gómez Ruiz" into HubSpot's firstname and lastname at the first space. */
export function splitName(name: string): { firstname: string; lastname: string } {
  const trimmed = name.trim().replace(/\s+/g, " ");
  const space = trimmed.indexOf(" ");
  return space < 0 ? { firstname: trimmed, lastname: "" } : { firstname: trimmed.slice(0, space), lastname: trimmed.slice(space + 1) };
}

/**
 * The contact for one guest as it is now: name, email, phone (E.164, as profiles keep it),
 * language, and their stays (confirmed ones, merged profiles' included), nights, the last stay's
 * check-out and loyalty tier.
 */
export async function contactFor(db: Database, tenantId: string, guestId: string): Promise<ContactPlan> {
  const guest = await db.select().from(guests).where(and(eq(guests.tenantId, tenantId), eq(guests.id, guestId))).get();
  if (!guest) return { kind: "skip", reason: "guest_not_found" };
  if (guest.anonymisedAt) return { kind: "skip", reason: "guest_erased" };
  if (guest.mergedInto) return { kind: "skip", reason: "guest_merged" };
  if (!guest.email && !guest.phone) return { kind: "skip", reason: "no_email_or_phone" };
  const tenant = await db.select({ timezone: tenants.timezone }).from(tenants).where(eq(tenants.id, tenantId)).get();
  const today = todayIn(tenant?.timezone ?? "America/Argentina/Buenos_Aires", new Date());
  const summary = await staySummary(db, tenantId, guestId);
  const { tier } = await guestTier(db, tenantId, guestId, today);
  const properties: ContactProperties = {
    ...splitName(guest.name),
    ...(guest.email ? { email: guest.email } : {}),
    ...(guest.phone ? { phone: guest.phone } : {}),
    ...(guest.lang ? { hs_language: HUBSPOT_LANGUAGE[guest.lang] } : {}),
    posada_stays: String(summary.confirmedStays),
    posada_nights: String(summary.nights),
    posada_last_stay: summary.lastCheckOut ?? "",
    posada_tier: tier?.name ?? "",
  };
  return guest.email ? { kind: "email", email: guest.email, properties } : { kind: "phone", phone: guest.phone!, properties };
}
