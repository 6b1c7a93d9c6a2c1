/**
 * Per-field accuracy of the parser over the labelled corpus, shared by the corpus test and
 * scripts/bench-nlu.mjs. Omitted expectations mean the empty answer (see corpus.ts).
 */
import type { ParsedMessage } from "../../../shared/nlu/index";
import type { CorpusEntry } from "./corpus";

export const SCORED_FIELDS = ["intent", "lang", "dates", "guests", "unitType", "amenities"] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface Miss {
  text: string;
  expected: string;
  got: string;
}

export interface CorpusScore {
  accuracy: Record<ScoredField, number>;
  misses: Record<ScoredField, Miss[]>;
  /** Human-readable list of the misses for one field, for assertion messages. */
  report: (field: ScoredField) => string;
}

const sorted = (values: readonly string[]) => [...values].sort().join(",");

function expectedAndGot(field: ScoredField, entry: CorpusEntry, parsed: ParsedMessage): [string, string] {
  const x = entry.expect;
  switch (field) {
    case "intent":
      return [x.intent, parsed.intent];
    case "lang":
      return [x.lang ?? "es", parsed.lang];
    case "dates":
      return [`${x.checkIn ?? null} → ${x.checkOut ?? null}`, `${parsed.checkIn} → ${parsed.checkOut}`];
    case "guests":
      return [String(x.guests ?? null), String(parsed.guests)];
    case "unitType":
      return [String(x.unitType ?? null), String(parsed.unitType)];
    case "amenities":
      return [sorted(x.amenities ?? []), sorted(parsed.amenities)];
  }
}

/** Parses every entry with `parse` and scores each field. */
export function scoreCorpus(corpus: readonly CorpusEntry[], parse: (entry: CorpusEntry) => ParsedMessage): CorpusScore {
  const misses = Object.fromEntries(SCORED_FIELDS.map((f) => [f, [] as Miss[]])) as Record<ScoredField, Miss[]>;
  for (const entry of corpus) {
    const parsed = parse(entry);
    for (const field of SCORED_FIELDS) {
      const [expected, got] = expectedAndGot(field, entry, parsed);
      if (expected !== got) misses[field].push({ text: entry.text, expected, got });
    }
  }
  const accuracy = Object.fromEntries(
    SCORED_FIELDS.map((f) => [f, corpus.length === 0 ? 0 : 1 - misses[f].length / corpus.length]),
  ) as Record<ScoredField, number>;
  const report = (field: ScoredField) =>
    misses[field].map((m) => `${JSON.stringify(m.text)}: expected ${m.expected}, got ${m.got}`).join("\n") || "no misses";
  return { accuracy, misses, report };
}
