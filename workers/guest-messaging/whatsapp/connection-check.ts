import type { Database } from "../../platform/db/client";
import type { Config } from "../../platform/env";
import { text, whoAmI, type ConnectionCheck } from "../../platform/connection-check";
import { whatsAppSender } from "./settings";

/** Asks the Graph API what the stored number is (`GET /{phone-number-id}`), with the stored token. */
export async function checkWhatsAppConnection(db: Database, config: Config, tenantId: string): Promise<ConnectionCheck> {
  const sender = await whatsAppSender(db, config.secretsKey, tenantId);
  if (!sender) return { ok: false, problem: "not_configured" };
  const url = `${config.apiBases.whatsapp}/${encodeURIComponent(sender.phoneNumberId)}?fields=display_phone_number,verified_name`;
  return whoAmI(url, sender.accessToken, (number) => [text(number.verified_name), text(number.display_phone_number)].filter(Boolean).join(" · ") || sender.phoneNumberId);
}
