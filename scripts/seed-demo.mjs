// Seeds the demo tenant through the public API, so the seed exercises the same paths as real use.
// Idempotent: an existing demo owner, team and units are kept. The season is dated relative to
// today and topped up on every start (stays arriving today, live holds, conversations), so the demo
// always looks alive. Stays already under way or over cannot be made through the API (it refuses
// check-ins before today); those go through the development-only POST /dev/past-stays, which has
// the calendar object book them on the day they were booked.
import { createHmac } from "node:crypto";

export const DEMO = {
  owner: { name: "Lucía Fernández", email: "demo@posada.local", password: "posada-demo-2026" },
  staff: { name: "Martín Recepción", email: "staff@posada.local", password: "posada-staff-2026" },
  tenant: { name: "Cabañas del Lago (demo)", country: "AR", timezone: "America/Argentina/Buenos_Aires", currency: "ARS" },
  accommodations: [
    { name: "Cabaña Coihue", type: "cabin", capacity: 4, basePrice: { amount: 9_500_000, currency: "ARS" }, minStay: 2, amenities: ["wifi", "parrilla", "pet_friendly"], pricing: { weekendMultiplier: 1.2, holidayMultiplier: 1.3, holidays: "AR" }, depositPercent: 30 },
    { name: "Departamento Lenga", type: "apartment", capacity: 2, basePrice: { amount: 6_000_000, currency: "ARS" }, minStay: 1, amenities: ["wifi", "aire", "cochera"], pricing: { weekendMultiplier: 1.15 }, depositPercent: 30 },
    { name: "Cabaña Ñire", type: "cabin", capacity: 6, basePrice: { amount: 14_000_000, currency: "ARS" }, minStay: 2, amenities: ["wifi", "parrilla", "pileta"], pricing: { weekendMultiplier: 1.2 }, depositPercent: 30 },
  ],
  extras: [
    { kind: "late_checkout", title: { es: "Late check-out hasta las 16", pt: "Late check-out até as 16h", en: "Late check-out until 4 pm" }, description: { es: "Disfrutá la mañana sin apuro." }, price: 1_500_000, currency: "ARS" },
    { kind: "early_checkin", title: { es: "Early check-in desde las 10", pt: "Early check-in a partir das 10h", en: "Early check-in from 10 am" }, price: 1_200_000, currency: "ARS" },
    { kind: "other", title: { es: "Desayuno regional", pt: "Café da manhã regional", en: "Regional breakfast" }, description: { es: "Dulces caseros, pan de campo y café, en la cabaña." }, price: 900_000, currency: "ARS" },
  ],
  tiers: [
    { name: "Plata", minStays: 2, discountPercent: 5, welcomeText: "¡Qué lindo tenerte de vuelta! Te dejamos leña extra para la salamandra." },
    { name: "Oro", minStays: 4, minNights: 12, discountPercent: 10, benefits: ["Una botella de vino de la casa al llegar"], welcomeText: "Sos de la casa: el late check-out corre por nuestra cuenta." },
  ],
  package: { name: "Escapada romántica", minNights: 2, maxNights: 3, discountPercent: 15 },
  /** The demo's WhatsApp number (Meta's phone_number_id) and the app secret its webhooks are signed with; neither is real. */
  whatsapp: { phoneNumberId: "109876543210001", accessToken: "EAAG-demo-token-not-real", appSecret: "demo-app-secret-not-real", verifyToken: "posada-demo-verify" },
};

const FEED_NAME = "Airbnb (demo)";

async function api(base, method, path, { token, body, raw, headers = {} } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(raw === undefined ? { "content-type": "application/json" } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await response.text();
  let json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: response.status, json };
}

async function must(pending, what) {
  const answer = await pending;
  if (answer.status >= 300) throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.json)}`);
  return answer.json;
}

const todayIn = (timeZone) => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const addDays = (date, days) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Creates the demo tenant, its units and a staff user when missing, then tops up the season (unless
 * `season` is false). `site` is the demo site (scripts/demo-site.mjs) serving the sample page and the
 * Airbnb feed.
 */
export async function seedDemo(base, site, { season = true } = {}) {
  let token;
  const signIn = await api(base, "POST", "/v1/sessions", { body: { email: DEMO.owner.email, password: DEMO.owner.password } });
  if (signIn.status === 201) {
    token = signIn.json.token;
  } else {
    token = (await must(api(base, "POST", "/v1/signup", { body: { tenant: DEMO.tenant, owner: DEMO.owner } }), "signup")).token;
  }

  const staffSignIn = await api(base, "POST", "/v1/sessions", { body: { email: DEMO.staff.email, password: DEMO.staff.password } });
  if (staffSignIn.status !== 201) {
    const invited = await api(base, "POST", "/v1/invitations", { token, body: { email: DEMO.staff.email, role: "staff" } });
    if (invited.status === 201) {
      await api(base, "POST", "/v1/invitations/accept", { body: { token: invited.json.token, name: DEMO.staff.name, password: DEMO.staff.password } });
    }
  }

  let units = (await must(api(base, "GET", "/v1/accommodations", { token }), "listing units")).data;
  if (units.length === 0) {
    await Promise.all(DEMO.accommodations.map((accommodation) => must(api(base, "POST", "/v1/accommodations", { token, body: accommodation }), `creating ${accommodation.name}`)));
    units = (await must(api(base, "GET", "/v1/accommodations", { token }), "listing units")).data;
  }
  const me = await must(api(base, "GET", "/v1/me", { token }), "reading the demo tenant");
  const slug = me.tenant.slug;
  site?.setSlug(slug);
  const today = todayIn(me.tenant.timezone);
  const unit = (name) => units.find((u) => u.name === name);
  const context = { base, token, today, unit, site, slug };

  if (season) {
    // Connected before the season, as a lodging's WhatsApp is: the season's booking confirmations go
    // out at once, on WhatsApp to the guests with a phone.
    await must(api(base, "PUT", "/v1/settings/whatsapp", { token, body: DEMO.whatsapp }), "connecting WhatsApp");
    // Before the season, so the returning guests reach their tier and a package is on offer.
    await seedOffers(context);
    await seedSeason(context);
    await Promise.all([seedHolds(context), seedFeed(context), seedConversations(context)]);
  }
  return { owner: DEMO.owner, staff: DEMO.staff, slug };
}

/**
 * The extras catalog, a loyalty programme and a service package, each only when the lodging has none
 * yet: an owner's own edits are never overwritten by a restart.
 */
async function seedOffers({ base, token, unit }) {
  const coihue = unit("Cabaña Coihue");
  let extras = (await must(api(base, "GET", "/v1/upsells", { token }), "reading extras")).data;
  if (extras.length === 0) {
    for (const extra of DEMO.extras) await must(api(base, "POST", "/v1/upsells", { token, body: extra }), `creating the extra ${extra.title.es}`);
    extras = (await must(api(base, "GET", "/v1/upsells", { token }), "reading extras")).data;
  }
  const tiers = (await must(api(base, "GET", "/v1/loyalty/tiers", { token }), "reading tiers")).tiers;
  if (tiers.length === 0) {
    // Oro guests take the late check-out free; its id is the catalog's.
    const lateCheckOut = extras.find((e) => e.kind === "late_checkout")?.id;
    const written = DEMO.tiers.map((tier) => (tier.name === "Oro" && lateCheckOut ? { ...tier, freeExtras: [lateCheckOut] } : tier));
    await must(api(base, "PUT", "/v1/loyalty/tiers", { token, body: { tiers: written } }), "writing tiers");
  }
  const packages = (await must(api(base, "GET", "/v1/packages", { token }), "reading packages")).data;
  if (packages.length === 0 && coihue) {
    // Breakfast and the late check-out: the two extras a couple's weekend asks for.
    const included = extras.filter((e) => e.kind === "late_checkout" || e.title.es === "Desayuno regional").map((e) => e.id);
    await must(api(base, "POST", "/v1/packages", { token, body: { ...DEMO.package, accommodationIds: [coihue.id], extras: included } }), "creating the package");
  }
}

/** Stays over, under way, arriving and leaving today, and ahead: once per day (when nobody arrives today yet). */
async function seedSeason({ base, token, today, unit }) {
  const touchingToday = (await must(api(base, "GET", `/v1/reservations?from=${today}&to=${today}`, { token }), "reading today")).data;
  if (touchingToday.some((r) => r.checkIn === today && r.status !== "cancelled")) return;
  const coihue = unit("Cabaña Coihue");
  const lenga = unit("Departamento Lenga");
  const nire = unit("Cabaña Ñire");

  const past = (accommodation, from, to, guest, source, extra = {}) =>
    accommodation &&
    api(base, "POST", "/dev/past-stays", {
      token,
      body: { accommodationId: accommodation.id, checkIn: addDays(today, from), checkOut: addDays(today, to), guests: 2, guest, source, bookedDaysBefore: 21, paid: { method: "transfer" }, ...extra },
    });
  const booked = async (accommodation, from, to, guest, source, { guests = 2, pay = true, method = "transfer" } = {}) => {
    if (!accommodation) return null;
    const held = await api(base, "POST", "/v1/reservations", { token, body: { accommodationId: accommodation.id, checkIn: addDays(today, from), checkOut: addDays(today, to), guests, guest, source } });
    if (held.status !== 201) return null;
    if (pay) await api(base, "POST", `/v1/reservations/${held.json.id}/confirm`, { token, body: { payment: { amount: held.json.deposit, method } } });
    return held.json;
  };

  // Over, and under way (the in-house guests and today's departures). Each unit's calendar takes
  // its own stays in order; the units work in parallel.
  await Promise.all([
    (async () => {
      // Tomás comes back (a 2nd stay ahead) and Valentina arrives today for her 3rd: returning guests are
      // recognised by phone however it was written.
      await past(coihue, -30, -27, { name: "Tomás Aguirre", phone: "0261 15 555-0106" }, "phone");
      await past(coihue, -20, -16, { name: "Familia Quiroga", email: "quiroga@example.com" }, "booking");
      await past(coihue, -9, -6, { name: "Sofía Ramírez", phone: "+54 9 11 5555 0102" }, "whatsapp");
      await past(coihue, -2, 2, { name: "Diego Castro", phone: "+54 9 294 555 0103" }, "instagram", { guests: 3, paid: { method: "cash" } });
      await booked(coihue, 6, 9, { name: "Tomás Aguirre", phone: "+54 9 261 555 0106" }, "phone", { guests: 4 });
    })(),
    (async () => {
      await past(lenga, -29, -26, { name: "Valentina Ruiz", phone: "+54 9 11 5555-0105" }, "whatsapp");
      await past(lenga, -15, -12, { name: "Valentina Ruiz", phone: "011 15 5555-0105" }, "instagram");
      await past(lenga, -3, 0, { name: "Emma Wilson", email: "emma.wilson@example.com" }, "airbnb");
      // Arriving today, and ahead, with their deposits paid. Two stays made Valentina a "Plata" guest:
      // her tier is worked out behind the stays (the bookings queue), so the hold waits for it and
      // carries her discount.
      await tierOf(base, token, "Valentina Ruiz");
      await booked(lenga, 0, 3, { name: "Valentina Ruiz", phone: "+54 9 11 5555 0105", email: "vale.ruiz@example.com" }, "whatsapp");
      await booked(lenga, 10, 13, { name: "Camila Torres", email: "camila.t@example.com" }, "facebook", { method: "card" });
    })(),
    (async () => {
      await past(nire, -1, 3, { name: "Grupo Fernández Paz", phone: "+54 9 351 555 0104" }, "phone", { guests: 5 });
      await booked(nire, 8, 12, { name: "Joaquim Souza", phone: "+55 11 98888 0107" }, "webchat", { guests: 4 });
    })(),
  ]);

  // Cancelled, the deposit given back by hand.
  const cancelled = await booked(lenga, 20, 22, { name: "Martina López", phone: "+54 9 294 555 0108" }, "walk_in", { method: "cash" });
  if (cancelled) {
    await api(base, "POST", `/v1/reservations/${cancelled.id}/cancel`, { token, body: { reason: "Cambió de planes; le devolvimos la seña", refund: { decision: "full", via: "manual" } } });
  }
}

/** The guest's loyalty tier once worked out (a few seconds at most), or null. */
async function tierOf(base, token, name) {
  for (let attempt = 0; attempt < 40; attempt++) {
    const [guest] = (await must(api(base, "GET", `/v1/guests?q=${encodeURIComponent(name)}`, { token }), "finding a guest")).data;
    const tier = guest && (await must(api(base, "GET", `/v1/guests/${guest.id}`, { token }), "reading a guest")).tier;
    if (tier) return tier;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return null;
}

/** Holds counting down (30 minutes), whenever none is live. */
async function seedHolds({ base, token, today, unit }) {
  const held = (await must(api(base, "GET", "/v1/reservations?status=held", { token }), "reading holds")).data;
  if (held.length > 0) return;
  for (const [name, from, to, guest, source] of [
    ["Cabaña Coihue", 12, 14, { name: "Lucas Giménez", phone: "+54 9 294 555 0109" }, "webchat"],
    ["Departamento Lenga", 4, 6, { name: "Paula Méndez", phone: "+54 9 11 5555 0110" }, "whatsapp"],
  ]) {
    const accommodation = unit(name);
    if (!accommodation) continue;
    await api(base, "POST", "/v1/reservations", { token, body: { accommodationId: accommodation.id, checkIn: addDays(today, from), checkOut: addDays(today, to), guests: 2, guest, source } });
  }
}

/**
 * An Airbnb calendar connected to Cabaña Coihue, served by the demo site: two of its own bookings
 * and one night Airbnb sold although Tomás Aguirre holds it here (the conflict staff must see).
 */
async function seedFeed({ base, token, today, unit, site }) {
  const coihue = unit("Cabaña Coihue");
  if (!coihue || !site) return;
  site.setFeed([
    { start: addDays(today, 8), end: addDays(today, 10), summary: "Reserved" },
    { start: addDays(today, 25), end: addDays(today, 29), summary: "Reserved" },
    { start: addDays(today, 40), end: addDays(today, 44), summary: "Airbnb (Not available)" },
  ]);
  const url = `${site.base}/airbnb/coihue.ics`;
  const feeds = (await must(api(base, "GET", `/v1/accommodations/${coihue.id}/ical-feeds`, { token }), "reading feeds")).data;
  let feed = feeds.find((f) => f.url === url);
  // The demo site's port may change between runs: the feed follows it.
  for (const stale of feeds.filter((f) => f.name === FEED_NAME && f.url !== url)) await api(base, "DELETE", `/v1/ical-feeds/${stale.id}`, { token });
  feed ??= await must(api(base, "POST", `/v1/accommodations/${coihue.id}/ical-feeds`, { token, body: { url, source: "airbnb", name: FEED_NAME } }), "connecting the Airbnb feed");
  await api(base, "POST", `/v1/ical-feeds/${feed.id}/sync`, { token });
}

/** Guests on the web chat and on WhatsApp, one of each handed over to a person: once, when there are no chats yet. */
/** The WhatsApp numbers of the demo's two chats (Carla asking, Nicolás needing help). */
const DEMO_CHAT_NUMBERS = ["5492944111222", "5491155553333"];

async function seedConversations({ base, token, slug }) {
  // Only the demo's chats count: the season's confirmations open threads of their own (scheduled messages).
  const existing = (await must(api(base, "GET", "/v1/conversations", { token }), "reading conversations")).data;
  if (existing.some((conversation) => conversation.channel === "webchat" || DEMO_CHAT_NUMBERS.includes(conversation.guestAddress))) return;

  const chat = async (name, lines) => {
    const session = await api(base, "POST", `/chat/${slug}/sessions`, { body: { name, lang: "es" } });
    if (session.status !== 201) return;
    for (const text of lines) {
      await api(base, "POST", `/chat/${slug}/sessions/${session.json.sessionId}/messages`, { body: { text }, headers: { authorization: `Bearer ${session.json.token}` } });
    }
  };
  await chat("Martina", ["Hola! ¿Tienen lugar para 4 personas el finde que viene?", "¿Aceptan mascotas? Viajamos con un perro chico"]);
  await chat("Roberto", ["Buenas, hice una reserva y necesito cambiar la fecha, ¿puedo hablar con una persona?"]);

  const { phoneNumberId, appSecret } = DEMO.whatsapp;
  const whatsapp = async (waId, name, text, minutesAgo) => {
    const body = JSON.stringify({
      object: "whatsapp_business_account",
      entry: [
        {
          id: "100000000000001",
          changes: [
            {
              field: "messages",
              value: {
                messaging_product: "whatsapp",
                metadata: { display_phone_number: "5492944000000", phone_number_id: phoneNumberId },
                contacts: [{ profile: { name }, wa_id: waId }],
                messages: [{ from: waId, id: `wamid.DEMO_${waId}_${minutesAgo}`, timestamp: String(Math.floor(Date.now() / 1000) - minutesAgo * 60), type: "text", text: { body: text } }],
              },
            },
          ],
        },
      ],
    });
    const signature = createHmac("sha256", appSecret).update(body).digest("hex");
    await api(base, "POST", "/webhooks/whatsapp", { raw: body, headers: { "content-type": "application/json", "x-hub-signature-256": `sha256=${signature}` } });
  };
  await whatsapp(DEMO_CHAT_NUMBERS[0], "Carla Benítez", "Hola! ¿Cuánto sale la cabaña para 2 del viernes al domingo?", 12);
  await whatsapp(DEMO_CHAT_NUMBERS[1], "Nicolás Prieto", "Hola, llegamos a la cabaña y no anda el agua caliente. Necesito que alguien me ayude por favor", 5);
}
