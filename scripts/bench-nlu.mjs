#!/usr/bin/env node
// NLU benchmark: per-field accuracy of parseMessage, then time per message over repeated passes.
//
//   node --import tsx scripts/bench-nlu.mjs          (PASSES=20 WARMUP=3 by default)
//
// Accuracy is reported for three sets, apart:
//   - the tuned corpus (tests/unit/nlu/corpus.ts and tuning-batch.ts): the parser was improved
//     against these, so their misses are listed;
//   - the earlier holdout (holdout.ts, intent and dates only) and the fresh batch
//     (fresh-batch.ts): never used for tuning, so only their figures are printed, never their
//     misses, which keeps them unseen.
//
// Timing is single-threaded and synchronous, so wall time per call is CPU time; the total
// from process.cpuUsage() is printed alongside as a cross-check.

import { parseMessage } from "../shared/nlu/index.ts";
import { CORPUS, CORPUS_NOW, CORPUS_TIME_ZONE } from "../tests/unit/nlu/corpus.ts";
import { FRESH_BATCH } from "../tests/unit/nlu/fresh-batch.ts";
import { FRESH_BATCH_2 } from "../tests/unit/nlu/fresh-batch-2.ts";
import { HOLDOUT } from "../tests/unit/nlu/holdout.ts";
import { SCORED_FIELDS, scoreCorpus } from "../tests/unit/nlu/score.ts";
import { TUNING_BATCH } from "../tests/unit/nlu/tuning-batch.ts";

const PASSES = Number(process.env.PASSES ?? 20);
const WARMUP = Number(process.env.WARMUP ?? 3);

const TUNED = [...CORPUS, ...TUNING_BATCH];
const HOLDOUT_ENTRIES = HOLDOUT.map(([text, intent, checkIn, checkOut]) => ({ text, expect: { intent, checkIn, checkOut } }));
const parse = (entry) => parseMessage(entry.text, { now: new Date(entry.now ?? CORPUS_NOW), timeZone: CORPUS_TIME_ZONE });
const inputs = TUNED.map((entry) => ({ text: entry.text, options: { now: new Date(entry.now ?? CORPUS_NOW), timeZone: CORPUS_TIME_ZONE } }));

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;

function report(title, entries, fields, { listMisses }) {
  const score = scoreCorpus(entries, parse);
  const langs = entries.reduce((acc, e) => ({ ...acc, [e.expect.lang ?? "es"]: (acc[e.expect.lang ?? "es"] ?? 0) + 1 }), {});
  const byLang = fields.includes("lang") ? ` (${Object.entries(langs).map(([l, n]) => `${l} ${n}`).join(", ")})` : "";
  console.log(`${title}: ${entries.length} messages${byLang}`);
  for (const field of fields) {
    const misses = score.misses[field].length;
    console.log(`  ${field.padEnd(10)} ${pct(score.accuracy[field]).padStart(6)}  (${entries.length - misses}/${entries.length})`);
  }
  if (!listMisses) return;
  for (const field of fields) {
    for (const miss of score.misses[field]) console.log(`  miss ${field}: ${JSON.stringify(miss.text)} expected ${miss.expected}, got ${miss.got}`);
  }
}

// Accuracy
report("tuned corpus (corpus + tuning batch)", TUNED, SCORED_FIELDS, { listMisses: true });
report("  of which the tuning batch", TUNING_BATCH, SCORED_FIELDS, { listMisses: false });
// The holdout is labelled for intent and dates only (language counts as given).
report("earlier holdout (unseen, intent and dates)", HOLDOUT_ENTRIES, ["intent", "dates"], { listMisses: false });
report("fresh batch (unseen, misses not shown)", FRESH_BATCH, SCORED_FIELDS, { listMisses: false });
report("second fresh batch (unseen, other author)", FRESH_BATCH_2, SCORED_FIELDS, { listMisses: false });

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
