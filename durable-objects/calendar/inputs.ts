import { z } from "zod";
import { isoDateSchema } from "../../shared/domain/dates";

/** Longest stay or block the object accepts, in nights. */
export const MAX_STAY_NIGHTS = 365;
export const HOLD_MINUTES = 30;
export const EXTENSION_MINUTES = 15;

const range = z
  .object({ checkIn: isoDateSchema, checkOut: isoDateSchema })
  .refine((r) => r.checkIn < r.checkOut, { message: "checkOut must be after checkIn", path: ["checkOut"] })
  .refine((r) => (Date.parse(r.checkOut) - Date.parse(r.checkIn)) / 86_400_000 <= MAX_STAY_NIGHTS, {
    message: `at most ${MAX_STAY_NIGHTS} nights`,
    path: ["checkOut"],
  });

const owner = z.object({ tenantId: z.string().min(1), accommodationId: z.string().min(1) });

export const holdInput = range.and(owner).and(z.object({ reservationId: z.string().min(1), now: z.number().int().optional() }));
export const reservationRef = z.object({ reservationId: z.string().min(1), now: z.number().int().optional() });
export const confirmInput = reservationRef.extend({ allowLate: z.boolean().optional() });
export const blockInput = range.and(owner).and(z.object({ blockId: z.string().min(1), note: z.string().max(500).optional() }));
export const unblockInput = z.object({ blockId: z.string().min(1) });
export const replaceImportedInput = owner.extend({
  feedId: z.string().min(1),
  ranges: z.array(z.object({ start: isoDateSchema, end: isoDateSchema })).max(2000),
});
export const snapshotInput = z.object({ from: isoDateSchema, to: isoDateSchema });

export type HoldInput = z.input<typeof holdInput>;
export type ConfirmInput = z.input<typeof confirmInput>;
export type ReservationRef = z.input<typeof reservationRef>;
export type BlockInput = z.input<typeof blockInput>;
export type ReplaceImportedInput = z.input<typeof replaceImportedInput>;
