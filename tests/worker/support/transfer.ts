import { expect } from "vitest";
import { call } from "./api";
import type { TestTenant } from "./tenant";

/** A real-looking account: the CBU and CUIT check digits are valid. */
export const BANK_ACCOUNT = { cbu: "2850590940090418135201", alias: "POSADA.LAGO.SENA", holderName: "Posada del Lago SRL", cuit: "30-71234567-1" };

export async function enableTransfer(tenant: TestTenant, overrides: Record<string, unknown> = {}) {
  const response = await call("PUT", "/v1/settings/payments/transfer", { token: tenant.token, body: { enabled: true, ...BANK_ACCOUNT, ...overrides } });
  expect(response.status, response.text).toBe(200);
  return response.json;
}

/** The first bytes of a JPEG and of a PDF, enough for the type checks, padded to look like a file. */
export const JPEG_BYTES = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, ...new Array(200).fill(7), 0xff, 0xd9]);
export const PDF_BYTES = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

/** The expiry as an Argentine guest reads it: the tenant's local time on a 24-hour clock ("17:30", "9:05"). */
export function localTime(iso: string, timeZone = "America/Argentina/Buenos_Aires"): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(Date.parse(iso));
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${Number(part("hour"))}:${part("minute")}`;
}
