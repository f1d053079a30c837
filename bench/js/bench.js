// bench/js/bench.js — the JavaScript NLP libraries on the benchmark corpus.
//
//   node bench/js/bench.js compromise|wink DIR MAX_BYTES
//
// Reads DIR's *.txt files in name order (as articles() does) until MAX_BYTES
// have been read, and runs on each file what a user of the library would
// run for newswire's job:
//   compromise  sentences, people, places, organizations and quotations
//   wink        wink-nlp with wink-eng-lite-web-model: sentences, entities
//               and the sentiment of every sentence
// Prints one JSON line: files, bytes, seconds and cpu_seconds (reading and
// analysis, after the library and its model have loaded: wall clock, and
// the process's user + system time, garbage collection included),
// load_seconds and what was found.
"use strict";
const fs = require("fs");
const path = require("path");

const [lib, dir, maxArg] = process.argv.slice(2);
if (!lib || !dir) {
  console.error("usage: node bench.js compromise|wink DIR [MAX_BYTES]");
  process.exit(2);
}
const maxBytes = maxArg ? Number(maxArg) : Infinity;

const t0 = process.hrtime.bigint();
let analyze;
if (lib === "compromise") {
  const nlp = require("compromise");
  analyze = (text, found) => {
    const doc = nlp(text);
    found.sentences += doc.sentences().length;
    found.people += doc.people().out("array").length;
    found.places += doc.places().out("array").length;
    found.organizations += doc.organizations().out("array").length;
    found.quotations += doc.quotations().out("array").length;
  };
} else if (lib === "wink") {
  const winkNLP = require("wink-nlp");
  const model = require("wink-eng-lite-web-model");
  const nlp = winkNLP(model);
  const its = nlp.its;
  analyze = (text, found) => {
    const doc = nlp.readDoc(text);
    found.entities += doc.entities().out().length;
    doc.sentences().each((s) => {
      found.sentences++;
      found.sentiment += s.out(its.sentiment);
    });
  };
} else {
  console.error(`unknown library ${lib}`);
  process.exit(2);
}
const t1 = process.hrtime.bigint();
const c1 = process.cpuUsage();

const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt") && !f.startsWith(".")).sort();
const found = { sentences: 0, people: 0, places: 0, organizations: 0, quotations: 0, entities: 0, sentiment: 0 };
let bytes = 0, n = 0;
for (const f of files) {
  if (bytes >= maxBytes) break;
  const raw = fs.readFileSync(path.join(dir, f));
  bytes += raw.length;
  n++;
  analyze(raw.toString("utf8"), found);
}
const t2 = process.hrtime.bigint();
const c2 = process.cpuUsage(c1);
for (const k of Object.keys(found)) if (!found[k]) delete found[k];
if (found.sentiment) found.sentiment = Math.round(found.sentiment * 1000) / 1000;
console.log(JSON.stringify({
  library: lib, files: n, bytes, seconds: Number(t2 - t1) / 1e9, cpu_seconds: (c2.user + c2.system) / 1e6,
  load_seconds: Number(t1 - t0) / 1e9, found,
}));
