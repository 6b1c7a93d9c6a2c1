import { clock, longDay, money, percent, TEXT, type Lang, type Texts } from "./messages";
import { PORTAL_CSS } from "./styles";

interface RegisteredGuest {
  fullName: string;
  documentType: "dni" | "passport" | "other";
  documentNumber: string;
  nationality: string;
}

interface Stay {
  lang: Lang;
  lodging: { name: string; address: string | null; houseRules: string | null };
  reservation: { code: string; status: string; checkIn: string; checkOut: string; nights: number; guests: number; guestName: string };
  unit: { name: string; checkInTime: string; checkOutTime: string; mapsUrl: string | null; directions: string | null };
  money: { currency: string; total: number; adjustments: Array<{ kind: "loyalty" | "package"; name: string; percent: number; amount: number }>; paid: number; due: number; extrasTotal: number; extrasPaid: number; canPayOnline: boolean; payFor: "deposit" | "balance" | null; transfer: { cbu: string; alias: string | null; holderName: string } | null };
  checkIn: {
    status: "not_started" | "started" | "completed";
    guests: RegisteredGuest[];
    holderBirthDate: string | null;
    arrivalTime: string | null;
    vehiclePlate: string | null;
    requests: string | null;
    idPhotoRetentionDays: number;
    open: boolean;
  };
  rating: { score: number; comment: string | null } | null;
  canRate: boolean;
}

interface Offer {
  id: string;
  kind: string;
  title: string;
  description: string;
  price: number;
  currency: string;
  requiresApproval: boolean;
  /** The guest's loyalty tier gives it free (its price is then 0). */
  freeByTier?: boolean;
}
interface Purchase {
  id: string;
  upsellId: string;
  title: string;
  amount: number;
  currency: string;
  status: string;
  paymentUrl: string | null;
}

type Child = Node | string | null | undefined | false;

/** A DOM element with attributes and children; text is always set as text, never parsed as HTML. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | ((event: Event) => void)> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === "function") el.addEventListener(name.replace(/^on/, ""), value);
    else if (value === true) el.setAttribute(name, "");
    else if (value !== false) el.setAttribute(name, value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

const data = JSON.parse(document.getElementById("portal-data")!.textContent!) as { token: string; stay: Stay };
const token = data.token;
let stay = data.stay;
const lang = stay.lang;
const t: Texts = TEXT[lang];

/** Calls the portal's API with this link's token; answers the JSON body (or throws with the problem's code). */
async function api<T>(method: string, path: string, body?: unknown, contentType = "application/json"): Promise<T> {
  const response = await fetch(`/guest-api/${token}${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": contentType },
    body: body === undefined ? undefined : body instanceof Blob ? body : JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw Object.assign(new Error((json as { code?: string }).code ?? "error"), { status: response.status });
  return json as T;
}

function problemText(error: unknown): string {
  const status = (error as { status?: number }).status;
  if (status === 429) return t.tooMany;
  if ((error as Error).message === "upsell_unavailable") return t.unavailable;
  return t.error;
}

function staySection(): HTMLElement {
  const r = stay.reservation;
  const u = stay.unit;
  return h(
    "section",
    { "aria-labelledby": "stay-title" },
    h("h2", { id: "stay-title" }, u.name),
    h(
      "dl",
      {},
      h("dt", {}, t.arrival),
      h("dd", {}, `${longDay(r.checkIn, lang)}, ${t.from} ${clock(u.checkInTime, lang)}`),
      h("dt", {}, t.departure),
      h("dd", {}, `${longDay(r.checkOut, lang)}, ${t.until} ${clock(u.checkOutTime, lang)}`),
      h("dt", {}, ""),
      h("dd", {}, `${t.nights(r.nights)} · ${t.guests(r.guests)}`),
    ),
    stay.lodging.address && h("p", {}, stay.lodging.address),
    u.directions && h("p", { class: "note" }, u.directions),
    u.mapsUrl && h("a", { href: u.mapsUrl, target: "_blank", rel: "noopener" }, t.map),
  );
}

function moneySection(): HTMLElement {
  const m = stay.money;
  const section = h(
    "section",
    { "aria-labelledby": "money-title" },
    h("h2", { id: "money-title" }, t.money),
    h(
      "dl",
      {},
      // Each discount on its own line, above the total it was already taken off.
      ...m.adjustments.flatMap((line) => [
        h("dt", {}, line.kind === "loyalty" ? t.loyaltyLine(line.name, percent(line.percent, lang)) : t.packageLine(line.name)),
        h("dd", { "data-testid": `adjustment-${line.kind}` }, `−${money(-line.amount, m.currency, lang)}`),
      ]),
      h("dt", {}, t.total),
      h("dd", {}, money(m.total, m.currency, lang)),
      m.extrasTotal > 0 && h("dt", {}, t.extras),
      m.extrasTotal > 0 && h("dd", { "data-testid": "extras-total" }, money(m.extrasTotal, m.currency, lang)),
      h("dt", {}, t.paid),
      h("dd", {}, money(m.paid, m.currency, lang)),
      h("dt", {}, t.due),
      h("dd", { "data-testid": "balance" }, money(m.due, m.currency, lang)),
    ),
  );
  if (m.canPayOnline) {
    const button = h("button", { type: "button" }, m.payFor === "balance" ? t.payBalance : t.pay);
    button.addEventListener("click", async () => {
      button.disabled = true;
      try {
        location.href = (await api<{ url: string }>("POST", "/pay")).url;
      } catch (error) {
        button.disabled = false;
        section.append(h("p", { class: "error", role: "alert" }, problemText(error)));
      }
    });
    section.append(h("div", { class: "actions" }, button));
  }
  if (m.due > 0 && m.transfer) section.append(h("p", { class: "note" }, `${t.transfer}: CBU ${m.transfer.cbu}${m.transfer.alias ? ` (${m.transfer.alias})` : ""} · ${t.holder}: ${m.transfer.holderName}`));
  return section;
}

function guestFieldset(index: number, guest: Partial<RegisteredGuest>, onRemove: (() => void) | null): HTMLFieldSetElement {
  const id = (name: string) => `g${index}-${name}`;
  const select = h("select", { id: id("type"), name: "documentType" }, ...(["dni", "passport", "other"] as const).map((v) => h("option", { value: v, ...(guest.documentType === v ? { selected: true } : {}) }, t[v])));
  return h(
    "fieldset",
    { class: "guest" },
    h("legend", {}, t.guestN(index + 1)),
    h("label", { for: id("name") }, t.fullName),
    h("input", { id: id("name"), name: "fullName", required: true, minlength: "2", maxlength: "120", autocomplete: index === 0 ? "name" : "off", value: guest.fullName ?? "" }),
    h("label", { for: id("type") }, t.documentType),
    select,
    h("label", { for: id("number") }, t.documentNumber),
    h("input", { id: id("number"), name: "documentNumber", required: true, minlength: "3", maxlength: "30", value: guest.documentNumber ?? "" }),
    h("label", { for: id("nationality") }, t.nationality),
    h("input", { id: id("nationality"), name: "nationality", required: true, minlength: "2", maxlength: "60", value: guest.nationality ?? "" }),
    onRemove && h("div", { class: "actions" }, h("button", { type: "button", class: "secondary", onclick: onRemove }, t.removeGuest)),
  );
}

function checkInSection(): HTMLElement {
  const c = stay.checkIn;
  const section = h("section", { id: "check-in", "aria-labelledby": "check-in-title" }, h("h2", { id: "check-in-title" }, t.checkIn));
  if (!c.open) {
    section.append(h("p", { class: "note" }, t.checkInClosed));
    return section;
  }
  if (c.status === "completed") {
    const edit = h("button", { type: "button", class: "secondary" }, t.checkInEdit);
    section.append(h("p", { class: "ok", role: "status" }, t.checkInDone), h("ul", {}, ...c.guests.map((g) => h("li", {}, `${g.fullName} · ${t[g.documentType]} ${g.documentNumber}`))), h("div", { class: "actions" }, edit));
    edit.addEventListener("click", () => section.replaceWith(checkInForm()));
    return section;
  }
  return checkInForm();
}

function checkInForm(): HTMLElement {
  const c = stay.checkIn;
  const section = h("section", { id: "check-in", "aria-labelledby": "check-in-title" }, h("h2", { id: "check-in-title" }, t.checkIn));
  const guestsBox = h("div", {});
  const initial: Partial<RegisteredGuest>[] = c.guests.length > 0 ? c.guests : [{ fullName: stay.reservation.guestName, documentType: "dni" }];
  const drawGuests = (list: Partial<RegisteredGuest>[]) => {
    guestsBox.replaceChildren(...list.map((g, i) => guestFieldset(i, g, i === 0 ? null : () => drawGuests(readGuests().filter((_, j) => j !== i)))));
    addGuest.hidden = list.length >= stay.reservation.guests;
  };
  const readGuests = (): RegisteredGuest[] =>
    [...guestsBox.querySelectorAll("fieldset")].map((fs) => ({
      fullName: (fs.querySelector("[name=fullName]") as HTMLInputElement).value.trim(),
      documentType: (fs.querySelector("[name=documentType]") as HTMLSelectElement).value as RegisteredGuest["documentType"],
      documentNumber: (fs.querySelector("[name=documentNumber]") as HTMLInputElement).value.trim(),
      nationality: (fs.querySelector("[name=nationality]") as HTMLInputElement).value.trim(),
    }));
  const addGuest = h("button", { type: "button", class: "secondary" }, t.addGuest);
  addGuest.addEventListener("click", () => drawGuests([...readGuests(), { documentType: "dni" }]));
  drawGuests(initial);

  const birth = h("input", { id: "birth", type: "date", required: true, value: c.holderBirthDate ?? "", max: new Date().toISOString().slice(0, 10) });
  const arrival = h("input", { id: "arrival", type: "time", required: true, value: c.arrivalTime ?? stay.unit.checkInTime });
  const plate = h("input", { id: "plate", maxlength: "15", value: c.vehiclePlate ?? "" });
  const requests = h("textarea", { id: "requests", maxlength: "1000" }, c.requests ?? "");
  const accept = h("input", { id: "accept", type: "checkbox", required: true });
  const photo = h("input", { id: "photo", type: "file", accept: "image/jpeg,image/png,image/webp" });
  const photoStatus = h("p", { class: "note", role: "status" });
  photo.addEventListener("change", async () => {
    const file = photo.files?.[0];
    if (!file) return;
    try {
      await api("POST", "/check-in/id-photos", file, file.type);
      photoStatus.textContent = t.idPhotoSaved;
    } catch (error) {
      photoStatus.textContent = problemText(error);
    }
  });
  const status = h("p", { role: "status" });
  const submit = h("button", { type: "submit" }, t.send);
  const form = h(
    "form",
    { novalidate: true },
    guestsBox,
    h("div", { class: "actions" }, addGuest),
    h("label", { for: "birth" }, t.birthDate),
    birth,
    h("label", { for: "arrival" }, t.arrivalTime),
    arrival,
    h("label", { for: "plate" }, t.plate),
    plate,
    h("label", { for: "requests" }, t.requests),
    requests,
    stay.lodging.houseRules && h("h3", {}, t.rules),
    stay.lodging.houseRules && h("div", { class: "rules" }, stay.lodging.houseRules),
    h("label", { class: "check", for: "accept" }, accept, t.acceptRules),
    h("label", { for: "photo" }, t.idPhoto),
    photo,
    h("p", { class: "note" }, t.idPhotoNote(c.idPhotoRetentionDays)),
    photoStatus,
    h("div", { class: "actions" }, submit),
    status,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const missing = [...form.querySelectorAll<HTMLInputElement>("input[required]")].find((input) => (input.type === "checkbox" ? !input.checked : input.value.trim() === ""));
    if (missing) {
      status.className = "error";
      status.textContent = t.required;
      missing.focus();
      return;
    }
    submit.disabled = true;
    try {
      await api("POST", "/check-in", {
        guests: readGuests(),
        holderBirthDate: birth.value,
        arrivalTime: arrival.value,
        vehiclePlate: plate.value.trim() || null,
        requests: requests.value.trim() || null,
        acceptRules: true,
      });
      stay = await api<Stay>("GET", "");
      section.replaceWith(checkInSection());
    } catch (error) {
      status.className = "error";
      status.textContent = problemText(error);
      submit.disabled = false;
    }
  });
  section.append(form);
  return section;
}

function purchaseLine(p: Purchase): HTMLElement {
  const line = h("p", { class: "note", role: "status" });
  if (p.status === "paid") line.append(h("span", { class: "ok" }, t.paidExtra));
  else if (p.status === "pending_approval") line.append(t.pendingApproval);
  else if (p.status === "declined") line.append(t.declined);
  else if (p.status === "awaiting_payment") {
    if (p.paymentUrl) line.append(t.awaitingPayment, " ", h("a", { class: "button", href: p.paymentUrl }, t.payExtra));
    else line.append(stay.money.transfer ? `${t.transfer}: CBU ${stay.money.transfer.cbu}` : t.payAtDesk);
  }
  return line;
}

function extrasSection(): HTMLElement {
  const section = h("section", { id: "extras", "aria-labelledby": "extras-title" }, h("h2", { id: "extras-title" }, t.extras));
  const list = h("div", {});
  section.append(list);
  const draw = (offers: Offer[], purchases: Purchase[]) => {
    const bought = new Map(purchases.map((p) => [p.upsellId, p]));
    const rows = offers.map((offer) => {
      const row = h(
        "div",
        { class: "offer" },
        h("div", { class: "row" }, h("strong", {}, offer.title), h("span", {}, offer.freeByTier ? t.freeForYou : money(offer.price, offer.currency, lang))),
        offer.description && h("p", { class: "note" }, offer.description),
      );
      const purchase = bought.get(offer.id);
      if (purchase) row.append(purchaseLine(purchase));
      else {
        const button = h("button", { type: "button" }, offer.requiresApproval || offer.freeByTier ? t.ask : t.buy);
        button.addEventListener("click", async () => {
          button.disabled = true;
          try {
            const result = await api<{ id: string; status: string; paymentUrl?: string }>("POST", `/upsells/${offer.id}`);
            if (result.paymentUrl) location.href = result.paymentUrl;
            else button.replaceWith(purchaseLine({ ...result, upsellId: offer.id, title: offer.title, amount: offer.price, currency: offer.currency, paymentUrl: null }));
          } catch (error) {
            button.disabled = false;
            row.append(h("p", { class: "error", role: "alert" }, problemText(error)));
          }
        });
        row.append(h("div", { class: "actions" }, button));
      }
      return row;
    });
    // Extras bought earlier that are no longer on offer (a late check-out already paid) still show.
    const offered = new Set(offers.map((o) => o.id));
    const earlier = purchases.filter((p) => !offered.has(p.upsellId)).map((p) => h("div", { class: "offer" }, h("div", { class: "row" }, h("strong", {}, p.title), h("span", {}, money(p.amount, p.currency, lang))), purchaseLine(p)));
    list.replaceChildren(...rows, ...earlier);
    if (rows.length + earlier.length === 0) list.replaceChildren(h("p", { class: "note" }, t.noExtras));
  };
  api<{ data: Offer[]; purchases: Purchase[] }>("GET", "/upsells").then(
    (answer) => draw(answer.data, answer.purchases),
    () => list.replaceChildren(h("p", { class: "note" }, t.noExtras)),
  );
  return section;
}

function ratingSection(): HTMLElement | null {
  if (!stay.canRate && !stay.rating) return null;
  const section = h("section", { id: "rating", "aria-labelledby": "rating-title" }, h("h2", { id: "rating-title" }, t.rating));
  if (stay.rating) {
    section.append(h("p", { class: "ok" }, t.rated(stay.rating.score)));
    return section;
  }
  let chosen: number | null = null;
  const buttons = Array.from({ length: 11 }, (_, score) => {
    const button = h("button", { type: "button", "aria-pressed": "false" }, String(score));
    button.addEventListener("click", () => {
      chosen = score;
      buttons.forEach((b, i) => b.setAttribute("aria-pressed", String(i === score)));
    });
    return button;
  });
  const comment = h("textarea", { id: "comment", maxlength: "2000" });
  const status = h("p", { role: "status" });
  const submit = h("button", { type: "button" }, t.rate);
  submit.addEventListener("click", async () => {
    if (chosen === null) {
      status.className = "error";
      status.textContent = t.required;
      return;
    }
    submit.disabled = true;
    try {
      const result = await api<{ score: number; reviewUrl: string | null }>("POST", "/rating", { score: chosen, comment: comment.value.trim() || null });
      section.replaceChildren(h("h2", { id: "rating-title" }, t.rating), h("p", { class: "ok", role: "status" }, t.thanks), h("p", {}, t.rated(result.score)));
      if (result.reviewUrl) section.append(h("a", { class: "button", href: result.reviewUrl, target: "_blank", rel: "noopener" }, t.review));
    } catch (error) {
      status.className = "error";
      status.textContent = problemText(error);
      submit.disabled = false;
    }
  });
  section.append(h("p", { class: "note", id: "rating-hint" }, t.ratingHint), h("div", { class: "scores", role: "group", "aria-describedby": "rating-hint" }, ...buttons), h("label", { for: "comment" }, t.comment), comment, h("div", { class: "actions" }, submit), status);
  return section;
}

function messagesSection(): HTMLElement {
  const thread = h("div", { class: "thread", "aria-live": "polite" });
  const draw = (rows: Array<{ author: string; text: string }>) =>
    thread.replaceChildren(...rows.map((m) => h("div", { class: `bubble ${m.author === "guest" ? "guest" : ""}` }, m.text)));
  const text = h("textarea", { id: "message", maxlength: "2000", required: true });
  const status = h("p", { role: "status" });
  const form = h("form", {}, h("label", { for: "message" }, t.message), text, h("div", { class: "actions" }, h("button", { type: "submit" }, t.sendMessage)), status);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (text.value.trim() === "") return;
    try {
      draw((await api<{ data: Array<{ author: string; text: string }> }>("POST", "/messages", { text: text.value.trim() })).data);
      text.value = "";
      status.textContent = "";
    } catch (error) {
      status.className = "error";
      status.textContent = problemText(error);
    }
  });
  api<{ data: Array<{ author: string; text: string }> }>("GET", "/messages").then((answer) => draw(answer.data), () => undefined);
  return h("section", { id: "messages", "aria-labelledby": "messages-title" }, h("h2", { id: "messages-title" }, t.write), thread, form);
}

function render() {
  const style = document.createElement("style");
  style.textContent = PORTAL_CSS;
  document.head.append(style);
  const root = document.getElementById("portal")!;
  const firstName = stay.reservation.guestName.trim().split(/\s+/)[0] ?? "";
  root.replaceChildren(
    h("header", { class: "top" }, h("h1", {}, t.greeting(firstName)), h("p", {}, `${stay.lodging.name} · ${t.reservation} ${stay.reservation.code}`)),
    staySection(),
    moneySection(),
    checkInSection(),
    ...[stay.reservation.status === "confirmed" ? extrasSection() : null, ratingSection()].filter((section): section is HTMLElement => section !== null),
    messagesSection(),
  );
  if (location.hash) document.querySelector(location.hash)?.scrollIntoView();
}

render();
