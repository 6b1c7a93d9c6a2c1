import { z } from "@hono/zod-openapi";
import { moneySchema, priceSchema } from "../../../../shared/domain/money";
import { pricingRulesSchema } from "../../../../shared/domain/pricing";

export const AMENITIES = ["wifi", "pileta", "pet_friendly", "cochera", "parrilla", "aire"] as const;
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM, 24-hour");

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
