import { and, eq, gt, isNull, lte } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { quotations } from "../platform/db/schema";
import type { Config, Env } from "../platform/env";
import { sendQuotationEmail } from "./emails";
import { paramsOf } from "./quotations";
import { roomOf } from "./room-client";

const DAY_MS = 86_400_000;

/**
 * A day before an open quotation's deadline, every partner that has no live offer yet is reminded
 * by email. Each quotation is claimed by one conditional update first, so overlapping cron runs
 * remind once.
 */
export async function remindPartnersBeforeDeadline(env: Env, db: Database, config: Config, now: number): Promise<number> {
  const claimed = await db
    .update(quotations)
    .set({ remindedAt: now })
    .where(and(eq(quotations.status, "open"), isNull(quotations.remindedAt), gt(quotations.deadline, new Date(now).toISOString()), lte(quotations.deadline, new Date(now + DAY_MS).toISOString())))
    .returning({ id: quotations.id, tenantId: quotations.tenantId })
    .all();
  let reminded = 0;
  for (const { id, tenantId } of claimed) {
    const state = await roomOf(env, id).internalState({ tenantId });
    if (!state || state.status !== "open") continue;
    const offering = new Set(state.offers.filter((offer) => offer.status === "active").map((offer) => offer.partnerId));
    for (const partner of state.partners) {
      if (offering.has(partner.id)) continue;
      const sent = await sendQuotationEmail(db, env, config, tenantId, {
        kind: "deadline_warning",
        to: partner.email,
        lang: partner.language,
        key: `deadline:${id}:${partner.id}`,
        params: { ...paramsOf(state.tenantName, state.request), deadline: state.request.deadline.slice(0, 16).replace("T", " ") + " UTC" },
      });
      if (sent) reminded++;
    }
  }
  return reminded;
}
