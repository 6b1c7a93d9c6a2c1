import { bytesToHex, timingSafeEqual } from "../../shared/crypto/encoding";
import { minorUnitDigits } from "../../shared/domain/currency-units";
import type { Money } from "../../shared/domain/money";

/**
 * PayU Latam (WebCheckout). The payer is sent to PayU's hosted page with a signed form; PayU then
 * posts the transaction's final state to our confirmation URL, signed with the merchant's API key:
 * `ApiKey~merchant_id~reference_sale~new_value~currency~state_pol`, hashed with the algorithm the
 * checkout was signed with (MD5, SHA1 or SHA256). `new_value` is the value with one decimal when
 * its second decimal is 0 (150.00 → 150.0) and with both otherwise (150.26).
 */
export type PayuAlgorithm = "MD5" | "SHA-1" | "SHA-256";

export const PAYU_CHECKOUT_URL = "https://checkout.payulatam.com/ppp-web-gateway-payu/";
export const PAYU_SANDBOX_CHECKOUT_URL = "https://sandbox.checkout.payulatam.com/ppp-web-gateway-payu/";

/** `state_pol` 4 is an approved transaction; 6 declined, 5 expired. */
export const PAYU_APPROVED = "4";

export interface PayuCredentials {
  merchantId: string;
  accountId: string;
  apiKey: string;
  /** Only the Payments API (refunds) needs it; checkouts and confirmations are signed with the key. */
  apiLogin?: string | null;
}

async function digestHex(algorithm: PayuAlgorithm, text: string): Promise<string> {
  const bytes = await crypto.subtle.digest(algorithm, new TextEncoder().encode(text));
  return bytesToHex(new Uint8Array(bytes));
}

/** The value as PayU signs it in a confirmation. */
export function payuNewValue(value: string): string {
  const [whole, decimals = ""] = value.trim().split(".");
  const two = `${decimals}00`.slice(0, 2);
  return two[1] === "0" ? `${whole}.${two[0]}` : `${whole}.${two}`;
}

/** Minor units as PayU writes an amount ("1500.00"). */
export function payuAmount(money: Money): string {
  const digits = minorUnitDigits(money.currency);
  return (money.amount / 10 ** digits).toFixed(Math.max(digits, 2));
}

/** A PayU amount ("1500.00") in minor units, or null when it is not a plain decimal. */
export function minorUnitsOf(value: string, currency: string): number | null {
  if (!/^\d{1,13}(\.\d{1,2})?$/.test(value.trim())) return null;
  const [whole, decimals = ""] = value.trim().split(".");
  const digits = minorUnitDigits(currency);
  const scaled = `${whole}${`${decimals}00`.slice(0, digits)}`;
  return Number(scaled);
}

/** The checkout form's signature: `ApiKey~merchantId~referenceCode~amount~currency`. */
export function payuCheckoutSignature(credentials: PayuCredentials, referenceCode: string, amount: string, currency: string, algorithm: PayuAlgorithm = "SHA-256") {
  return digestHex(algorithm, `${credentials.apiKey}~${credentials.merchantId}~${referenceCode}~${amount}~${currency}`);
}

/** What PayU posts to the confirmation URL (the fields Posada reads). */
export interface PayuConfirmation {
  merchantId: string;
  referenceSale: string;
  value: string;
  currency: string;
  statePol: string;
  sign: string;
  transactionId: string;
  /** `reference_pol`, PayU's own order id: a refund names it. Empty when PayU did not send it. */
  orderId: string;
  extra1: string;
}

/** Reads the form PayU posts; null when a field Posada needs is missing. */
export function readPayuConfirmation(form: URLSearchParams): PayuConfirmation | null {
  const get = (name: string) => form.get(name)?.trim() ?? "";
  const confirmation = {
    merchantId: get("merchant_id"),
    referenceSale: get("reference_sale"),
    value: get("value"),
    currency: get("currency").toUpperCase(),
    statePol: get("state_pol"),
    sign: get("sign").toLowerCase(),
    transactionId: get("transaction_id"),
    orderId: /^\d{1,20}$/.test(get("reference_pol")) ? get("reference_pol") : "",
    extra1: get("extra1"),
  };
  const required = [confirmation.merchantId, confirmation.referenceSale, confirmation.value, confirmation.currency, confirmation.statePol, confirmation.sign, confirmation.transactionId];
  return required.every((field) => field.length > 0 && field.length <= 255) ? confirmation : null;
}

const ALGORITHM_BY_LENGTH: Record<number, PayuAlgorithm> = { 32: "MD5", 40: "SHA-1", 64: "SHA-256" };

/** The confirmation's signature, checked in constant time with the algorithm its length names. */
export async function verifyPayuConfirmation(confirmation: PayuConfirmation, credentials: PayuCredentials): Promise<boolean> {
  const algorithm = ALGORITHM_BY_LENGTH[confirmation.sign.length];
  if (!algorithm || confirmation.merchantId !== credentials.merchantId) return false;
  const { referenceSale, value, currency, statePol } = confirmation;
  let expected: string;
  try {
    expected = await digestHex(algorithm, `${credentials.apiKey}~${credentials.merchantId}~${referenceSale}~${payuNewValue(value)}~${currency}~${statePol}`);
  } catch {
    // A runtime without MD5 cannot check an MD5 signature: refuse rather than accept.
    return false;
  }
  return timingSafeEqual(expected, confirmation.sign);
}

/** The hosted checkout as a form the client's page posts to PayU. */
export async function payuCheckoutForm(
  credentials: PayuCredentials,
  input: { referenceCode: string; description: string; amount: Money; buyerEmail?: string; responseUrl: string; confirmationUrl: string; tenantId: string; sandbox: boolean },
) {
  const amount = payuAmount(input.amount);
  const signature = await payuCheckoutSignature(credentials, input.referenceCode, amount, input.amount.currency);
  return {
    action: input.sandbox ? PAYU_SANDBOX_CHECKOUT_URL : PAYU_CHECKOUT_URL,
    fields: {
      merchantId: credentials.merchantId,
      accountId: credentials.accountId,
      description: input.description.slice(0, 255),
      referenceCode: input.referenceCode,
      amount,
      tax: "0",
      taxReturnBase: "0",
      currency: input.amount.currency,
      signature,
      algorithmSignature: "SHA256",
      test: input.sandbox ? "1" : "0",
      ...(input.buyerEmail ? { buyerEmail: input.buyerEmail } : {}),
      responseUrl: input.responseUrl,
      confirmationUrl: input.confirmationUrl,
      extra1: input.tenantId,
    } as Record<string, string>,
  };
}
