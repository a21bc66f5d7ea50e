// Marks typo entries whose wrong form is also two ordinary words side by side (因/该 in 因该案件, 具/被 in
// 8具被扣押, 以/经 in 应当以经备案的名称) as class "context": only the context tells a slip from correct
// text, so the rule leaves them out unless asked (option `context`), and then only suggests.
// Measure: how often jieba's words of the wrong form would meet by chance, per million words
// (product of their unigram probabilities); at or above CONTEXT_PER_MILLION the entry needs context.
// Run: node packages/rules/scripts/classify-typos.mjs (rewrites src/rules/typo/typos.json in place).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { jieba as plainJieba, jiebaDictionary, root } from "./common.mjs";

export const CONTEXT_PER_MILLION = 0.05;

/** Chance meetings per million words of the wrong form's jieba words (0 for a single word). */
export function chanceMeetings(jieba, freq, total, wrong) {
  const words = jieba.cut(wrong, false);
  if (words.length < 2) return 0;
  return words.reduce((e, w) => (e * (freq.get(w) ?? 0)) / total, 1e6);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const jieba = plainJieba();
  const { freq, total } = jiebaDictionary();
  const file = path.join(root, "packages/rules/src/rules/typo/typos.json");
  const data = JSON.parse(readFileSync(file, "utf8"));
  let n = 0;
  for (const e of data.entries) {
    if (e.class === "style") continue;
    e.class = chanceMeetings(jieba, freq, total, e.wrong) >= CONTEXT_PER_MILLION ? "context" : "certain";
    if (e.class === "context") n++;
  }
  writeFileSync(file, `${JSON.stringify(data, null, 1)}\n`);
  console.log(`${n} of ${data.entries.length} entries need context`);
}
