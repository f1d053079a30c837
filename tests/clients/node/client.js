// Node with better-sqlite3 as a newswire client.
//
//   node tests/clients/node/client.js DATASET EXTENSION_SO
//
// DATASET was built from seeds/ by `make dataset`; run from the repository's
// root.  Prints one line per failure and ends with `N passed, N failed`.
"use strict";
const path = require("path");
const Database = require("better-sqlite3");

const [dataset, extension] = process.argv.slice(2).map((p) => path.resolve(p));
let passed = 0;
let failed = 0;

function test(name, fn) {
  let problem;
  try {
    problem = fn();
  } catch (e) {
    problem = String(e && e.message ? e.message : e);
  }
  if (problem) {
    failed++;
    console.log(`FAIL node: ${name}: ${problem}`);
  } else {
    passed++;
  }
}

function open(entryPoint) {
  const db = new Database(dataset, { readonly: true });
  if (entryPoint) db.loadExtension(extension, entryPoint);
  else db.loadExtension(extension);
  return db;
}

test("the README's example", () => {
  const db = new Database(":memory:");
  db.loadExtension(extension);
  const { n } = db.prepare("SELECT count(*) AS n FROM articles('seeds')").get();
  if (n !== 5) return `${n} articles in seeds/`;
});

test("functions in the dataset, with a bound parameter", () => {
  const db = open();
  const { n } = db.prepare("SELECT count(*) AS n FROM articles(?) a, quotes(a.body) q").get("seeds");
  const { stored } = db.prepare("SELECT count(*) AS stored FROM nw_quotes").get();
  if (n !== stored || n === 0) return `quotes(): ${n}, nw_quotes: ${stored}`;
});

test("full-text search", () => {
  const db = open();
  const rows = db
    .prepare(
      "SELECT q.speaker, q.quote FROM nw_quotes_fts f JOIN nw_quotes q ON q.quote_id = f.rowid " +
        "WHERE nw_quotes_fts MATCH ?"
    )
    .all("sanctions");
  if (rows.length === 0 || rows.some((r) => !/sanction/i.test(r.quote))) return JSON.stringify(rows);
});

test("views", () => {
  const db = open();
  const top = db.prepare("SELECT speaker, quotes FROM nw_speakers ORDER BY quotes DESC LIMIT 1").get();
  const { n } = db.prepare("SELECT count(*) AS n FROM nw_quotes WHERE speaker = ?").get(top.speaker);
  if (n !== top.quotes) return `${top.speaker}: ${top.quotes} in the view, ${n} quotes`;
});

test("stance() on stored bodies", () => {
  const db = open();
  const rows = db.prepare("SELECT stance(body, 'China') AS s FROM nw_articles").all();
  if (!rows.some((r) => typeof r.s === "number" && r.s >= -1 && r.s <= 1)) return JSON.stringify(rows);
});

test("the noread entry point", () => {
  const db = open("sqlite3_newswire_noread_init");
  const { n } = db.prepare("SELECT count(*) AS n FROM nw_articles a, actors(a.body) x").get();
  const { stored } = db.prepare("SELECT count(*) AS stored FROM nw_actors").get();
  if (n !== stored) return `actors(): ${n}, nw_actors: ${stored}`;
  try {
    db.prepare("SELECT * FROM articles('seeds')").all();
  } catch (e) {
    return /articles/.test(e.message) ? undefined : e.message;
  }
  return "articles() reads files through the noread entry point";
});

console.log(`${passed} passed, ${failed} failed`);
