// Seeds the demo tenant through the public API, so the seed exercises the same paths as real use.
// Idempotent: if the demo owner can already sign in, nothing is created again.

export const DEMO = {
  owner: { name: "Lucía Fernández", email: "demo@posada.local", password: "posada-demo-2026" },
  staff: { name: "Martín Recepción", email: "staff@posada.local", password: "posada-staff-2026" },
  tenant: { name: "Cabañas del Lago (demo)", country: "AR", timezone: "America/Argentina/Buenos_Aires", currency: "ARS" },
  accommodations: [
    { name: "Cabaña Coihue", type: "cabin", capacity: 4, basePrice: { amount: 9_500_000, currency: "ARS" }, minStay: 2, amenities: ["wifi", "parrilla", "pet_friendly"], pricing: { weekendMultiplier: 1.2, holidayMultiplier: 1.3, holidays: "AR" }, depositPercent: 30 },
    { name: "Departamento Lenga", type: "apartment", capacity: 2, basePrice: { amount: 6_000_000, currency: "ARS" }, minStay: 1, amenities: ["wifi", "aire", "cochera"], pricing: { weekendMultiplier: 1.15 }, depositPercent: 30 },
  ],
};

async function api(base, method, path, { token, body } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

/** Creates the demo tenant, its two accommodations and a staff user when missing; returns the logins. */
export async function seedDemo(base) {
  let token;
  const signIn = await api(base, "POST", "/v1/sessions", { body: { email: DEMO.owner.email, password: DEMO.owner.password } });
  if (signIn.status === 201) {
    token = signIn.json.token;
  } else {
    const signup = await api(base, "POST", "/v1/signup", { body: { tenant: DEMO.tenant, owner: DEMO.owner } });
    if (signup.status !== 201) throw new Error(`signup answered ${signup.status}: ${JSON.stringify(signup.json)}`);
    token = signup.json.token;
  }

  const staffSignIn = await api(base, "POST", "/v1/sessions", { body: { email: DEMO.staff.email, password: DEMO.staff.password } });
  if (staffSignIn.status !== 201) {
    const invited = await api(base, "POST", "/v1/invitations", { token, body: { email: DEMO.staff.email, role: "staff" } });
    if (invited.status === 201) {
      await api(base, "POST", "/v1/invitations/accept", { body: { token: invited.json.token, name: DEMO.staff.name, password: DEMO.staff.password } });
    }
  }

  const existing = await api(base, "GET", "/v1/accommodations", { token });
  if (existing.status === 200 && existing.json.data.length === 0) {
    for (const accommodation of DEMO.accommodations) {
      const created = await api(base, "POST", "/v1/accommodations", { token, body: accommodation });
      if (created.status !== 201) throw new Error(`creating ${accommodation.name} answered ${created.status}: ${JSON.stringify(created.json)}`);
    }
  }
  return { owner: DEMO.owner, staff: DEMO.staff };
}
