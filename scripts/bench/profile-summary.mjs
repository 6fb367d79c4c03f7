// Prints the functions with the most self time, then the most total
// (inclusive) time, in a V8 .cpuprofile (from `node --cpu-prof`), optionally
// only those whose file path contains a filter. To profile one rule:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/bench/worker.mjs job.json out.json
// with a job whose config is `only:<rule id>` (see worker.mjs).
//
//   node scripts/bench/profile-summary.mjs <file.cpuprofile> [path filter] [top N]
import fs from 'node:fs';

/** Self time per function (ms), from a V8 CPU profile's samples. */
export function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const hits = new Map();
  const deltas = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => hits.set(id, (hits.get(id) ?? 0) + (deltas[i] ?? 0)));
  const out = new Map();
  for (const [id, micros] of hits) {
    const { callFrame } = byId.get(id);
    const key = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.replace(/^file:\/\//u, '')}:${callFrame.lineNumber + 1}`;
    out.set(key, (out.get(key) ?? 0) + micros / 1000);
  }
  return [...out.entries()].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}

/** Total (inclusive) time per function (ms): each sample counts once for every function on its stack. */
export function totalTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = ({ callFrame }) => `${callFrame.functionName || '(anonymous)'} ${callFrame.url.replace(/^file:\/\//u, '')}:${callFrame.lineNumber + 1}`;
  const out = new Map();
  const deltas = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => {
    const keys = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) keys.add(keyOf(byId.get(at)));
    for (const key of keys) out.set(key, (out.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  return [...out.entries()].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, filter = '', top = '25'] = process.argv.slice(2);
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const rows = selfTimes(profile);
  const total = rows.reduce((s, r) => s + r.ms, 0);
  const shown = rows.filter((r) => r.name.includes(filter));
  const shownTotal = shown.reduce((s, r) => s + r.ms, 0);
  console.log(`total ${Math.round(total)} ms sampled; matching "${filter}": ${Math.round(shownTotal)} ms`);
  for (const r of shown.slice(0, Number(top))) console.log(`${r.ms.toFixed(1).padStart(9)} ms  ${r.name}`);
  console.log(`\ntotal (inclusive) time, matching "${filter}":`);
  for (const r of totalTimes(profile).filter((t) => t.name.includes(filter)).slice(0, Number(top))) console.log(`${r.ms.toFixed(1).padStart(9)} ms  ${r.name}`);
}
