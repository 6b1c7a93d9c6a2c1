import { and, desc, eq, gt } from "drizzle-orm";
import { formatClock, formatDay, formatMoney, formatTime } from "../../shared/assistant/format";
import { dayNumber } from "../../shared/domain/dates";
import type { TemplateLang } from "../../shared/messaging/default-templates";
import { renderTemplate, variablesIn, type TemplateVariable } from "../../shared/messaging/template-variables";
import { guestLinkFor } from "../guest-access/guest-links";
import type { Database } from "../platform/db/client";
import { accommodations, paymentLinks, reservations, tenants } from "../platform/db/schema";
import { moneyReceived } from "./money-received";
import { lodgingInfoOf } from "../tenancy/lodging-info";
import { welcomeTextFor } from "../loyalty/reservation-tier";
import type { TemplateMessage } from "../guest-messaging/whatsapp/api";
import type { TemplateRow } from "./templates";

export type ReservationRow = typeof reservations.$inferSelect;

/** What signs a guest's portal link, for templates that carry one. */
export interface PortalLinkSigner {
  jwtSecret: string;
  publicBaseUrl: string;
}

/** What a template is filled from: the reservation, its unit, the lodging and the money still owed. */
export async function templateValues(
  db: Database,
  reservation: ReservationRow,
  lang: TemplateLang,
  now = Date.now(),
  portal: PortalLinkSigner | null = null,
  wanted: ReadonlySet<string> = new Set(),
): Promise<Partial<Record<TemplateVariable, string>>> {
  // A held stay pays its deposit through its checkout link. Once confirmed, that link is the
  // deposit already paid: what is still owed is paid in the guest's portal, which opens a
  // checkout for exactly the balance and the extras awaiting payment.
  const paysInPortal = reservation.status !== "held";
  const [unit, tenant, info, received, link, loyaltyWelcome] = await Promise.all([
    db.select().from(accommodations).where(eq(accommodations.id, reservation.accommodationId)).get(),
    db.select({ name: tenants.name, timezone: tenants.timezone }).from(tenants).where(eq(tenants.id, reservation.tenantId)).get(),
    lodgingInfoOf(db, reservation.tenantId),
    moneyReceived(db, reservation.tenantId, reservation.id),
    // Only a held stay's template that carries it needs the deposit's checkout link.
    !paysInPortal && wanted.has("paymentUrl")
      ? db
          .select({ url: paymentLinks.url })
          .from(paymentLinks)
          .where(and(eq(paymentLinks.tenantId, reservation.tenantId), eq(paymentLinks.reservationId, reservation.id), gt(paymentLinks.expiresAt, now)))
          .orderBy(desc(paymentLinks.createdAt))
          .get()
      : undefined,
    // The guest's tier is looked up only for a template that says its welcome.
    wanted.has("loyaltyWelcome") ? welcomeTextFor(db, reservation.tenantId, reservation) : "",
  ]);
  const balance = Math.max(0, reservation.totalAmount - received);
  // A link is made (once per reservation, then reused) only for a template that carries it.
  const portalLink =
    portal && (wanted.has("portalLink") || wanted.has("ratingLink") || (paysInPortal && wanted.has("paymentUrl")))
      ? (await guestLinkFor(db, portal.jwtSecret, portal.publicBaseUrl, reservation, now)).url
      : "";
  const timeZone = unit?.timezone ?? tenant?.timezone ?? "America/Argentina/Buenos_Aires";
  const address = info.address ?? "";
  return {
    "guest.firstName": reservation.guestName.trim().split(/\s+/)[0] ?? "",
    "guest.name": reservation.guestName,
    "reservation.code": reservation.code,
    checkIn: formatDay(reservation.checkIn, lang),
    checkOut: formatDay(reservation.checkOut, lang),
    checkInTime: formatClock(unit?.checkInTime ?? "14:00", lang),
    checkOutTime: formatClock(unit?.checkOutTime ?? "10:00", lang),
    nights: String(dayNumber(reservation.checkOut) - dayNumber(reservation.checkIn)),
    guests: String(reservation.guests),
    "unit.name": unit?.name ?? "",
    "lodging.name": tenant?.name ?? "",
    address,
    mapsUrl: unit?.mapsUrl ?? (address ? `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(address)}` : ""),
    directions: unit?.directions ?? "",
    wifi: unit?.wifi ?? "",
    doorCode: unit?.doorCode ?? "",
    total: formatMoney(reservation.totalAmount, reservation.currency, lang),
    balance: formatMoney(balance, reservation.currency, lang),
    paymentUrl: paysInPortal ? portalLink : (link?.url ?? ""),
    holdExpiresAt: reservation.expiresAt ? formatTime(reservation.expiresAt, timeZone, lang) : "",
    portalLink,
    ratingLink: portalLink ? `${portalLink}#rating` : "",
    loyaltyWelcome,
  };
}

/** The template's text in the guest's language, else the first language it has (Spanish first). */
export function bodyFor(template: TemplateRow, lang: TemplateLang): { lang: TemplateLang; body: string } {
  for (const candidate of [lang, "es", "pt", "en"] as const) {
    const body = template.bodies[candidate];
    if (body && body.trim() !== "") return { lang: candidate, body };
  }
  return { lang, body: "" };
}

export interface RenderedMessage {
  lang: TemplateLang;
  text: string;
  /** The approved WhatsApp template with its parameters filled, for a closed 24-hour window; null without a mapping. */
  whatsapp: TemplateMessage | null;
}

export async function renderForReservation(
  db: Database,
  template: TemplateRow,
  reservation: ReservationRow,
  lang: TemplateLang,
  now = Date.now(),
  portal: PortalLinkSigner | null = null,
  /** Values only the event knows (a loyalty upgrade's tier and benefits), in the language written. */
  eventValues?: (lang: TemplateLang) => Partial<Record<TemplateVariable, string>>,
): Promise<RenderedMessage> {
  const chosen = bodyFor(template, lang);
  const mapping = template.whatsapp;
  const wanted = new Set([...variablesIn(chosen.body), ...(mapping?.parameters ?? [])]);
  const values = { ...(await templateValues(db, reservation, chosen.lang, now, portal, wanted)), ...eventValues?.(chosen.lang) };
  return {
    lang: chosen.lang,
    text: renderTemplate(chosen.body, values),
    // WhatsApp refuses empty parameters, so a missing value goes as "-".
    whatsapp: mapping ? { name: mapping.name, language: mapping.language, parameters: mapping.parameters.map((name) => values[name as TemplateVariable] || "-") } : null,
  };
}
