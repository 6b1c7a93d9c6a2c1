import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "../../platform/env";
import { AppError } from "../../platform/errors";
import { completeCheckIn } from "../../guest-portal/check-in";
import { storeIdPhoto, ID_PHOTO_CONTENT_TYPES, MAX_ID_PHOTO_BYTES } from "../../guest-portal/id-photos";
import { portalReservation } from "../../guest-portal/portal-stay";
import { jsonBody, jsonResponse, problemSchema } from "../common";
import { checkInRequest, checkInView, conflict, portalErrors, tags, tokenParam, unprocessable } from "./schema";
import { requireGuestToken } from "./guest-auth";
import { presentCheckIn } from "./present-check-in";

/** The upload path, which takes a file instead of JSON. */
export const ID_PHOTO_PATH = /^\/guest-api\/[^/]+\/check-in\/id-photos$/;

const checkInRoute = createRoute({
  method: "post",
  path: "/guest-api/{token}/check-in",
  tags,
  summary: "Online check-in: every guest's name and document, the holder's date of birth, arrival time, and the house rules accepted",
  description: "Sending it again replaces the earlier answer (a typo can be corrected until the stay ends). Staff see it on the reservation.",
  middleware: [requireGuestToken()] as const,
  request: { params: tokenParam, body: jsonBody(checkInRequest) },
  responses: {
    200: jsonResponse("Checked in", z.object({ checkIn: checkInView })),
    ...portalErrors,
    ...conflict("not_confirmed: the stay is not confirmed; stay_over: it has ended"),
    ...unprocessable("too_many_guests: more guests than the stay was booked for"),
  },
});

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: problemSchema } } });

const photoRoute = createRoute({
  method: "post",
  path: "/guest-api/{token}/check-in/id-photos",
  tags,
  summary: "Upload a photo of a guest's ID (JPEG, PNG or WebP, up to 8 MB), kept privately and deleted automatically after the stay",
  description: "The body is the image itself, with its type as Content-Type. Only the lodging's staff can see it; it is deleted the number of days after check-out the lodging sets (30 unless changed).",
  middleware: [
    requireGuestToken(),
    bodyLimit({
      maxSize: MAX_ID_PHOTO_BYTES,
      onError: () => {
        throw new AppError(413, "id_photo_too_large", `An ID photo is at most ${MAX_ID_PHOTO_BYTES / 1024 / 1024} MB`);
      },
    }),
  ] as const,
  request: {
    params: tokenParam,
    body: { required: true, content: Object.fromEntries(ID_PHOTO_CONTENT_TYPES.map((type) => [type, { schema: z.string().openapi({ format: "binary" }) }])) },
  },
  responses: {
    201: jsonResponse("Stored", z.object({ id: z.string(), deleteAfterDays: z.number().int() })),
    ...portalErrors,
    ...conflict("not_confirmed, stay_over, or too_many_photos"),
    415: problem("Not a JPEG, PNG or WebP, or the file is not what its type says"),
  },
});

export function registerPortalCheckIn(app: OpenAPIHono<AppEnv>) {
  app.openapi(checkInRoute, async (c) => {
    const { reservation, today } = await portalReservation(c.var.db, c.env, c.var.guest);
    const row = await completeCheckIn(c.var.db, c.env, reservation, c.req.valid("json"), { kind: "guest" }, today);
    return c.json({ checkIn: presentCheckIn(row) }, 200);
  });
  app.openapi(photoRoute, async (c) => {
    const { reservation, today } = await portalReservation(c.var.db, c.env, c.var.guest);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const stored = await storeIdPhoto(c.var.db, c.env, reservation, { bytes, declaredType: c.req.header("content-type") }, today);
    return c.json(stored, 201);
  });
}
