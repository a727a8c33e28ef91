// Final-text scale: a decision of N clauses with M adopted amendments, applied in adoption order
// and rendered as txt. Run as `node bench/final-text.mjs N M` (one size per process, so the peak
// memory is this size's alone); prints one JSON line.
import { applyOperation } from '../dist/libs/drafting/src/index.js';
import { renderTxt } from '../dist/libs/publishing/src/index.js';

const [clauseCount, amendmentCount] = process.argv.slice(2).map(Number);

// Deterministic pseudo-random numbers, so every run amends the same way.
let seed = 42;
const rand = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};

const pad = (n) => String(n).padStart(6, '0');

function scenario() {
  const clauses = [];
  const tokens = [];
  for (let c = 0; c < clauseCount; c++) {
    // Numbers padded to one width at every size: 5× the clauses and amendments is then 5× the text (unpadded,
    // the larger run's words were longer and its text 5.45× the smaller's, which the scale took for slowness).
    const words = Array.from({ length: 40 }, (_, w) => `c${pad(c)}w${pad(w)}x`);
    clauses.push(words.join(' '));
    tokens.push(words);
  }
  const amendments = [];
  for (let i = 0; i < amendmentCount; i++) {
    const c = rand(clauseCount);
    const pool = tokens[c];
    const k = rand(pool.length);
    const anchor = pool[k];
    const fresh = `a${pad(i)}y`;
    switch (rand(3)) {
      case 0:
        amendments.push({ clause: c, op: { kind: 'insert', after: anchor, text: ` ${fresh}` } });
        pool.push(fresh);
        break;
      case 1:
        amendments.push({ clause: c, op: { kind: 'replace', find: anchor, with: fresh } });
        pool[k] = fresh;
        break;
      default:
        if (pool.length > 5) {
          amendments.push({ clause: c, op: { kind: 'delete', find: anchor } });
          pool.splice(k, 1);
        } else {
          amendments.push({ clause: c, op: { kind: 'insert', before: anchor, text: `${fresh} ` } });
          pool.push(fresh);
        }
    }
  }
  return { clauses, amendments };
}

function finalText({ clauses, amendments }) {
  const texts = [...clauses];
  for (const a of amendments) texts[a.clause] = applyOperation(texts[a.clause], a.op).text;
  return renderTxt({ chapeau: 'The Governing Body:', clauses: texts, referenceLine: '(GB.999/X/1, paragraph 1, as amended by the Governing Body)' });
}

const input = scenario();
const rssBefore = process.memoryUsage().rss;
// Warm the JIT first, then time many runs. The work is the same each run, so what varies (a collection, the
// scheduler on shared cores) only adds: the fastest run is the work's cost, and the scale compares those.
const RUNS = 41;
for (let i = 0; i < 5; i++) finalText(input);
const times = [];
let out = '';
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  out = finalText(input);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
process.stdout.write(
  `${JSON.stringify({
    clauses: clauseCount,
    amendments: amendmentCount,
    medianMs: Number(times[(RUNS - 1) / 2].toFixed(2)),
    bestMs: Number(times[0].toFixed(2)),
    peakRssMb: Number((process.resourceUsage().maxRSS / 1024).toFixed(1)),
    rssGrowthMb: Number(((process.memoryUsage().rss - rssBefore) / 1048576).toFixed(1)),
    outputChars: out.length,
  })}\n`,
);
