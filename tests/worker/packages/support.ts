import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import type { TestTenant } from "../support/tenant";

/** A unit at a flat $100.000 a night (no weekend or holiday rules), so every stay's price is plain. */
export const flatUnit = (tenant: TestTenant, overrides: Record<string, unknown> = {}) => createAccommodation(tenant, { minStay: 1, pricing: {}, depositPercent: 30, ...overrides });

export async function breakfastExtra(tenant: TestTenant): Promise<string> {
  const created = await call("POST", "/v1/upsells", { token: tenant.token, body: { kind: "other", title: { es: "Desayuno", pt: "Café da manhã", en: "Breakfast" }, price: 800_000, currency: "ARS" } });
  if (created.status !== 201) throw new Error(`extra failed: ${created.status} ${created.text}`);
  return created.json.id;
}

export async function lateCheckoutExtra(tenant: TestTenant): Promise<string> {
  const created = await call("POST", "/v1/upsells", { token: tenant.token, body: { kind: "late_checkout", title: { es: "Late check-out", en: "Late check-out" }, price: 1_500_000, currency: "ARS" } });
  if (created.status !== 201) throw new Error(`extra failed: ${created.status} ${created.text}`);
  return created.json.id;
}

export async function createPackage(tenant: TestTenant, body: Record<string, unknown>): Promise<string> {
  const created = await call("POST", "/v1/packages", { token: tenant.token, body });
  if (created.status !== 201) throw new Error(`package failed: ${created.status} ${created.text}`);
  return created.json.id;
}
