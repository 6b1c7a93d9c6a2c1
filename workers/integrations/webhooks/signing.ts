import { Webhook } from "standardwebhooks";
import { bytesToBase64, randomBytes } from "../../../shared/crypto/encoding";

/** A new signing secret in the Standard Webhooks form: `whsec_` + base64 of 24 random bytes. */
export function newSigningSecret(): string {
  return `whsec_${bytesToBase64(randomBytes(24))}`;
}

/**
 * The three Standard Webhooks headers. With more than one secret (a rotation's overlap) the
 * signature header carries one `v1,<base64>` per secret, space-separated, so a receiver checking
 * with either the old or the new secret accepts the delivery.
 */
export function signedHeaders(messageId: string, signedAt: Date, body: string, secrets: readonly string[]): Record<string, string> {
  const signatures = secrets.map((secret) => new Webhook(secret).sign(messageId, signedAt, body));
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(signedAt.getTime() / 1000)),
    "webhook-signature": signatures.join(" "),
  };
}
