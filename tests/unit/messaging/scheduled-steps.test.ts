import { describe, expect, it } from "vitest";
import { localInstant, planStep, type ReservationTiming, type StepSettings } from "../../../shared/messaging/step-timing";
import { renderTemplate, unknownVariables, variablesIn } from "../../../shared/messaging/template-variables";
import { pickStepChannel, whatsAppNumberOf, type ReachFacts } from "../../../workers/communications/pick-step-channel";

const confirmed: ReservationTiming = { status: "confirmed", checkIn: "2027-03-10", checkOut: "2027-03-13", expiresAt: null, totalAmount: 300, depositAmount: 90, paidAmount: 90, confirmedAt: null };
const step = (kind: StepSettings["kind"], offsetDays = 0, localTime: string | null = "10:00"): StepSettings => ({ kind, offsetDays, localTime, enabled: true });
const NOW = Date.parse("2027-01-01T12:00:00Z");

describe("planStep", () => {
  it("places timed steps at the lodging's local time, across a DST change", () => {
    expect(planStep(step("pre_arrival", 2), confirmed, "America/Argentina/Buenos_Aires", NOW)).toEqual({ due: true, dueAt: Date.parse("2027-03-08T13:00:00Z") });
    // Madrid moves to summer time on 2027-03-28: 10:00 is 09:00Z before and 08:00Z after.
    expect(planStep(step("check_in_day"), { ...confirmed, checkIn: "2027-03-27" }, "Europe/Madrid", NOW)).toEqual({ due: true, dueAt: Date.parse("2027-03-27T09:00:00Z") });
    expect(planStep(step("check_in_day"), { ...confirmed, checkIn: "2027-03-29" }, "Europe/Madrid", NOW)).toEqual({ due: true, dueAt: Date.parse("2027-03-29T08:00:00Z") });
    expect(localInstant("2027-03-28", "02:30", "Europe/Madrid")).toBe(Date.parse("2027-03-28T01:30:00Z"));
  });

  it("stops for cancelled stays, paused steps and a paid balance, and skips what is already too late", () => {
    expect(planStep(step("pre_arrival", 2), { ...confirmed, status: "cancelled" }, "UTC", NOW)).toEqual({ due: false, reason: "reservation_cancelled" });
    expect(planStep({ ...step("pre_arrival", 2), enabled: false }, confirmed, "UTC", NOW)).toEqual({ due: false, reason: "step_disabled" });
    expect(planStep(step("balance_due", 3), { ...confirmed, paidAmount: 300 }, "UTC", NOW)).toEqual({ due: false, reason: "paid" });
    expect(planStep(step("balance_due", 3), confirmed, "UTC", NOW)).toMatchObject({ due: true });
    expect(planStep(step("pre_arrival", 2), confirmed, "UTC", Date.parse("2027-03-09T12:00:00Z"))).toEqual({ due: false, reason: "too_late" });
  });

  it("reminds a hold 10 minutes before it lapses, and confirms only from the confirmation event", () => {
    const held: ReservationTiming = { ...confirmed, status: "held", expiresAt: NOW + 30 * 60_000 };
    expect(planStep(step("hold_reminder", 0, null), held, "UTC", NOW)).toEqual({ due: true, dueAt: NOW + 20 * 60_000 });
    expect(planStep(step("hold_reminder", 0, null), confirmed, "UTC", NOW)).toEqual({ due: false, reason: "reservation_confirmed" });
    expect(planStep(step("confirmation", 0, null), confirmed, "UTC", NOW)).toEqual({ due: false, reason: "not_applicable" });
    expect(planStep(step("confirmation", 0, null), { ...confirmed, confirmedAt: NOW }, "UTC", NOW)).toEqual({ due: true, dueAt: NOW });
  });

  it("sends no booking confirmation for a stay entered after it ended, or on its last day", () => {
    // Staff recording last week's walk-in, or a stay leaving today, in the lodging's own date.
    const ended = { ...confirmed, checkIn: "2026-12-20", checkOut: "2026-12-23", confirmedAt: NOW };
    expect(planStep(step("confirmation", 0, null), ended, "UTC", NOW)).toEqual({ due: false, reason: "too_late" });
    const leavingToday = { ...confirmed, checkIn: "2026-12-30", checkOut: "2027-01-01", confirmedAt: NOW };
    expect(planStep(step("confirmation", 0, null), leavingToday, "UTC", NOW)).toEqual({ due: false, reason: "too_late" });
    // 01:00 UTC on Jan 1st is still Dec 31st in Buenos Aires: the stay leaves tomorrow there.
    const lateEvening = Date.parse("2027-01-01T01:00:00Z");
    expect(planStep(step("confirmation", 0, null), { ...leavingToday, confirmedAt: lateEvening }, "America/Argentina/Buenos_Aires", lateEvening)).toEqual({ due: true, dueAt: lateEvening });
  });
});

describe("template variables", () => {
  it("finds placeholders, names the unknown ones and renders known ones, leaving other braces alone", () => {
    const text = "Hola {guest.firstName} 👋 tu código es {doorCode} {chekIn} {no es variable}";
    expect(variablesIn(text)).toEqual(["guest.firstName", "doorCode", "chekIn"]);
    expect(unknownVariables(text)).toEqual(["chekIn"]);
    expect(renderTemplate("Hola {guest.firstName}, Wi-Fi: {wifi} {x}", { "guest.firstName": "Ana" })).toBe("Hola Ana, Wi-Fi:  {x}");
  });

  it("drops a labelled sentence whose values are all empty, and keeps those with a value", () => {
    const checkInDay = "¡Hoy es el día, {guest.firstName}! Podés entrar desde las {checkInTime}. Dirección: {address} {mapsUrl}. Código de la puerta: {doorCode}. Wi-Fi: {wifi}.";
    expect(renderTemplate(checkInDay, { "guest.firstName": "Ana", checkInTime: "14:00", doorCode: "4321" })).toBe("¡Hoy es el día, Ana! Podés entrar desde las 14:00. Código de la puerta: 4321.");
    expect(renderTemplate(checkInDay, { "guest.firstName": "Ana", checkInTime: "14:00", mapsUrl: "https://maps.app/x" })).toBe(
      "¡Hoy es el día, Ana! Podés entrar desde las 14:00. Dirección:  https://maps.app/x.",
    );
    expect(renderTemplate("Tu reserva está confirmada hasta las {checkOutTime}. Dirección: {address}", { checkOutTime: "10:00" })).toBe("Tu reserva está confirmada hasta las 10:00.");
    expect(renderTemplate("Dirección: {address}\nWi-Fi: {wifi}", { wifi: "posada / clave123" })).toBe("Wi-Fi: posada / clave123");
  });
});

describe("pickStepChannel", () => {
  const facts = (overrides: Partial<ReachFacts>): ReachFacts => ({ preference: ["whatsapp", "email"], bookingThread: null, whatsAppNumber: null, whatsAppConnected: true, guestEmail: null, emailAvailable: false, ...overrides });
  it("prefers the WhatsApp thread, then the phone, then the web chat thread, then email, else no_channel", () => {
    expect(pickStepChannel(facts({ bookingThread: { id: "c1", channel: "whatsapp" }, whatsAppNumber: "549" }))).toEqual({ channel: "whatsapp", conversationId: "c1", address: "" });
    expect(pickStepChannel(facts({ whatsAppNumber: "5492945550101" }))).toEqual({ channel: "whatsapp", conversationId: null, address: "5492945550101" });
    expect(pickStepChannel(facts({ bookingThread: { id: "w1", channel: "webchat" } }))).toEqual({ channel: "webchat", conversationId: "w1" });
    expect(pickStepChannel(facts({ guestEmail: "a@b.c", emailAvailable: true }))).toEqual({ channel: "email", conversationId: null, address: "a@b.c" });
    expect(pickStepChannel(facts({ guestEmail: "a@b.c" }))).toEqual({ channel: null, reason: "no_channel" });
    expect(pickStepChannel(facts({ whatsAppNumber: "5492945550101", whatsAppConnected: false }))).toEqual({ channel: null, reason: "no_channel" });
    expect(pickStepChannel(facts({ preference: ["email", "whatsapp"], whatsAppNumber: "5492945550101", guestEmail: "a@b.c", emailAvailable: true }))).toEqual({ channel: "email", conversationId: null, address: "a@b.c" });
    expect(whatsAppNumberOf("+54 9 294 555-0101")).toBe("5492945550101");
    expect(whatsAppNumberOf("123")).toBeNull();
  });

  it("addresses one WhatsApp number however an Argentine phone was written", () => {
    // WhatsApp's wa_id for an Argentine mobile carries the 9; "15" and the trunk 0 are dialling habits.
    for (const written of ["+54 9 11 5555-0000", "011 15 5555-0000", "1155550000", "+54 11 5555 0000"]) expect(whatsAppNumberOf(written)).toBe("5491155550000");
    expect(whatsAppNumberOf("+55 21 99876-5432")).toBe("5521998765432");
    // A number libphonenumber cannot place is still tried as written.
    expect(whatsAppNumberOf("+999 1234 5678")).toBe("99912345678");
  });
});
