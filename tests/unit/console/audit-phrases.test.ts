import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatFor } from "../../../web/console/src/i18n/format";
import { LOCALES, type Locale } from "../../../web/console/src/i18n/locales";
import { describeAudit, type AuditEntry } from "../../../web/console/src/screens/operations/audit-phrases";
import { auditWords } from "../../../web/console/src/screens/operations/audit-words";
import { actionName } from "../../../workers/http/middleware/audit-trail";

/** Intl separates the currency sign with a no-break space; the assertions read plain text. */
const say = (entry: Partial<AuditEntry>, locale: Locale = "es-AR") => {
  const phrase = describeAudit({ id: "aud_1", at: "2026-03-02T20:08:00Z", actor: { type: "user", id: "usr_1", role: "owner", name: "María", email: "maria@posada.test" }, action: "accommodations.update", target: null, changes: null, ip: "203.0.113.9", ...entry }, locale, formatFor(locale));
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
  return { sentence: plain(phrase.sentence), changes: phrase.changes.map(plain) };
};

const priceChange: Partial<AuditEntry> = {
  action: "accommodations.update",
  target: { type: "accommodations", id: "acc_1", name: "Cabaña Coihue" },
  changes: { before: { basePrice: { amount: 8_000_000, currency: "ARS" } }, after: { basePrice: { amount: 9_500_000, currency: "ARS" } } },
};

describe("the change log in words", () => {
  it("says a price change the way the owner reads it, in each language", () => {
    expect(say(priceChange).sentence).toBe("María cambió el precio de Cabaña Coihue: $ 80.000 → $ 95.000");
    expect(say(priceChange, "pt-BR").sentence).toBe("María alterou o preço de Cabaña Coihue: ARS 80.000 → ARS 95.000");
    expect(say(priceChange, "en").sentence).toBe("María changed the price of Cabaña Coihue: ARS 80,000.00 → ARS 95,000.00".replace(/\.00/g, ""));
    expect(say(priceChange).changes).toEqual([]);
  });

  it("names a person by email when they have no name, and a key by its name", () => {
    expect(say({ ...priceChange, actor: { type: "user", id: "usr_2", email: "ana@posada.test" } }).sentence).toMatch(/^ana@posada\.test cambió el precio/);
    const cancel: Partial<AuditEntry> = {
      actor: { type: "api_key", id: "key_1", name: "Channel manager" },
      action: "reservations.cancel",
      target: { type: "reservations", id: "res_1", name: "Ana Pérez", code: "K7P2Q", checkIn: "2026-08-01", checkOut: "2026-08-04" },
      changes: { request: { reason: "guest asked" } },
    };
    expect(say(cancel).sentence).toBe("La clave de API «Channel manager» canceló la reserva de Ana Pérez (K7P2Q, sáb, 1 ago – mar, 4 ago)");
    expect(say(cancel, "en").sentence).toBe("The API key “Channel manager” cancelled Ana Pérez's reservation (K7P2Q, Sat, Aug 1 – Tue, Aug 4)");
    expect(say(cancel, "pt-BR").sentence).toBe("A chave de API «Channel manager» cancelou a reserva de Ana Pérez (K7P2Q, sáb., 1 de ago. – ter., 4 de ago.)");
    expect(say(cancel).changes).toEqual(["El motivo: «guest asked»"]);
  });

  it("lists each field of a change of several, with percentages, times and a deleted target", () => {
    const phrase = say({
      target: { type: "accommodations", id: "acc_gone" },
      changes: { before: { minStay: 2, depositPercent: 30, checkInTime: "14:00" }, after: { minStay: 3, depositPercent: 40, checkInTime: "15:00" } },
    });
    expect(phrase.sentence).toBe("María cambió una unidad");
    expect(phrase.changes).toEqual(["La estadía mínima: 2 → 3", "La seña: 30% → 40%", "El horario de entrada: «14:00» → «15:00»"]);
  });

  it("says a secret, door code or wifi changed without repeating it", () => {
    expect(say({ action: "settings.payments.update", changes: { before: { stripe: "[redacted]" }, after: { stripe: "[redacted]" } } }).sentence).toBe("María cambió la cuenta de Stripe");
    expect(say({ ...priceChange, changes: { before: { doorCode: "1234" }, after: { doorCode: "9876" } } }).sentence).toBe("María cambió el código de la puerta de Cabaña Coihue");
    const both = say({ ...priceChange, changes: { before: { wifi: "clave-vieja", minStay: 2 }, after: { wifi: "clave-nueva", minStay: 3 } } });
    expect(both.changes).toEqual(["El wifi: cambió", "La estadía mínima: 2 → 3"]);
    expect(JSON.stringify(both)).not.toMatch(/clave-/);
  });

  it("writes settings, team and invitation changes with their words and roles", () => {
    expect(say({ action: "settings.payments.update", changes: { before: { depositPercent: 30 }, after: { depositPercent: 40 } } }).sentence).toBe("María cambió la seña: 30% → 40%");
    expect(say({ action: "team.update", target: { type: "team", id: "usr_3", name: "Juan" }, changes: { request: { role: "admin" } } }).sentence).toBe("María cambió el rol de Juan a administrador/a");
    expect(say({ action: "team.update", target: { type: "team", id: "usr_3", name: "Juan" }, changes: { request: { role: "admin" } } }, "en").sentence).toBe("María changed the role of Juan to admin");
    expect(say({ action: "invitations.create", changes: { request: { email: "pedro@posada.test", role: "staff" } } }, "pt-BR").sentence).toBe("María convidou pedro@posada.test como equipe");
    expect(say({ action: "accommodations.blocks.create", target: { type: "accommodations", id: "acc_1", name: "Depto Centro" }, changes: { request: { checkIn: "2026-06-01", checkOut: "2026-06-03", note: "pintura" } } }).sentence).toBe(
      "María bloqueó Depto Centro del lun, 1 jun al mié, 3 jun",
    );
    expect(say({ action: "webhook-subscriptions.create", changes: { request: { url: "https://pms.example/hooks", events: ["reservation.confirmed", "payment.received"] } } }, "en")).toEqual({
      sentence: "María subscribed https://pms.example/hooks to notices",
      changes: ["The notice address: “https://pms.example/hooks”", "The notices: Reservation confirmed, Payment received"],
    });
    expect(say({ action: "webhook-subscriptions.rotate-secret", target: { type: "webhook-subscriptions", id: "whs_1" } }).sentence).toBe("María cambió la clave de una suscripción");
  });

  it("has a sentence in every language for every change an API call can record", () => {
    const doc = JSON.parse(readFileSync(new URL("../../../web/console/src/api/openapi.json", import.meta.url), "utf8")) as { paths: Record<string, Record<string, unknown>> };
    // Made before anyone is signed in, or not recorded (they change nothing): see workers/http/middleware/audit-trail.ts.
    const notRecorded = new Set(["signup.create", "sessions.create", "live.tickets.create", "nlu.parse.create", "communications.templates.preview", "settings.test", "integrations.crm.test.create"]);
    const actions = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith("/v1/"))
      .flatMap(([path, operations]) => Object.keys(operations).filter((m) => m !== "get").map((method) => actionName(method.toUpperCase(), path.replace(/\{(\w+)\}/g, ":$1"))))
      .filter((action) => !notRecorded.has(action));
    expect(actions.length).toBeGreaterThan(50);
    for (const locale of LOCALES) {
      const missing = actions.filter((action) => !auditWords[locale].actions[action]);
      expect(missing, locale).toEqual([]);
      expect(Object.keys(auditWords[locale].actions).sort(), locale).toEqual(Object.keys(auditWords["es-AR"].actions).sort());
      expect(Object.keys(auditWords[locale].targets).sort(), locale).toEqual(Object.keys(auditWords["es-AR"].targets).sort());
    }
  });

  it("falls back to a plain sentence for an action it has no words for", () => {
    expect(say({ action: "gadgets.create" }).sentence).toBe("María hizo un cambio (gadgets.create)");
  });
});
