import { and, eq } from "drizzle-orm";
import type { TemplateLang } from "../../shared/messaging/default-templates";
import type { Database } from "../platform/db/client";
import { reservations } from "../platform/db/schema";
import { notFound } from "../platform/errors";
import { parseConfig, type Env } from "../platform/env";
import { chooseChannel } from "./reach-guest";
import { renderForReservation } from "./render";
import { getTemplate } from "./templates";

/** A template as a reservation's guest would read it: in their language unless another is asked for. */
export async function previewTemplate(db: Database, env: Env, tenantId: string, templateId: string, reservationId: string, lang?: TemplateLang) {
  const template = await getTemplate(db, tenantId, templateId);
  const reservation = await db.select().from(reservations).where(and(eq(reservations.tenantId, tenantId), eq(reservations.id, reservationId))).get();
  if (!reservation) throw notFound("Reservation");
  const language = lang ?? (await chooseChannel(db, env, reservation, ["whatsapp", "email"])).lang;
  const config = parseConfig(env);
  const rendered = await renderForReservation(db, template, reservation, language, Date.now(), { jwtSecret: config.jwtSecret, publicBaseUrl: config.publicBaseUrl });
  return { lang: rendered.lang, text: rendered.text, whatsapp: rendered.whatsapp };
}
