import { describe, expect, it } from "vitest";
import { parseMessage } from "../../../shared/nlu/index";
import { CORPUS, CORPUS_NOW, CORPUS_TIME_ZONE } from "./corpus";
import { scoreCorpus } from "./score";
import { TUNING_BATCH } from "./tuning-batch";

const results = scoreCorpus([...CORPUS, ...TUNING_BATCH], (entry) =>
  parseMessage(entry.text, { now: new Date(entry.now ?? CORPUS_NOW), timeZone: CORPUS_TIME_ZONE }),
);

describe("NLU corpus", () => {
  it("has at least 300 messages and every intent", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(300);
    const intents = new Set(CORPUS.map((entry) => entry.expect.intent));
    expect(intents.size).toBe(12);
  });

  it("has Spanish, Portuguese and English messages", () => {
    const langs = new Set(CORPUS.map((entry) => entry.expect.lang ?? "es"));
    expect([...langs].sort()).toEqual(["en", "es", "pt"]);
  });

  it("intent accuracy is at least 95%", () => {
    expect(results.accuracy.intent, results.report("intent")).toBeGreaterThanOrEqual(0.95);
  });

  it("exact-dates accuracy is at least 95%", () => {
    expect(results.accuracy.dates, results.report("dates")).toBeGreaterThanOrEqual(0.95);
  });

  it("guests, unit type, amenities and language are at least 90% right", () => {
    for (const field of ["guests", "unitType", "amenities", "lang"] as const) {
      expect(results.accuracy[field], results.report(field)).toBeGreaterThanOrEqual(0.9);
    }
  });
});
