// npm run eval:planted — recall on slips planted the way people make them, next to false alarms on the
// unplanted text.
//
// Sentences of ../shared/corpus/modern and clean get one slip each, with a fixed seed:
//   deletion   a possessor removed between 在/按照/为/围绕/根据/对/贯彻… and 的 (在党中央的领导下 → 在的领导下)
//   duplicate  a character of a multi-character word typed twice (经济 → 经经济)
//   de-di      adverbial 地 before a verb written 的 (认真地学习 → 认真的学习; not the 地 of 就地, 案发地); de-di-de's
//              learned counts come from the tune half only while the script runs
//   year       a full year shortened (2008年 → 08年, 1998年 → 98年)
//   space      a space (ASCII or U+3000) next to Chinese punctuation or between two Chinese characters
// and residue lines of 范文 sites (scripts/data/site-residue.txt, collected from public pages) are put between
// the sentences of a document. A slip counts as found when a finding of its rule covers it.
// The documents are split 2-fold by file (even / odd): rules are tuned on the "tune" half and reported on the
// "held-out" half; residue lines have a tune section and a held-out section collected after the rule was shaped.
// Then findings per 10,000 characters of the same rules on the unplanted corpora.
// Options: --per-class N (default 600 slips per class and half)  --show CLASS (print missed held-out slips, the slip in ⟦⟧;
//          with --tune, missed slips of the tune half)
// Skips cleanly when ../shared is absent.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root, shared } from "../packages/rules/scripts/common.mjs";

const corpora = ["corpus/modern", "corpus/clean"].map((d) => path.join(shared, d));
if (!corpora.every(existsSync)) {
  console.log("eval:planted: ../shared/corpus not found, nothing to evaluate (skipped).");
  process.exit(0);
}
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const PER_CLASS = Number(opt("--per-class", "600"));
const SHOW = opt("--show", "");

const { isDictionaryWord, tag } = await import(path.join(root, "packages/rules/dist/util/segmenter.js"));

/** Deterministic generator (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffle(list, random) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const files = corpora.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => path.join(dir, f)),
);
// de-di-de learns from counts over these same corpora (adverbial.json): for an honest held-out figure its counts
// come from the tune half only while this script runs (the built file is put back on exit).
const adverbialJson = path.join(root, "packages/rules/dist/rules/de-di-de/adverbial.json");
const builtAdverbial = readFileSync(adverbialJson, "utf8");
process.on("exit", () => writeFileSync(adverbialJson, builtAdverbial));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));
{
  const { buildDeDi } = await import(path.join(root, "packages/rules/scripts/build-de-di.mjs"));
  const tune = new Set(files.filter((_file, k) => k % 2 === 0));
  writeFileSync(adverbialJson, JSON.stringify(await buildDeDi((file) => tune.has(file))));
}
const { Engine, resolveConfig } = await import("@gongwen-lint/core");
/** Sentences of each half: [tune, held-out]. */
const halves = [[], []];
files.forEach((file, k) => {
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    for (const s of line.trim().match(/[^。！？]+[。！？]/gu) ?? []) {
      if (s.length >= 12 && s.length <= 160 && !/[#*|<>]/.test(s)) halves[k % 2].push(s);
    }
  }
});

const HAN = /^\p{Script=Han}+$/u;
const PUNCT = "，。、；：“”《》（）！？";

/** Planters: (sentence, random) → { text, start, end } (the slip's span in text) or null. */
const planters = {
  deletion(s, random) {
    const t = tag(s);
    const spots = [];
    for (let k = 0; k + 2 < t.length; k++) {
      if (!/^(?:在|按照|根据|围绕|遵照|依照|为|对|把|贯彻|落实|执行|学习|面向|迎接|理解)$/.test(t[k].word)) continue;
      // one to three noun tokens, then 的
      let j = k + 1;
      while (j < t.length && j - k <= 3 && /^(?:n|nt|ns|nr|nz|j)/.test(t[j].tag)) j++;
      if (j > k + 1 && t[j]?.word === "的" && t[j + 1] && /\p{Script=Han}/u.test(t[j + 1].word)) spots.push([t[k + 1].start, t[j].start]);
    }
    if (!spots.length) return null;
    const [a, b] = spots[Math.floor(random() * spots.length)];
    return { text: s.slice(0, a) + s.slice(b), start: a - 1, end: a + 1 };
  },
  duplicate(s, random) {
    const words = tag(s).filter((w) => w.word.length >= 2 && w.word.length <= 4 && HAN.test(w.word));
    if (!words.length) return null;
    const w = words[Math.floor(random() * words.length)];
    const i = w.start + Math.floor(random() * w.word.length);
    return { text: s.slice(0, i + 1) + s[i] + s.slice(i + 1), start: i, end: i + 2 };
  },
  "de-di"(s, random) {
    const t = tag(s);
    const spots = [];
    for (let k = 1; k + 1 < t.length; k++) {
      if (t[k].word !== "地" || t[k].tag !== "uv" || !/^v/.test(t[k + 1].tag) || !/\p{Script=Han}/u.test(t[k - 1].word)) continue;
      // Only adverbial 地: not the 地 of a word it makes with a neighbour (就地视察, 转地放蜂, 案发地, 地裂), nor a place
      // after a verb or a single character (羁押地、存放地、多地、跨地、等地). jieba tags these 地 uv too.
      const before = t[k - 1];
      if (isDictionaryWord(`${before.word.slice(-1)}地`) || isDictionaryWord(`${before.word}地`) || isDictionaryWord(`地${t[k + 1].word[0]}`))
        continue;
      if (/^(?:v|vn|x|u)$/.test(before.tag) || (before.word.length === 1 && !/^a/.test(before.tag))) continue;
      spots.push(t[k].start);
    }
    if (!spots.length) return null;
    const i = spots[Math.floor(random() * spots.length)];
    return { text: `${s.slice(0, i)}的${s.slice(i + 1)}`, start: i, end: i + 1 };
  },
  year(s, random) {
    const spots = [...s.matchAll(/(?<![\d０-９])(?:19|20)(\d\d)年(?!代)/gu)];
    if (!spots.length) return null;
    const m = spots[Math.floor(random() * spots.length)];
    const text = s.slice(0, m.index) + s.slice(m.index + 2);
    return { text, start: m.index, end: m.index + 3 };
  },
  space(s, random) {
    const spots = [];
    for (let i = 1; i < s.length; i++) {
      const a = s[i - 1];
      const b = s[i];
      const hanA = /\p{Script=Han}/u.test(a);
      const hanB = /\p{Script=Han}/u.test(b);
      if ((hanA && PUNCT.includes(b)) || (PUNCT.includes(a) && hanB) || (hanA && hanB && random() < 0.05)) spots.push(i);
    }
    if (!spots.length) return null;
    const i = spots[Math.floor(random() * spots.length)];
    const space = random() < 0.7 ? " " : "\u3000";
    return { text: s.slice(0, i) + space + s.slice(i), start: i, end: i + 1 };
  },
};
const RULES = {
  deletion: ["no-deletion-residue"],
  duplicate: ["no-duplicated-char"],
  "de-di": ["de-di-de"],
  year: ["number-usage"],
  space: ["no-stray-space"],
  residue: ["no-web-residue", "no-placeholder"],
};

const engine = new Engine();
/** Lints lines as one document each 40 lines; returns, per line, the ranges (in the line) of findings of `ids`. */
async function findingsPerLine(lines, ids) {
  const config = resolveConfig({}, undefined, { only: ids });
  const out = [];
  for (let i = 0; i < lines.length; i += 40) {
    const chunk = lines.slice(i, i + 40);
    const text = chunk.join("\n");
    const starts = [];
    let at = 0;
    for (const l of chunk) {
      starts.push(at);
      at += l.length + 1;
    }
    const per = chunk.map(() => []);
    const result = await engine.lintText(text, config, "planted.txt");
    for (const m of result.messages) {
      let k = starts.length - 1;
      while (k > 0 && starts[k] > m.range[0]) k--;
      per[k].push([m.range[0] - starts[k], m.range[1] - starts[k], m.ruleId]);
    }
    out.push(...per);
  }
  return out;
}

const pct = (x) => `${(100 * x).toFixed(1)}%`;
const table = [];
for (const [cls, plant] of Object.entries(planters)) {
  const row = { cls, rate: [0, 0], n: [0, 0] };
  for (const half of [0, 1]) {
    const random = rng(0x5eed + half * 7919 + cls.length * 104729);
    const planted = [];
    for (const s of shuffle(halves[half], random)) {
      if (planted.length >= PER_CLASS) break;
      const p = plant(s, random);
      if (p) planted.push({ ...p, original: s });
    }
    const hits = await findingsPerLine(
      planted.map((p) => p.text),
      RULES[cls],
    );
    let found = 0;
    planted.forEach((p, k) => {
      const hit = hits[k].some(([a, b]) => a < p.end && b > p.start);
      if (hit) found++;
      else if (half === (args.includes("--tune") ? 0 : 1) && SHOW === cls)
        console.log(
          `missed ${cls}: ${p.text.slice(Math.max(0, p.start - 20), p.start)}⟦${p.text.slice(p.start, p.end)}⟧${p.text.slice(p.end, p.end + 20)}`,
        );
    });
    row.rate[half] = planted.length ? found / planted.length : 0;
    row.n[half] = planted.length;
  }
  table.push(row);
}

// Residue lines: each between two corpus sentences; found when a finding falls on the line. The "tune" section
// shaped the rule; the "held-out" section was collected afterwards.
const residueFile = path.join(root, "scripts/data/site-residue.txt");
const sections = { tune: [], "held-out": [] };
{
  let section;
  for (const l of readFileSync(residueFile, "utf8").split("\n")) {
    if (l.startsWith("## ")) section = sections[l.slice(3).trim()];
    else if (l && !l.startsWith("#")) section?.push(l);
  }
}
{
  const row = { cls: "residue", rate: [0, 0], n: [0, 0] };
  for (const [half, mine] of [sections.tune, sections["held-out"]].entries()) {
    const lines = mine.flatMap((l, k) => [halves[half][k * 3], l]);
    const hits = await findingsPerLine(lines, RULES.residue);
    let found = 0;
    mine.forEach((l, k) => {
      if (hits[2 * k + 1].length) found++;
      else if (half === (args.includes("--tune") ? 0 : 1) && SHOW === "residue") console.log(`missed residue: ${l}`);
    });
    row.rate[half] = found / mine.length;
    row.n[half] = mine.length;
  }
  table.push(row);
}

// False alarms: the same rules on the unplanted corpora.
const ids = [...new Set(Object.values(RULES).flat())];
const counts = new Map(ids.map((id) => [id, 0]));
let chars = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  chars += text.length;
  const result = await engine.lintText(text, resolveConfig({}, undefined, { only: ids }), file);
  for (const m of result.messages) counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
}

console.log(`planted slips: recall per class (tune half / held-out half, slips planted)\n`);
console.log("class       tune            held-out        rules: findings per 10k chars on the unplanted corpora");
for (const { cls, rate, n } of table) {
  const fa = RULES[cls].map((id) => `${id} ${(((counts.get(id) ?? 0) * 1e4) / chars).toFixed(3)}`).join(", ");
  const cell = (h) => (n[h] ? `${pct(rate[h]).padStart(6)} (${String(n[h]).padStart(4)})` : "     — (   0)");
  console.log(`${cls.padEnd(11)} ${cell(0)}   ${cell(1)}   ${fa}`);
}
console.log(`\nunplanted corpora: ${files.length} files, ${chars} characters`);
