/** Below this, a voice note's transcript is not trusted to book on: staff listen instead. */
export const MIN_TRANSCRIPT_CONFIDENCE = 0.6;

export interface WhisperSegment {
  start?: number;
  end?: number;
  avg_logprob?: number;
  no_speech_prob?: number;
}

/**
 * Whisper gives no single confidence, so one is derived: per segment, the mean token probability
 * (exp of `avg_logprob`) times the chance it is speech at all (1 − `no_speech_prob`), averaged
 * weighted by the segment's duration. An empty transcript has confidence 0.
 */
export function transcriptConfidence(text: string, segments: WhisperSegment[] | undefined): number {
  if (text.trim().length === 0 || !segments || segments.length === 0) return 0;
  let weighted = 0;
  let total = 0;
  for (const segment of segments) {
    const duration = Math.max((segment.end ?? 0) - (segment.start ?? 0), 0.01);
    const tokenProbability = Math.exp(Math.min(segment.avg_logprob ?? -Infinity, 0));
    const speechProbability = 1 - Math.min(Math.max(segment.no_speech_prob ?? 0, 0), 1);
    weighted += duration * tokenProbability * speechProbability;
    total += duration;
  }
  return total > 0 ? weighted / total : 0;
}
