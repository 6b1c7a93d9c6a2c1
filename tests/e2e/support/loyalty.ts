import { api, type E2eTenant } from "./tenant";

/** The loyalty tier of the first guest a search finds, or null: tiers are worked out behind a stay, so tests poll it. */
export async function guestTier(tenant: E2eTenant, search: string): Promise<string | null> {
  const [guest] = (await api(`/v1/guests?q=${encodeURIComponent(search)}`, { token: tenant.token })).json.data as Array<{ id: string }>;
  if (!guest) return null;
  return (await api(`/v1/guests/${guest.id}`, { token: tenant.token })).json.tier?.name ?? null;
}
