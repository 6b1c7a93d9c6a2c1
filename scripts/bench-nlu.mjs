#!/usr/bin/env node
// NLU benchmark: per-field accuracy of parseMessage over the labelled corpus
// (tests/unit/nlu/corpus.ts), then time per message over repeated passes.
//
//   node --import tsx scripts/bench-nlu.mjs          (PASSES=20 WARMUP=3 by default)
//
// Timing is single-threaded and synchronous, so wall time per call is CPU time; the total
// from process.cpuUsage() is printed alongside as a cross-check.

import { parseMessage } from "../shared/nlu/index.ts";
import { CORPUS, CORPUS_NOW, CORPUS_TIME_ZONE } from "../tests/unit/nlu/corpus.ts";
import { SCORED_FIELDS, scoreCorpus } from "../tests/unit/nlu/score.ts";

const PASSES = Number(process.env.PASSES ?? 20);
const WARMUP = Number(process.env.WARMUP ?? 3);

const inputs = CORPUS.map((entry) => ({ text: entry.text, options: { now: new Date(entry.now ?? CORPUS_NOW), timeZone: CORPUS_TIME_ZONE } }));

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;

// Accuracy
const score = scoreCorpus(CORPUS, (entry) => parseMessage(entry.text, { now: new Date(entry.now ?? CORPUS_NOW), timeZone: CORPUS_TIME_ZONE }));
const langs = CORPUS.reduce((acc, e) => ({ ...acc, [e.expect.lang ?? "es"]: (acc[e.expect.lang ?? "es"] ?? 0) + 1 }), {});
console.log(`corpus: ${CORPUS.length} messages (${Object.entries(langs).map(([l, n]) => `${l} ${n}`).join(", ")})`);
for (const field of SCORED_FIELDS) {
  const misses = score.misses[field].length;
  console.log(`  ${field.padEnd(10)} ${pct(score.accuracy[field]).padStart(6)}  (${CORPUS.length - misses}/${CORPUS.length})`);
}
for (const field of SCORED_FIELDS) {
  for (const miss of score.misses[field]) console.log(`  miss ${field}: ${JSON.stringify(miss.text)} expected ${miss.expected}, got ${miss.got}`);
}

// Time per message
for (let pass = 0; pass < WARMUP; pass++) for (const { text, options } of inputs) parseMessage(text, options);

const samples = [];
const cpuBefore = process.cpuUsage();
const wallBefore = performance.now();
for (let pass = 0; pass < PASSES; pass++) {
  for (const { text, options } of inputs) {
    const started = performance.now();
    parseMessage(text, options);
    samples.push(performance.now() - started);
  }
}
const wallMs = performance.now() - wallBefore;
const cpu = process.cpuUsage(cpuBefore);
samples.sort((a, b) => a - b);
const mean = samples.reduce((sum, ms) => sum + ms, 0) / samples.length;
const cpuPerMessage = (cpu.user + cpu.system) / 1000 / samples.length;

console.log(`time per message over ${PASSES} passes × ${inputs.length} messages (after ${WARMUP} warm-up passes):`);
console.log(
  `  mean ${mean.toFixed(3)} ms, p50 ${percentile(samples, 50).toFixed(3)} ms, p95 ${percentile(samples, 95).toFixed(3)} ms, ` +
    `p99 ${percentile(samples, 99).toFixed(3)} ms, max ${samples[samples.length - 1].toFixed(3)} ms`,
);
console.log(`  process CPU ${cpuPerMessage.toFixed(3)} ms per message (${(wallMs / 1000).toFixed(2)} s wall in total)`);
