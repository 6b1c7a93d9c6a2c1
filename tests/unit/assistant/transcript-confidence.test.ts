import { describe, expect, it } from "vitest";
import { MIN_TRANSCRIPT_CONFIDENCE, transcriptConfidence } from "../../../shared/assistant/transcript-confidence";

describe("transcriptConfidence", () => {
  it("is the mean token probability of sure speech", () => {
    expect(transcriptConfidence("hola", [{ start: 0, end: 2, avg_logprob: Math.log(0.9), no_speech_prob: 0 }])).toBeCloseTo(0.9, 6);
  });

  it("weights segments by their duration", () => {
    const confidence = transcriptConfidence("hola tenés lugar", [
      { start: 0, end: 3, avg_logprob: Math.log(0.9), no_speech_prob: 0 },
      { start: 3, end: 4, avg_logprob: Math.log(0.1), no_speech_prob: 0 },
    ]);
    expect(confidence).toBeCloseTo((3 * 0.9 + 1 * 0.1) / 4, 6);
  });

  it("discounts audio that is probably not speech", () => {
    expect(transcriptConfidence("gracias", [{ start: 0, end: 1, avg_logprob: Math.log(0.95), no_speech_prob: 0.8 }])).toBeLessThan(MIN_TRANSCRIPT_CONFIDENCE);
  });

  it("is 0 for an empty transcript or no segments", () => {
    expect(transcriptConfidence("  ", [{ start: 0, end: 1, avg_logprob: 0, no_speech_prob: 0 }])).toBe(0);
    expect(transcriptConfidence("hola", undefined)).toBe(0);
    expect(transcriptConfidence("hola", [])).toBe(0);
  });

  it("never exceeds 1, even on a positive log probability", () => {
    expect(transcriptConfidence("hola", [{ start: 0, end: 1, avg_logprob: 0.3, no_speech_prob: -0.2 }])).toBe(1);
  });
});
