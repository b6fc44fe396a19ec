// wink.js - the peer of `make bench`: wink-nlp tokenizing and POS-tagging
// the same JSON Lines articles chronicle ingests, timed the same way.
// Usage: node bench/wink.js FILE.jsonl  ->  one line "articles sentences tokens seconds"
'use strict';
const fs = require('fs');
const readline = require('readline');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

async function main() {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  const lines = readline.createInterface({ input: fs.createReadStream(process.argv[2]) });
  const t0 = process.hrtime.bigint();
  let articles = 0, sentences = 0, tokens = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const doc = nlp.readDoc(JSON.parse(line).text);
    const pos = doc.tokens().out(its.pos);
    tokens += pos.length;
    sentences += doc.sentences().length();
    articles++;
  }
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${articles} ${sentences} ${tokens} ${s.toFixed(3)}`);
}
main();
