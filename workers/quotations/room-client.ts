import type { RoomAnswer } from "../../durable-objects/quotations/quotation-room";
import type { Env } from "../platform/env";
import { AppError } from "../platform/errors";

const ULID_BODY = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** The room object of one quotation; an id of the wrong shape is a 404 before any object is made for it. */
export function roomOf(env: Env, quotationId: string) {
  if (!quotationId.startsWith("qtn_") || !ULID_BODY.test(quotationId.slice(4))) throw new AppError(404, "not_found", "Quotation not found");
  return env.QUOTATIONS.get(env.QUOTATIONS.idFromName(quotationId));
}

/**
 * The room a link's token names (`<quotation body>.<secret>`), or null for a token of the wrong
 * shape; the room itself checks the secret, so a forged token finds nothing.
 */
export function roomOfToken(env: Env, token: string) {
  const [body, secret] = token.split(".");
  if (!body || !secret || !ULID_BODY.test(body) || secret.length < 16 || secret.length > 64) return null;
  return roomOf(env, `qtn_${body}`);
}

/** The room of a link's token, or the 404 a wrong token gets. */
export function linkRoom(env: Env, token: string) {
  const room = roomOfToken(env, token);
  if (!room) throw new AppError(404, "not_found", "No such link");
  return room;
}

const CONFLICTS = new Set(["not_open", "deadline_passed", "not_composed", "not_sent", "not_approved", "already_final", "offer_withdrawn", "duplicate_partner", "nothing_to_refund"]);

/** A room's answer as a value, or the API's problem for its refusal. */
export function unwrap<T>(answer: RoomAnswer<T>, what = "Quotation"): T {
  if (answer.ok) return answer.value;
  if (answer.code === "not_found") throw new AppError(404, "not_found", `${what} not found`);
  throw new AppError(CONFLICTS.has(answer.code) ? 409 : 422, answer.code, answer.detail);
}
