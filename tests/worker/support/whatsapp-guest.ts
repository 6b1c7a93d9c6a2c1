import { SELF } from "cloudflare:test";
import { expect } from "vitest";
import { hmacSha256Hex } from "../../../shared/webhooks/hmac";
import { createAccommodation } from "./accommodations";
import { call } from "./api";
import { configurePayments } from "./payments";
import { claimWhatsAppNumber } from "./fake-whatsapp";
import { createTenant, type TestTenant } from "./tenant";

export const APP_SECRET = "meta_app_secret_NOT_REAL_91c2";
export const WHATSAPP_TOKEN = "EAAG-fake-access-token";
export const GUEST_WA_ID = "5491100000001";

/** Connects WhatsApp for the tenant on a number of its own (unique per call) and answers the number. */
export async function connectWhatsApp(tenant: TestTenant): Promise<string> {
  const phone = String(500_000_000_000_000 + Math.floor(Math.random() * 1e12));
  const response = await call("PUT", "/v1/settings/whatsapp", { token: tenant.token, body: { phoneNumberId: phone, accessToken: WHATSAPP_TOKEN, appSecret: APP_SECRET, verifyToken: `v-${crypto.randomUUID()}` } });
  if (response.status !== 200) throw new Error(`connecting WhatsApp failed: ${response.status} ${response.text}`);
  claimWhatsAppNumber(phone);
  return phone;
}

/** A tenant with payments, WhatsApp connected on a number of its own, and one cabin. */
export async function connectedTenant(): Promise<{ tenant: TestTenant; phone: string; acc: string }> {
  const tenant = await createTenant();
  await configurePayments(tenant);
  const phone = await connectWhatsApp(tenant);
  const acc = await createAccommodation(tenant, { name: "Cabaña Coihue", minStay: 1 });
  return { tenant, phone, acc };
}

/** Posts a webhook body to /webhooks/whatsapp signed with the tenants' app secret, as Meta would. */
export async function postSignedWhatsApp(body: string): Promise<Response> {
  return SELF.fetch("http://posada.test/webhooks/whatsapp", { method: "POST", headers: { "x-hub-signature-256": `sha256=${await hmacSha256Hex(APP_SECRET, body)}` }, body });
}

/** A guest's photo or document, as WhatsApp describes it (the bytes are served by the fake Graph API under the id). */
export type GuestMedia = { imageMediaId: string; mimeType?: string; caption?: string } | { documentMediaId: string; mimeType?: string; filename?: string };

/** Delivers a signed webhook with one guest message (text, a voice note, a photo or a document, by media id) to the tenant's number. */
export async function guestSends(phone: string, message: { text: string } | { audioMediaId: string } | GuestMedia, id = `wamid.FLOW_${crypto.randomUUID()}`) {
  const content =
    "text" in message
      ? { type: "text", text: { body: message.text } }
      : "audioMediaId" in message
        ? { type: "audio", audio: { mime_type: "audio/ogg; codecs=opus", sha256: "ZmFrZQ==", id: message.audioMediaId, voice: true } }
        : "imageMediaId" in message
          ? { type: "image", image: { mime_type: message.mimeType ?? "image/jpeg", sha256: "ZmFrZQ==", id: message.imageMediaId, ...(message.caption ? { caption: message.caption } : {}) } }
          : { type: "document", document: { mime_type: message.mimeType ?? "application/pdf", sha256: "ZmFrZQ==", id: message.documentMediaId, filename: message.filename ?? "comprobante.pdf" } };
  const body = JSON.stringify({
    object: "whatsapp_business_account",
    entry: [
      {
        id: "000000000000001",
        changes: [
          {
            field: "messages",
            value: {
              messaging_product: "whatsapp",
              metadata: { display_phone_number: "15550000000", phone_number_id: phone },
              contacts: [{ profile: { name: "Ana" }, wa_id: GUEST_WA_ID }],
              messages: [{ from: GUEST_WA_ID, id, timestamp: String(Math.floor(Date.now() / 1000)), ...content }],
            },
          },
        ],
      },
    ],
  });
  expect((await postSignedWhatsApp(body)).status).toBe(200);
  return id;
}

export const guestWrites = (phone: string, text: string, id?: string) => guestSends(phone, { text }, id);
