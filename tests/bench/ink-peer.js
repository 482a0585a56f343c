#!/usr/bin/env node
// The inkjs peer of `make bench` (after ../shared/bench/ink-random.js):
// compiles an ink file with inkjs's own compiler, loads the compiled JSON
// several times, and plays random complete playthroughs in several rounds.
// tests/bench/gen-ink-shape writes the ink and our story from one seed.
//
//   INKJS_DIR=~/.cache/behind-the-screen/inkjs node ink-peer.js STORY.ink [ROUNDS=5] [SECONDS=2] [SEED=1]
//
// Prints one "key value..." line per measure (times in ms, one value per
// run or round): compile_ms, json_bytes, load_ms, plays_per_s,
// choices_per_play, rss_kb.
'use strict';
const fs = require('fs');
const path = require('path');
const INKJS_DIR = process.env.INKJS_DIR;
const ink = require(require.resolve('inkjs/full', { paths: [INKJS_DIR] }));
const { Compiler, Story } = ink;

const file = process.argv[2];
const ROUNDS = parseInt(process.argv[3] || '5', 10);
const SECONDS = parseFloat(process.argv[4] || '2');
const SEED = parseInt(process.argv[5] || '1', 10);

function rng(seed) { // mulberry32, as in ink-random.js
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const ms = () => Number(process.hrtime.bigint()) / 1e6;

const src = fs.readFileSync(file, 'utf8');
let t0 = ms();
const c = new Compiler(src);
const compiled = c.Compile();
if (!compiled || (c.errors && c.errors.length)) {
  console.error('compile errors:', (c.errors || []).slice(0, 5));
  process.exit(1);
}
const json = compiled.ToJson();
console.log(`compile_ms ${(ms() - t0).toFixed(1)}`);
console.log(`json_bytes ${json.length}`);

const loads = [];
let story;
for (let i = 0; i < 5; i++) {
  t0 = ms();
  story = new Story(json);
  loads.push((ms() - t0).toFixed(1));
}
console.log(`load_ms ${loads.join(' ')}`);

const r = rng(SEED + 1);
const rates = [];
let plays = 0, choices = 0;
for (let round = 0; round < ROUNDS; round++) {
  let n = 0;
  t0 = ms();
  const deadline = t0 + SECONDS * 1000;
  while (ms() < deadline) {
    story.ResetState();
    for (;;) {
      story.ContinueMaximally();
      const cs = story.currentChoices;
      if (cs.length === 0) break;
      story.ChooseChoiceIndex(Math.floor(r() * cs.length));
      choices++;
    }
    n++;
  }
  plays += n;
  rates.push((n / ((ms() - t0) / 1000)).toFixed(1));
}
console.log(`plays_per_s ${rates.join(' ')}`);
console.log(`choices_per_play ${(choices / plays).toFixed(1)}`);
console.log(`rss_kb ${Math.round(process.memoryUsage().rss / 1024)}`);
const version = JSON.parse(fs.readFileSync(path.join(INKJS_DIR, 'node_modules/inkjs/package.json'), 'utf8')).version;
console.log(`version inkjs ${version}, node ${process.version}`);
