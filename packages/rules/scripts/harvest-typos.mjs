// Proposes `typo` entries from the misspellings of the ECSpell law and medical *training* sets
// (../shared/corpus/ecspell, github:aopolin-lv/ECSpell, MIT). The test sets are never read.
//
// For each misspelt character the word of the corrected sentence that contains it (jieba, as the rule
// segments) gives a pair wrong→right. A pair is kept only when
//   - the right form is a dictionary word (jieba frequency ≥ MIN_RIGHT_FREQ) of 2–4 Chinese characters;
//   - the wrong form is not a word itself (jieba frequency ≤ right / 1000) and is not part of any dictionary
//     word (so it cannot fire inside a correct longer word);
//   - the wrong form never occurs in ../shared/corpus/clean nor in any corrected training sentence;
//   - it maps to one right form only, and the rule, run on the clause it came from, finds and fixes it
//     (that clause becomes the entry's self-test spec).
// Usage: node packages/rules/scripts/harvest-typos.mjs [--write]   (after `npm run build`)
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { CLAUSE, cleanFiles, confusionLinks, jiebaDictionary, root, shared, typoFixer } from "./common.mjs";

if (!existsSync(path.join(shared, "corpus/ecspell"))) {
  console.log("../shared/corpus/ecspell not found: nothing to harvest.");
  process.exit(0);
}
const MIN_RIGHT_FREQ = 50;
// Read by hand and rejected: possibly correct text — a word (发质, 煎茶, 入宪, 政治权力), a name (郭嘉),
// or characters that meet across words (对与错, 弥补得, 作为成年人, 产生生活).
const REJECTED = new Set([
  "下及",
  "又关",
  "伊思",
  "郭嘉",
  "处里",
  "社外",
  "才定",
  "程丽",
  "有校",
  "却定",
  "腐女",
  "到得",
  "对与",
  "证载",
  "访视",
  "微藻",
  "中裁",
  "曾强",
  "法援",
  "直拳",
  "传交",
  "没油",
  "平匀",
  "主药",
  "鞋上",
  "陆茵",
  "或物",
  "忍术",
  "开期",
  "竹席",
  "职系",
  "折除",
  "边户",
  "特典",
  "民视",
  "补得",
  "娶得",
  "攻丝",
  "菜狗",
  "体惜",
  "袁泽",
  "瘦到",
  "罚站",
  "只接",
  "没立",
  "要球",
  "机算",
  "照骗",
  "柔型",
  "题出",
  "深盘",
  "才用",
  "发绿",
  "旋向",
  "重裁",
  "雪见",
  "每事",
  "仙法",
  "低处",
  "先法",
  "补能",
  "正仁",
  "加药",
  "河童",
  "没定",
  "含书",
  "字认",
  "不闷",
  "物征",
  "饿醒",
  "还子",
  "复访",
  "半膜",
  "知了",
  "手数",
  "鼻眼",
  "柴湖",
  "复察",
  "内壳",
  "解合",
  "中衣",
  "痛过",
  "眼水",
  "正装",
  "调证",
  "台盘",
  "关住",
  "下讲",
  "轻淡",
  "肾藏",
  "邻床",
  "并因",
  "调里",
  "禁盐",
  "内库",
  "题内",
  "六向",
  "该花",
  "保杨",
  "自喂",
  "周理",
  "润骨",
  "发稍",
  "每有",
  "法座",
  "入宪",
  "病轻",
  "临窗",
  "米路",
  "换着",
  "废用",
  "煎茶",
  "反单",
  "喝就",
  "就药",
  "可搜",
  "黏连",
  "收书",
  "不织",
  "补位",
  "手熟",
  "鼓着",
  "再渡",
  "下窄",
  "艳芬",
  "重药",
  "吴区",
  "是项",
  "堆出",
  "路内",
  "又于",
  "还解",
  "私网",
  "体脂",
  "大皇",
  "新脏",
  "干与",
  "就真",
  "烟就",
  "依院",
  "皮眼",
  "该变",
  "干毛",
  "专页",
  "辛拉",
  "严中",
  "券证",
  "题起",
  "清肠",
  "发质",
  "罚跪",
  "煮药",
  "保现金",
  "政治权力",
  "补合理",
  "当时人",
  "为成年",
  "为成年人",
  "资助性",
  "知青人",
  "过度性",
  "食物所",
  "实物所",
  "一个约",
  "生生活",
  "冰毒性",
  "多普乐",
  "宗合症",
]);
const DOMAINS = { law: "ECSpell 法律训练集中的错例", med: "ECSpell 医疗训练集中的错例" };

const { freq } = jiebaDictionary();
// Every proper substring of a dictionary word of some currency: a wrong form found here may be correct text.
const inWords = new Set();
for (const [w, f] of freq) {
  if (f < 3 || w.length < 3) continue;
  for (let i = 0; i < w.length; i++) for (let j = i + 2; j <= w.length; j++) if (j - i < w.length) inWords.add(w.slice(i, j));
}

const { tokenize } = await import(path.join(root, "packages/rules/dist/util/segmenter.js"));
const fix = await typoFixer();
const clean = cleanFiles()
  .map((f) => readFileSync(f, "utf8"))
  .join("\n");
// Similar characters (../shared/data/confusion, pycorrector, Apache-2.0): a slip an input method or a
// reader's eye makes. Other substitutions in the training data are not the misspellings drafts contain.
const similar = new Map();
for (const [a, b] of confusionLinks()) {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ]) {
    if (!similar.has(x)) similar.set(x, new Set());
    similar.get(x).add(y);
  }
}
const isSlip = (wrong, right) => [...wrong].every((c, i) => c === right[i] || similar.get(right[i])?.has(c));

const HAN = /^[\u4e00-\u9fff]+$/;

const data = JSON.parse(readFileSync(path.join(root, "packages/rules/src/rules/typo/typos.json"), "utf8"));
const known = new Set([...data.entries.map((e) => e.wrong), ...data.entries.map((e) => e.right), ...data.excluded.map((e) => e.wrong)]);

const pairs = new Map(); // wrong → { right, source, spec, rights:Set }
const correctText = [];
for (const [domain, source] of Object.entries(DOMAINS)) {
  for (const line of readFileSync(path.join(shared, `corpus/ecspell/${domain}_train.tsv`), "utf8").split("\n")) {
    const [bad, good] = line.split("\t");
    if (!bad || !good || bad.length !== good.length) continue;
    correctText.push(good);
    const diffs = [];
    for (let i = 0; i < good.length; i++) if (bad[i] !== good[i]) diffs.push(i);
    if (diffs.length === 0) continue;
    for (const t of tokenize(good)) {
      const end = t.start + t.word.length;
      const inside = diffs.filter((i) => i >= t.start && i < end);
      if (inside.length === 0) continue;
      const right = t.word;
      let wrong = "";
      for (let i = t.start; i < end; i++) wrong += inside.includes(i) ? bad[i] : good[i];
      if (right.length < 2 || right.length > 4 || !HAN.test(right) || !HAN.test(wrong)) continue;
      // The clause around the word, with every other slip of the sentence repaired.
      let clauseFrom = "";
      let clauseTo = "";
      for (const m of good.matchAll(CLAUSE)) {
        if (m.index <= t.start && end <= m.index + m[0].length) {
          clauseTo = m[0];
          clauseFrom = m[0].slice(0, t.start - m.index) + wrong + m[0].slice(end - m.index);
        }
      }
      const p = pairs.get(wrong) ?? { right, source, specs: [], rights: new Set() };
      p.rights.add(right);
      if (clauseFrom && p.specs.length < 3) p.specs.push({ from: clauseFrom, to: clauseTo });
      pairs.set(wrong, p);
    }
  }
}
const corrected = correctText.join("\n");

const reasons = new Map();
const drop = (why) => reasons.set(why, (reasons.get(why) ?? 0) + 1);
const kept = [];
for (const [wrong, p] of pairs) {
  const { right } = p;
  if (known.has(wrong)) {
    drop("already listed");
    continue;
  }
  if (REJECTED.has(wrong)) {
    drop("rejected on reading");
    continue;
  }
  if (!isSlip(wrong, right)) {
    drop("not a similar-sound or similar-shape character");
    continue;
  }
  if (p.rights.size > 1) {
    drop("several right forms");
    continue;
  }
  if ((freq.get(right) ?? 0) < MIN_RIGHT_FREQ) {
    drop("right form rare or not a dictionary word");
    continue;
  }
  if ((freq.get(wrong) ?? 0) * 1000 > freq.get(right)) {
    drop("wrong form is a word");
    continue;
  }
  if (inWords.has(wrong)) {
    drop("wrong form is part of a word");
    continue;
  }
  if (clean.includes(wrong) || corrected.includes(wrong)) {
    drop("wrong form in correct text");
    continue;
  }
  if (known.has(right)) {
    drop("right form is another entry's form");
    continue;
  }
  kept.push({ wrong, right, class: "certain", source: p.source, specs: p.specs });
}
// Each spec must come out right with every entry active (one entry can take another's characters:
// 明确真短 has 确真 as well as 真短); repeat until no entry is dropped.
for (let changed = true; changed; ) {
  changed = false;
  const entries = kept.map(({ wrong, right }) => ({ wrong, right }));
  for (let i = kept.length - 1; i >= 0; i--) {
    const e = kept[i];
    const specs = [];
    for (const s of e.specs) if (s.from.length >= e.wrong.length + 2 && (await fix(s.from, entries)) === s.to) specs.push(s);
    if (specs.length === 0) {
      kept.splice(i, 1);
      drop("not fixed in its own clause");
      changed = true;
    } else e.specs = specs.slice(0, 1);
  }
}
// Rights that are wrongs of other kept entries would chain: drop both sides' ambiguity.
const keptWrongs = new Set(kept.map((e) => e.wrong));
const final = kept.filter((e) => !keptWrongs.has(e.right));
console.log(`pairs ${pairs.size}, kept ${final.length}`);
for (const [why, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  dropped ${n}: ${why}`);
if (process.argv.includes("--write")) {
  data.entries.push(...final);
  writeFileSync(path.join(root, "packages/rules/src/rules/typo/typos.json"), `${JSON.stringify(data, null, 1)}\n`);
  console.log("typos.json updated");
} else {
  for (const e of final) console.log(`${e.wrong}\t${e.right}\t${e.specs[0].from}`);
}
