import { z } from "@hono/zod-openapi";
import { moneySchema, priceSchema } from "../../../../shared/domain/money";
import { pricingRulesSchema } from "../../../../shared/domain/pricing";

export const AMENITIES = ["wifi", "pileta", "pet_friendly", "cochera", "parrilla", "aire"] as const;
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM, 24-hour");

const instruction = (max: number, description: string) => z.string().trim().max(max).nullable().optional().openapi({ description });

/** What the unit's guests are told in scheduled messages ({doorCode}, {wifi}, {directions}, {mapsUrl}); null clears. */
const guestInstructions = {
  doorCode: instruction(100, "Door code or where to pick up the key"),
  wifi: instruction(200, "Wi-Fi network and password"),
  directions: instruction(1000, "How to get there"),
  mapsUrl: z.url({ protocol: /^https$/ }).max(500).nullable().optional().openapi({ description: "A map link; by default one is made from the lodging's address" }),
};

export const accommodationInput = z
  .object({
    name: z.string().trim().min(1).max(120),
    type: z.enum(["cabin", "apartment", "house", "room"]),
    capacity: z.number().int().min(1).max(50),
    basePrice: priceSchema,
    minStay: z.number().int().min(1).max(60).optional(),
    checkInTime: timeOfDay.optional(),
    checkOutTime: timeOfDay.optional(),
    amenities: z.array(z.enum(AMENITIES)).max(AMENITIES.length).optional(),
    pricing: pricingRulesSchema.optional(),
    depositPercent: z.number().int().min(0).max(100).optional(),
    timezone: z.string().refine(isTimezone, "Unknown IANA time zone").optional(),
    ...guestInstructions,
  })
  .openapi("AccommodationInput");

export const accommodationPatch = accommodationInput.partial().openapi("AccommodationPatch");

export const accommodation = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    capacity: z.number().int(),
    basePrice: moneySchema,
    minStay: z.number().int(),
    checkInTime: z.string(),
    checkOutTime: z.string(),
    amenities: z.array(z.string()),
    pricing: z.unknown(),
    depositPercent: z.number().int(),
    timezone: z.string(),
    doorCode: z.string().nullable(),
    wifi: z.string().nullable(),
    directions: z.string().nullable(),
    mapsUrl: z.string().nullable(),
    icalExportUrl: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Accommodation");

export const accommodationIdParam = z.object({ id: z.string().min(1).max(64) });

function isTimezone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
