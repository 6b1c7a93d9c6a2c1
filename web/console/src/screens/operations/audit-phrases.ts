import type { components } from "../../api/schema";
import type { Format } from "../../i18n/format";
import type { Locale } from "../../i18n/locales";
import { messages as stepMessages } from "../automatic-messages/messages";
import { auditWords, type AuditWords } from "./audit-words";
import { eventNames } from "./messages";

export type AuditEntry = components["schemas"]["AuditEntry"];

/** An entry as an owner reads it: one sentence, and each changed field's before → after. */
export interface AuditPhrase {
  sentence: string;
  changes: string[];
}

/** Values the audit trail hides, or that a sentence is better off not repeating. */
const REDACTED = "[redacted]";
const VALUELESS = new Set(["doorCode", "wifi", "pricing", "bodies", "whatsapp"]);
const PERCENT = new Set(["depositPercent"]);

type Money = { amount: number; currency: string };
const isMoney = (value: unknown): value is Money => !!value && typeof value === "object" && typeof (value as Money).amount === "number" && typeof (value as Money).currency === "string";
const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === "object" && !Array.isArray(value);

/** `{name}` placeholders filled; alternatives split by `|` are tried in order until one has every value it names. */
function fill(template: string, vars: Record<string, string | undefined>): string {
  const options = template.split("|");
  const usable = options.find((option) => [...option.matchAll(/\{(\w+)\}/g)].every(([, name]) => vars[name!] !== undefined)) ?? options[options.length - 1]!;
  return usable.replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? "");
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * Writes an audit entry in the reader's language: who (by name, else email; a key by its name),
 * what was done to what (a unit by its name, a reservation by its guest, code and dates), and
 * before → after with money and dates written the reader's way. Secrets never reach the log;
 * door codes and wifi keys are said to have changed without repeating them.
 */
export function describeAudit(entry: AuditEntry, locale: Locale, format: Format): AuditPhrase {
  const words = auditWords[locale];
  const value = (field: string, raw: unknown): string | undefined => {
    if (VALUELESS.has(field) || raw === REDACTED) return undefined;
    if (raw === null || raw === undefined || raw === "") return words.empty;
    if (isMoney(raw)) return format.price(raw);
    if (typeof raw === "boolean") return raw ? words.yes : words.no;
    if (typeof raw === "number") return PERCENT.has(field) ? new Intl.NumberFormat(locale, { style: "percent" }).format(raw / 100) : new Intl.NumberFormat(locale).format(raw);
    if (typeof raw === "string") {
      if (field === "role") return words.roles[raw as keyof AuditWords["roles"]] ?? raw;
      if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return format.day(raw);
      return fill(words.quoted, { text: raw.length > 80 ? `${raw.slice(0, 80)}…` : raw });
    }
    if (Array.isArray(raw) && raw.every((item) => typeof item === "string")) {
      const names = field === "events" ? (eventNames[locale] as Record<string, string>) : {};
      return raw.length === 0 ? words.empty : raw.map((item) => names[item] ?? item).join(", ");
    }
    return undefined;
  };

  const actor =
    entry.actor.type === "api_key"
      ? fill(words.actorKey, { name: entry.actor.name })
      : (entry.actor.name ?? entry.actor.email ?? words.someone);

  const request = isRecord(entry.changes?.request) ? entry.changes.request : {};
  const requestName = [request.name, request.title, request.groupName, request.url, request.email].find((v): v is string => typeof v === "string" && v.length > 0 && v !== REDACTED);
  const target = targetPhrase(entry, words, locale, format);
  const vars: Record<string, string | undefined> = {
    actor,
    target,
    name: requestName,
    role: typeof request.role === "string" ? words.roles[request.role as keyof AuditWords["roles"]] : undefined,
    from: typeof request.checkIn === "string" ? format.day(request.checkIn) : undefined,
    to: typeof request.checkOut === "string" ? format.day(request.checkOut) : undefined,
  };

  const before = isRecord(entry.changes?.before) ? entry.changes.before : undefined;
  const after = isRecord(entry.changes?.after) ? entry.changes.after : undefined;
  const changed = before && after ? Object.keys(after) : [];
  const fieldName = (field: string) => words.fields[field] ?? field;
  const lines = changed.map((field) => {
    const [from, to] = [value(field, before![field]), value(field, after![field])];
    return from !== undefined && to !== undefined ? `${capitalize(fieldName(field))}: ${from} → ${to}` : fill(words.changedWithoutValues, { field: capitalize(fieldName(field)) });
  });

  // One field changed: the sentence says it all ("María cambió el precio de Cabaña Coihue: $ 80.000 → $ 95.000").
  if (changed.length === 1) {
    const field = changed[0]!;
    const [from, to] = [value(field, before![field]), value(field, after![field])];
    const template = entry.target ? words.fieldChange : words.fieldChangeNoTarget;
    const sentence = fill(from !== undefined && to !== undefined ? template : template.replace(/: \{from\} → \{to\}$/, ""), { actor, target, field: fieldName(field), from, to });
    return { sentence, changes: [] };
  }

  const template = words.actions[entry.action];
  const sentence = template ? fill(template, vars) : fill(words.unknownAction, { actor, action: entry.action });
  if (!before || !after) {
    // Without a before → after, the request's known fields say what was asked for.
    const asked = Object.entries(request)
      .filter(([field]) => words.fields[field] && field !== "name" && field !== "title")
      .map(([field, raw]) => {
        const shown = value(field, raw);
        return shown === undefined ? undefined : `${capitalize(fieldName(field))}: ${shown}`;
      })
      .filter((line): line is string => line !== undefined);
    return { sentence, changes: asked };
  }
  return { sentence, changes: lines };
}

/** The entry's target with its noun ("la reserva de Ana Pérez (K7P2Q, sáb 1 ago – mar 4 ago)"), or an unnamed one ("una reserva"). */
function targetPhrase(entry: AuditEntry, words: AuditWords, locale: Locale, format: Format): string | undefined {
  if (!entry.target) return undefined;
  const { type, name, code, checkIn, checkOut } = entry.target;
  const phrases = words.targets[type];
  if (!phrases) return words.something;
  const shownName = type === "steps" && name ? (stepMessages[locale] as Record<string, string>)[`kind_${name}`] : name;
  return fill(phrases, {
    name: shownName,
    code,
    from: checkIn ? format.day(checkIn) : undefined,
    to: checkOut ? format.day(checkOut) : undefined,
  });
}
