/**
 * Where a reservation came from. The first five are Posada's own channels; the rest are the
 * places operators take bookings by hand (a call, a DM, an OTA's message, someone at the door),
 * recorded so an owner can see which channel brings guests.
 */
export const RESERVATION_SOURCES = [
  "direct",
  "whatsapp",
  "webchat",
  "email",
  "partner",
  "phone",
  "instagram",
  "facebook",
  "airbnb",
  "booking",
  "walk_in",
  "other",
] as const;

export type ReservationSource = (typeof RESERVATION_SOURCES)[number];

/** Sources staff pick when they type a booking in themselves. */
export const MANUAL_SOURCES = ["direct", "phone", "instagram", "facebook", "airbnb", "booking", "walk_in", "other"] as const satisfies readonly ReservationSource[];
