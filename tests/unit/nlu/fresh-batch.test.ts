import { describe, expect, it } from "vitest";
import { parseMessage } from "../../../shared/nlu/index";
import { CORPUS_NOW, CORPUS_TIME_ZONE } from "./corpus";
import { FRESH_BATCH } from "./fresh-batch";
import { FRESH_BATCH_2 } from "./fresh-batch-2";
import { scoreCorpus } from "./score";

// The batch kept away from tuning: only its figures are asserted, so a failure does not list
// its misses (which would invite tuning on them).
const results = scoreCorpus(FRESH_BATCH, (entry) => parseMessage(entry.text, { now: new Date(entry.now ?? CORPUS_NOW), timeZone: CORPUS_TIME_ZONE }));

describe("NLU on the fresh batch", () => {
  it("has at least 100 messages in the three languages", () => {
    expect(FRESH_BATCH.length).toBeGreaterThanOrEqual(100);
    expect(new Set(FRESH_BATCH.map((e) => e.expect.lang ?? "es")).size).toBe(3);
  });

  it("gets at least 95% of intents and 95% of exact dates right", () => {
    expect(results.accuracy.intent).toBeGreaterThanOrEqual(0.95);
    expect(results.accuracy.dates).toBeGreaterThanOrEqual(0.95);
  });
});

const second = scoreCorpus(FRESH_BATCH_2, (entry) => parseMessage(entry.text, { now: new Date(entry.now ?? CORPUS_NOW), timeZone: CORPUS_TIME_ZONE }));

describe("NLU on the second fresh batch (another author, never tuned on)", () => {
  it("gets at least 95% of intents and 95% of exact dates right", () => {
    expect(FRESH_BATCH_2.length).toBeGreaterThanOrEqual(60);
    expect(second.accuracy.intent).toBeGreaterThanOrEqual(0.95);
    expect(second.accuracy.dates).toBeGreaterThanOrEqual(0.95);
  });
});
