import { RESERVATION_SOURCES, type ReservationSource } from "../../../../../shared/domain/reservation-sources";
import type { Locale } from "../../i18n/i18n";

export { MANUAL_SOURCES } from "../../../../../shared/domain/reservation-sources";

const LABELS: Record<Locale, Record<ReservationSource, string>> = {
  "es-AR": {
    direct: "Directa",
    whatsapp: "WhatsApp",
    webchat: "Chat web",
    email: "Email",
    partner: "Socio (API)",
    phone: "Teléfono",
    instagram: "Instagram",
    facebook: "Facebook",
    airbnb: "Airbnb",
    booking: "Booking.com",
    walk_in: "En persona",
    other: "Otro",
  },
  en: {
    direct: "Direct",
    whatsapp: "WhatsApp",
    webchat: "Web chat",
    email: "Email",
    partner: "Partner (API)",
    phone: "Phone",
    instagram: "Instagram",
    facebook: "Facebook",
    airbnb: "Airbnb",
    booking: "Booking.com",
    walk_in: "Walk-in",
    other: "Other",
  },
  "pt-BR": {
    direct: "Direta",
    whatsapp: "WhatsApp",
    webchat: "Chat do site",
    email: "E-mail",
    partner: "Parceiro (API)",
    phone: "Telefone",
    instagram: "Instagram",
    facebook: "Facebook",
    airbnb: "Airbnb",
    booking: "Booking.com",
    walk_in: "Pessoalmente",
    other: "Outro",
  },
};

export const isReservationSource = (value: string): value is ReservationSource => (RESERVATION_SOURCES as readonly string[]).includes(value);

/** Where a booking came from, in the person's language; an unknown value shows as it is. */
export function sourceLabel(source: string, locale: Locale): string {
  return isReservationSource(source) ? LABELS[locale][source] : source;
}
