import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { users } from "../platform/db/schema";
import type { Config, Env } from "../platform/env";
import { AppError } from "../platform/errors";
import { depositCheckout } from "./deposit";
import { sendQuotationEmail } from "./emails";
import { mirrorQuotation, paramsOf } from "./quotations";
import { linkRoom, unwrap } from "./room-client";

/**
 * The client approves the sent package: the room records it (once; approving again answers the
 * same), the owner hears by email, and the client gets the deposit's checkout for their country.
 */
export async function approveByClient(env: Env, db: Database, config: Config, token: string) {
  const room = linkRoom(env, token);
  const before = unwrap(await room.viewByToken({ token, role: "client" }), "Link");
  const { summary, ...view } = unwrap(await room.clientApprove({ token }), "Link");
  await mirrorQuotation(db, summary);
  const state = await room.internalState({ tenantId: summary.tenantId });
  if (!state) throw new AppError(404, "not_found", "No such link");
  if (before.status !== "approved") {
    const owner = await db
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.tenantId, state.tenantId), eq(users.role, "owner"), isNull(users.removedAt)))
      .get();
    if (owner) {
      await sendQuotationEmail(db, env, config, state.tenantId, { kind: "quotation_approved", to: owner.email, lang: "es", key: `approved:${state.id}`, params: paramsOf(state.tenantName, state.request) });
    }
  }
  return { quotation: view, payment: await depositCheckout(db, config, env, state, token) };
}
