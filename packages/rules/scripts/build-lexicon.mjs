// Builds src/lexicon/lexicon.json: words jieba's dictionary lacks, loaded into jieba by every rule that segments.
//
// Two sources, each entry keeps its own:
// - curated (src/lexicon/curated.txt): current political, administrative and legal vocabulary, read by hand;
// - corpus: 2–4-character units that recur in ../shared/corpus/modern and clean (official texts, not subject to
//   copyright) where jieba leaves a single character: frequent, in several documents, cohesive, and free on both
//   sides (varied neighbours: a unit, not a fragment of a longer one).
// Run: node packages/rules/scripts/build-lexicon.mjs [--half odd|even]  (--half builds from half of modern's
// files, for measuring on the other half; it prints instead of writing).
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cleanFiles, inputDigest, jieba as plainJieba, jiebaDictionary, jiebaDictionaryFile, root, shared } from "./common.mjs";

const out = path.join(root, "packages/rules/src/lexicon/lexicon.json");
const curatedFile = path.join(root, "packages/rules/src/lexicon/curated.txt");
const half = process.argv.includes("--half") ? process.argv[process.argv.indexOf("--half") + 1] : undefined;

const MIN_COUNT = 6;
const MIN_DOCS = 3;
const MIN_ENTROPY = 1.2;
/** Share of occurrences whose edges are word boundaries of the surrounding text. */
const MIN_ALIGNED = 0.9;
/** A unit that begins or ends with one of these is a phrase fragment (的规定, 应当按), not a word. */
const EDGE = new Set(
  "的地得了着过是在和与及或等对把被为将也都就并而之其所以于从向由按经可应当不有这那此该各每本其上下中内外前后一二三四五六七八九十百千万零两第年月日条款项者",
);

/** Characters that make a unit a phrase (新的历史, 拒不提供, 标准由市, 又不履行): words jieba lacks have none. */
const PHRASE = /[的地得了着很更还又仍只已由或不拒到会我们]/;

/** Units that pass the tests but are phrases, read and rejected: 报原（批准机关）, 用好, 非因（工）, 大搞. */
const REJECTED = new Set(["报原", "用好", "非因", "大搞"]);

function modernFiles() {
  const dir = path.join(shared, "corpus/modern");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  return files.filter((_, i) => !half || (half === "odd" ? i % 2 === 1 : i % 2 === 0)).map((f) => path.join(dir, f));
}

function entropy(counts) {
  let total = 0;
  for (const c of counts.values()) total += c;
  let h = 0;
  for (const c of counts.values()) h -= (c / total) * Math.log(c / total);
  return h;
}

function corpusUnits(files, freq, jieba) {
  const count = new Map();
  const docs = new Map();
  const left = new Map();
  const right = new Map();
  const bump = (m, k, c) => {
    let inner = m.get(k);
    if (!inner) m.set(k, (inner = new Map()));
    inner.set(c, (inner.get(c) ?? 0) + 1);
  };
  files.forEach((file, d) => {
    const text = readFileSync(file, "utf8");
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
      for (let n = 2; n <= 4; n++) {
        for (let i = 0; i + n <= run.length; i++) {
          const g = run.slice(i, i + n);
          count.set(g, (count.get(g) ?? 0) + 1);
          if (docs.get(g)?.last !== d) {
            const e = docs.get(g);
            docs.set(g, { last: d, n: (e?.n ?? 0) + 1 });
          }
        }
      }
    }
  });
  // Neighbours only for what can qualify: a second pass keeps the maps small.
  const candidates = new Set();
  for (const [g, c] of count) {
    if (c < MIN_COUNT || docs.get(g).n < MIN_DOCS || freq.has(g)) continue;
    if (EDGE.has(g[0]) || EDGE.has(g[g.length - 1]) || PHRASE.test(g) || REJECTED.has(g)) continue;
    candidates.add(g);
  }
  // How often each candidate's edges are word boundaries in jieba's cut of its run: a unit stands between
  // words (营/商/环境), a fragment straddles them (业发展 in 产业/发展, 权人 in 债权人).
  const aligned = new Map();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
      let boundaries;
      for (let n = 2; n <= 4; n++) {
        for (let i = 0; i + n <= run.length; i++) {
          const g = run.slice(i, i + n);
          if (!candidates.has(g)) continue;
          bump(left, g, i > 0 ? run[i - 1] : "^");
          bump(right, g, i + n < run.length ? run[i + n] : "$");
          if (!boundaries) {
            boundaries = new Set([0]);
            let at = 0;
            for (const w of jieba.cut(run, false)) boundaries.add((at += w.length));
          }
          if (boundaries.has(i) && boundaries.has(i + n)) aligned.set(g, (aligned.get(g) ?? 0) + 1);
        }
      }
    }
  }
  const units = [];
  for (const g of candidates) {
    const c = count.get(g);
    if (entropy(left.get(g)) < MIN_ENTROPY || entropy(right.get(g)) < MIN_ENTROPY) continue;
    // Jieba must leave a single character in it (质/权, 担/责): units it already cuts into words need nothing.
    // and at least two of them (质/权, 显/失/公平): one character beside a word is a phrase (未/按照, 水/环境).
    const cut = jieba.cut(g, false);
    if (cut.filter((w) => w.length === 1).length < 2) continue;
    if ((aligned.get(g) ?? 0) < MIN_ALIGNED * c) continue;
    // Not a piece of a longer unit that accounts for most of its occurrences (显失 inside 显失公平).
    let dominated = false;
    for (const m of [left, right]) {
      for (const [ch, k] of m.get(g)) if (ch !== "^" && ch !== "$" && k > 0.6 * c) dominated = true;
    }
    if (dominated) continue;
    units.push([g, c, docs.get(g).n]);
  }
  return units;
}

/** Drops units a longer kept unit contains at most as often (the longer one is the word). */
function dropNested(units) {
  const byWord = new Map(units.map((u) => [u[0], u]));
  return units.filter(([g, c]) => {
    for (const [h, d] of byWord.values()) if (h.length > g.length && h.includes(g) && d >= 0.7 * c) return false;
    return true;
  });
}

function curated() {
  const entries = [];
  for (const line of readFileSync(curatedFile, "utf8").split("\n")) {
    const body = line.replace(/#.*/, "").trim();
    if (!body) continue;
    const [word, tag = "n"] = body.split(/\s+/);
    entries.push([word, tag]);
  }
  return entries;
}

/** Every file the lexicon is made from: data and scripts. */
export function lexiconInputs() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return [curatedFile, jiebaDictionaryFile(), ...modernFiles(), ...cleanFiles(), path.join(here, "build-lexicon.mjs"), path.join(here, "common.mjs")];
}

if (process.argv[1] !== fileURLToPath(import.meta.url)) {
  // Imported (by the tests) for lexiconInputs only.
} else {
  const { freq } = jiebaDictionary();
  const jieba = plainJieba();
  const files = [...modernFiles(), ...(half ? [] : cleanFiles())];
  const units = dropNested(corpusUnits(files, freq, jieba)).sort((a, b) => b[1] - a[1]);
  if (half) {
    for (const [g, c, d] of units) console.log(`${g}\t${c}\t${d}`);
    process.exit(0);
  }

  // Frequencies on jieba's scale: enough to hold the unit together against single characters, never enough to
  // outweigh a common word around it (a corpus count of 6 is about 60 in jieba's ~60M-token counts).
  const scale = (c) => Math.min(3000, Math.max(50, c * 10));
  const seen = new Set();
  const entries = [];
  for (const [word, tag] of curated()) {
    if (seen.has(word)) throw new Error(`curated.txt lists ${word} twice`);
    seen.add(word);
    entries.push([word, Math.max(freq.get(word) ?? 0, 300), tag, "c"]);
  }
  for (const [g, c] of units) {
    if (seen.has(g)) continue;
    seen.add(g);
    entries.push([g, scale(c), "n", "k"]);
  }
  writeFileSync(
    out,
    JSON.stringify(
      {
        description:
          "Words loaded into jieba besides its own dictionary: [word, frequency, tag, source]. Made by packages/rules/scripts/build-lexicon.mjs.",
        inputs: inputDigest(lexiconInputs()),
        sources: {
          c: "curated.txt: current political, administrative and legal vocabulary, read by hand (本项目整理)",
          k: `units recurring in official texts 1978–2025 (../shared/corpus/modern and clean; count ≥ ${MIN_COUNT}, in ≥ ${MIN_DOCS} documents, neighbour entropy ≥ ${MIN_ENTROPY} on both sides, edges on word boundaries in ≥ ${MIN_ALIGNED * 100} % of occurrences, jieba leaves two or more single characters)`,
        },
        entries,
      },
      null,
      0,
    ).replace(/\],\[/g, "],\n["),
  );
  console.log(
    `${entries.length} entries (${entries.filter((e) => e[3] === "c").length} curated, ${entries.filter((e) => e[3] === "k").length} from the corpora)`,
  );
}
