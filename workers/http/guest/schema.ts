import { z } from "@hono/zod-openapi";
import { isValidDate } from "../../../shared/domain/dates";
import { ADJUSTMENT_KINDS } from "../../../shared/pricing/adjustments";
import { problemSchema } from "../common";

export const tags = ["Guest portal"];
/** The guest's link token is in the path: it opens one reservation's portal and nothing else. */
export const tokenParam = z.object({ token: z.string().min(20).max(2048).openapi({ description: "The signed token of the guest's link (GET /v1/reservations/{id}/guest-link)" }) });

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: problemSchema } } });
export const portalErrors = {
  400: problem("Invalid input, or a body that is not JSON"),
  401: problem("The link is not valid: wrong, expired or revoked"),
  413: problem("Body too large"),
  429: problem("Too many requests on this link in a minute (see Retry-After)"),
} as const;
export const conflict = (description: string) => ({ 409: problem(description) }) as const;
export const unprocessable = (description: string) => ({ 422: problem(description) }) as const;

const isoDate = z.string().refine(isValidDate, "must be a real date (YYYY-MM-DD)");

export const registeredGuest = z
  .object({
    fullName: z.string().trim().min(2).max(120),
    documentType: z.enum(["dni", "passport", "other"]),
    documentNumber: z
      .string()
      .trim()
      .min(3)
      .max(30)
      .regex(/^[A-Za-z0-9.\- ]+$/, "letters, digits, dots and hyphens only"),
    nationality: z.string().trim().min(2).max(60),
  })
  .openapi("RegisteredGuest");

export const checkInRequest = z
  .object({
    guests: z.array(registeredGuest).min(1).max(30),
    holderBirthDate: isoDate,
    arrivalTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM, 24-hour"),
    vehiclePlate: z.string().trim().max(15).nullish(),
    requests: z.string().trim().max(1000).nullish(),
    acceptRules: z.literal(true, { error: "the house rules must be accepted" }),
  })
  .openapi("CheckInRequest");

export const checkInView = z
  .object({
    status: z.enum(["not_started", "started", "completed"]),
    completedAt: z.string().nullable(),
    completedBy: z.enum(["guest", "staff"]).nullable(),
    guests: z.array(registeredGuest),
    holderBirthDate: z.string().nullable(),
    arrivalTime: z.string().nullable(),
    vehiclePlate: z.string().nullable(),
    requests: z.string().nullable(),
    rulesAcceptedAt: z.string().nullable(),
  })
  .openapi("CheckIn");

export const ratingRequest = z.object({ score: z.number().int().min(0).max(10), comment: z.string().trim().max(2000).nullish() }).openapi("RatingRequest");
export const ratingResponse = z
  .object({ score: z.number().int(), comment: z.string().nullable(), recorded: z.boolean(), reviewUrl: z.string().nullable().openapi({ description: "Where to leave a public review (a score of 9 or 10, when the lodging set a link)" }) })
  .openapi("RatingResult");

export const portalMessageRequest = z.object({ text: z.string().trim().min(1).max(2000) }).openapi("PortalMessageRequest");
export const portalThread = z
  .object({ data: z.array(z.object({ id: z.string(), author: z.enum(["guest", "assistant", "staff"]), text: z.string(), createdAt: z.string() })) })
  .openapi("PortalThread");

const money = z.number().int().openapi({ description: "Minor units of `money.currency`" });
export const portalStayResponse = z
  .object({
    lang: z.enum(["es", "pt", "en"]),
    today: z.string(),
    lodging: z.object({ name: z.string(), address: z.string().nullable(), houseRules: z.string().nullable() }),
    reservation: z.object({
      code: z.string(),
      status: z.string(),
      checkIn: z.string(),
      checkOut: z.string(),
      nights: z.number().int(),
      guests: z.number().int(),
      guestName: z.string(),
      expiresAt: z.string().nullable(),
    }),
    unit: z.object({ name: z.string(), checkInTime: z.string(), checkOutTime: z.string(), mapsUrl: z.string().nullable(), directions: z.string().nullable() }),
    money: z.object({
      currency: z.string(),
      total: money.openapi({ description: "The stay's own price, without extras (discounts already taken off)" }),
      adjustments: z
        .array(z.object({ kind: z.enum(ADJUSTMENT_KINDS), name: z.string(), percent: z.number(), amount: money.openapi({ description: "Negative: taken off `total`" }) }))
        .openapi({ description: "Discounts taken off the stay's price (a loyalty tier's), each its own line, written by the portal in `lang`" }),
      deposit: money,
      paid: money.openapi({ description: "Everything paid: the stay's payments less refunds, and extras paid on their own links" }),
      due: money.openapi({ description: "What is still owed: the stay and its extras less `paid`" }),
      extrasTotal: money.openapi({ description: "Extras bought for the stay (paid or awaiting payment), part of `due`" }),
      extrasPaid: money,
      canPayOnline: z.boolean(),
      payFor: z.enum(["deposit", "balance"]).nullable().openapi({ description: "What the pay button pays: a live hold's deposit, or a confirmed stay's balance (`due`)" }),
      transfer: z.object({ cbu: z.string(), alias: z.string().nullable(), holderName: z.string(), cuit: z.string() }).nullable(),
    }),
    checkIn: z.object({
      status: z.enum(["not_started", "started", "completed"]),
      completedAt: z.string().nullable(),
      guests: z.array(registeredGuest),
      holderBirthDate: z.string().nullable(),
      arrivalTime: z.string().nullable(),
      vehiclePlate: z.string().nullable(),
      requests: z.string().nullable(),
      idPhotos: z.number().int(),
      idPhotoRetentionDays: z.number().int(),
      open: z.boolean(),
    }),
    rating: z.object({ score: z.number().int(), comment: z.string().nullable() }).nullable(),
    canRate: z.boolean(),
  })
  .openapi("PortalStay");
