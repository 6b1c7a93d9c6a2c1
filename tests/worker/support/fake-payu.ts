/**
 * What PayU's servers post to a confirmation URL, signed as PayU signs it:
 * `ApiKey~merchant_id~reference_sale~new_value~currency~state_pol` (MD5, SHA1 or SHA256 hex).
 * Written here from PayU's documentation, independently of the Worker's own code.
 */
export const PAYU = { merchantId: "508029", accountId: "512321", apiKey: "4Vj8eK4rloUd272L48hsrarnUA" };

async function hex(algorithm: "MD5" | "SHA-1" | "SHA-256", text: string) {
  const digest = await crypto.subtle.digest(algorithm, new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export async function payuConfirmation(input: {
  referenceSale: string;
  value: string;
  newValue: string;
  currency?: string;
  statePol?: string;
  transactionId?: string;
  tenantId: string;
  algorithm?: "MD5" | "SHA-1" | "SHA-256";
  apiKey?: string;
}) {
  const currency = input.currency ?? "ARS";
  const statePol = input.statePol ?? "4";
  const sign = await hex(input.algorithm ?? "SHA-256", `${input.apiKey ?? PAYU.apiKey}~${PAYU.merchantId}~${input.referenceSale}~${input.newValue}~${currency}~${statePol}`);
  return new URLSearchParams({
    merchant_id: PAYU.merchantId,
    state_pol: statePol,
    response_code_pol: statePol === "4" ? "1" : "5",
    reference_sale: input.referenceSale,
    reference_pol: String(Math.floor(Math.random() * 1e9)),
    sign,
    extra1: input.tenantId,
    payment_method_type: "2",
    value: input.value,
    currency,
    transaction_id: input.transactionId ?? crypto.randomUUID(),
    email_buyer: "laura@colegio.test",
  }).toString();
}
