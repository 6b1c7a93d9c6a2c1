import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { newId } from "../../shared/ids";
import { log } from "../../shared/log";
import type { Database } from "../platform/db/client";
import { guestIdPhotos, guestPortalSettings, reservations } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { AppError } from "../platform/errors";
import { startCheckIn, type CheckInReservation } from "./check-in";
import { DEFAULT_PORTAL_SETTINGS, portalSettingsOf } from "./portal-settings";

export const MAX_ID_PHOTO_BYTES = 8 * 1024 * 1024;
/** A stay of many guests sends one photo each; past this it is not ID photos any more. */
const MAX_PHOTOS_PER_RESERVATION = 30;
export const ID_PHOTO_CONTENT_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
type IdPhotoType = (typeof ID_PHOTO_CONTENT_TYPES)[number];

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
/** The first bytes each accepted type starts with: a declared type must match the file itself. */
const SIGNATURES: Record<IdPhotoType, (b: Uint8Array) => boolean> = {
  "image/jpeg": (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/png": (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v),
  "image/webp": (b) => ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP",
};

function checkIdPhoto(bytes: Uint8Array, declared: string | undefined): IdPhotoType {
  const base = (declared ?? "").split(";")[0]!.trim().toLowerCase();
  const type = (ID_PHOTO_CONTENT_TYPES as readonly string[]).includes(base) ? (base as IdPhotoType) : null;
  if (!type) throw new AppError(415, "unsupported_id_photo_type", "An ID photo is a JPEG, PNG or WebP image");
  if (bytes.byteLength === 0) throw new AppError(400, "empty_id_photo", "The photo is empty");
  if (!SIGNATURES[type](bytes)) throw new AppError(415, "id_photo_type_mismatch", `The file is not a ${type}`);
  return type;
}

/** ID photos live under their tenant's prefix, so a key can never name another tenant's file. */
const idPhotoKey = (tenantId: string, reservationId: string, photoId: string) => `tenants/${tenantId}/id-photos/${reservationId}/${photoId}`;

/**
 * Stores a guest's ID photo in the private bucket and records it (the check-in counts as started).
 * The row is written after the object, so a row never names a file that is not there; an object
 * whose row failed is unreachable and the same cron does not see it (it is a few kB, and rare).
 */
export async function storeIdPhoto(
  db: Database,
  env: Env,
  reservation: CheckInReservation,
  file: { bytes: Uint8Array; declaredType: string | undefined },
  today: string,
  now = Date.now(),
): Promise<{ id: string; deleteAfterDays: number }> {
  if (reservation.status !== "confirmed") throw new AppError(409, "not_confirmed", "Only a confirmed stay can check in");
  if (reservation.checkOut < today) throw new AppError(409, "stay_over", "This stay has already ended");
  const contentType = checkIdPhoto(file.bytes, file.declaredType);
  const existing = await db.select({ id: guestIdPhotos.id }).from(guestIdPhotos).where(and(eq(guestIdPhotos.tenantId, reservation.tenantId), eq(guestIdPhotos.reservationId, reservation.id))).all();
  if (existing.length >= MAX_PHOTOS_PER_RESERVATION) throw new AppError(409, "too_many_photos", `At most ${MAX_PHOTOS_PER_RESERVATION} photos per stay`);
  const id = newId("gid", now);
  const objectKey = idPhotoKey(reservation.tenantId, reservation.id, id);
  await env.RECEIPTS.put(objectKey, file.bytes, { httpMetadata: { contentType } });
  await db.insert(guestIdPhotos).values({ id, tenantId: reservation.tenantId, reservationId: reservation.id, objectKey, contentType, sizeBytes: file.bytes.byteLength, createdAt: now });
  await startCheckIn(db, reservation.tenantId, reservation.id, now);
  const settings = await portalSettingsOf(db, reservation.tenantId);
  return { id, deleteAfterDays: settings.idPhotoRetentionDays };
}

/** A stored ID photo of the tenant's, for staff (tenant-checked; nothing is public). */
export async function readIdPhoto(db: Database, env: Env, tenantId: string, photoId: string) {
  const row = await db.select().from(guestIdPhotos).where(and(eq(guestIdPhotos.tenantId, tenantId), eq(guestIdPhotos.id, photoId), isNull(guestIdPhotos.deletedAt))).get();
  if (!row) return null;
  const object = await env.RECEIPTS.get(row.objectKey);
  return object ? { row, object } : null;
}

/**
 * Deletes ID photos whose stay checked out more than the tenant's retention ago, counted in SQL so
 * photos not yet due never fill a batch (by the stay's check-out date: a stay moved later keeps
 * its photos longer). Idempotent: a photo is marked
 * deleted only after its object is gone, and deleting a missing object is not an error.
 */
export async function deleteExpiredIdPhotos(db: Database, env: Env, today: string, now = Date.now(), batch = 200): Promise<number> {
  const retentionDays = sql`coalesce(${guestPortalSettings.idPhotoRetentionDays}, ${DEFAULT_PORTAL_SETTINGS.idPhotoRetentionDays})`;
  const due = await db
    .select({ id: guestIdPhotos.id, objectKey: guestIdPhotos.objectKey })
    .from(guestIdPhotos)
    .innerJoin(reservations, eq(reservations.id, guestIdPhotos.reservationId))
    .leftJoin(guestPortalSettings, eq(guestPortalSettings.tenantId, guestIdPhotos.tenantId))
    .where(and(isNull(guestIdPhotos.deletedAt), sql`date(${reservations.checkOut}, '+' || ${retentionDays} || ' days') <= ${today}`))
    .limit(batch)
    .all();
  if (due.length === 0) return 0;
  await env.RECEIPTS.delete(due.map((p) => p.objectKey));
  await db.update(guestIdPhotos).set({ deletedAt: now }).where(inArray(guestIdPhotos.id, due.map((p) => p.id)));
  log("info", "id_photos_deleted", { count: due.length });
  return due.length;
}
