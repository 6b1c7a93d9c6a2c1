import { call } from "./api";
import type { TestTenant } from "./tenant";

export const CABIN = {
  name: "Cabaña Coihue",
  type: "cabin",
  capacity: 4,
  basePrice: { amount: 10_000_000, currency: "ARS" },
  minStay: 2,
  amenities: ["wifi", "parrilla"],
  pricing: { weekendMultiplier: 1.2, holidayMultiplier: 1.5, holidays: "AR" },
  depositPercent: 30,
};

/** Creates an accommodation for the tenant and returns its id. */
export async function createAccommodation(tenant: TestTenant, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await call("POST", "/v1/accommodations", { token: tenant.token, body: { ...CABIN, ...overrides } });
  if (response.status !== 201) throw new Error(`accommodation creation failed: ${response.status} ${response.text}`);
  return response.json.id;
}
