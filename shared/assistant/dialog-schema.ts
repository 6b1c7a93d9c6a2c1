import { z } from "zod";
import type { DialogState } from "./dialog";

/** The assistant's languages; a dialog state names one of them. */
export const langSchema = z.enum(["es", "pt", "en"]);

/**
 * A dialog state as it crosses a boundary (a Durable Object's RPC input, its storage): checked,
 * never cast, so a stored state from an older shape is noticed instead of trusted.
 */
export const dialogStateSchema = z.object({
  lang: langSchema,
  slots: z.object({
    checkIn: z.string().nullable(),
    checkOut: z.string().nullable(),
    guests: z.number().int().nullable(),
    unitType: z.string().nullable(),
    amenities: z.array(z.string()),
  }),
  offered: z.array(z.string()),
  lastActivityAt: z.number().nullable(),
}) satisfies z.ZodType<DialogState>;
