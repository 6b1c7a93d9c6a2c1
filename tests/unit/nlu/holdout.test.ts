import { describe, expect, it } from "vitest";
import { parseMessage } from "../../../shared/nlu/index";
import { CORPUS_NOW, CORPUS_TIME_ZONE } from "./corpus";
import { HOLDOUT } from "./holdout";

describe("NLU on unseen messages", () => {
  const results = HOLDOUT.map(([text, intent, checkIn, checkOut]) => {
    const parsed = parseMessage(text, { now: new Date(CORPUS_NOW), timeZone: CORPUS_TIME_ZONE });
    return { text, intentOk: parsed.intent === intent, datesOk: parsed.checkIn === checkIn && parsed.checkOut === checkOut, parsed, intent };
  });
  const misses = (key: "intentOk" | "datesOk") => results.filter((r) => !r[key]).map((r) => `${r.text} → ${r.parsed.intent} ${r.parsed.checkIn}..${r.parsed.checkOut}`).join("\n");

  it("gets at least 95% of intents right", () => {
    expect(results.filter((r) => r.intentOk).length / results.length, misses("intentOk")).toBeGreaterThanOrEqual(0.95);
  });

  it("gets at least 95% of date ranges exactly right", () => {
    expect(results.filter((r) => r.datesOk).length / results.length, misses("datesOk")).toBeGreaterThanOrEqual(0.95);
  });
});
