// npm run eval:csc — how well gwlint finds misspelt characters (Chinese spelling check, CSC).
//
// Lints ../shared/corpus/ecspell/{law_test,med_test,sighan15-test}.tsv as a linter would (one sentence per
// paragraph of a .txt document) and prints sentence-level detection precision/recall/F1 (a sentence counts
// as detected when the flagged characters are exactly its misspelt ones) and character-level detection
// precision/recall, for the dictionary rules alone and with confusable-char; then false alarms of
// confusable-char per 10,000 characters on ../shared/corpus/clean, with its model as shipped and 2-fold
// cross-validated (the character pairs counted on the other half of the documents); and, cross-validated
// the same way, how many of 1,000 slips planted in clean sentences (one same-pinyin character each) it finds.
// It also prints what the sentence-level targets demand of any detector on the test sets (misspellings per
// sentence, the share a similar-character method can reach, the character recall the targets need).
// Options: --train  evaluate on the *_train files instead (for tuning; the test files are for reporting)
//          --threshold X  confusable-char's threshold (default: the rule's)
// Skips cleanly when ../shared is absent.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { cleanFiles, modelLoadMs, root, shared } from "../packages/rules/scripts/common.mjs";

if (!existsSync(path.join(shared, "corpus/ecspell"))) {
  console.log("eval:csc: ../shared/corpus/ecspell not found, nothing to evaluate (skipped).");
  process.exit(0);
}
const args = process.argv.slice(2);
const train = args.includes("--train");
const thresholdArg = args.indexOf("--threshold");
const threshold = thresholdArg >= 0 ? Number(args[thresholdArg + 1]) : undefined;

const { Engine, resolveConfig } = await import("@gongwen-lint/core");
const cc = await import(path.join(root, "packages/rules/dist/rules/confusable-char/index.js"));
const { Detector } = await import(path.join(root, "packages/rules/dist/rules/confusable-char/detector.js"));
const { pack } = await import(path.join(root, "packages/rules/dist/rules/confusable-char/packed.js"));
const { tokenize } = await import(path.join(root, "packages/rules/dist/util/segmenter.js"));
const { buildModel } = await import(path.join(root, "packages/rules/scripts/build-confusable-model.mjs"));

const DICTIONARY = ["typo", "variant-word"];
const engine = new Engine();
const configFor = (ids) => resolveConfig({ rules: threshold === undefined ? {} : { "confusable-char": { threshold } } }, undefined, { only: ids });

/** Characters a finding marks: those its fix or suggestion changes, else its whole range. */
function flagged(m) {
  const fix = m.fix ?? m.suggestions?.[0]?.fix;
  if (fix && fix.range[1] - fix.range[0] === fix.text.length) {
    const out = [];
    for (let i = 0; i < fix.text.length; i++) out.push(fix.range[0] + i);
    return { at: out, fix };
  }
  return { at: Array.from({ length: m.range[1] - m.range[0] }, (_, i) => m.range[0] + i) };
}

async function evaluate(file, ids) {
  const pairs = readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.split("\t"))
    .filter(([a, b]) => a && b && a.length === b.length && !a.includes("\r"));
  // Each sentence is its own document, as the benchmark's sentences are independent (a rule that looks at
  // the whole document — a term used throughout — must not see the other sentences).
  const marked = pairs.map(() => new Set());
  for (const [line, [a]] of pairs.entries()) {
    const result = await engine.lintText(a, configFor(ids), "eval.txt");
    for (const m of result.messages) {
      const { at: positions, fix } = flagged(m);
      for (const i of positions) {
        // A fix that keeps a character as it is does not mark it.
        if (fix && fix.text[i - fix.range[0]] === a[i]) continue;
        marked[line].add(i);
      }
    }
  }
  let gold = 0,
    predicted = 0,
    tp = 0,
    correctFlagged = 0,
    correct = 0,
    partial = 0;
  let charGold = 0,
    charPred = 0,
    charTp = 0;
  pairs.forEach(([bad, good], k) => {
    const errs = new Set();
    for (let i = 0; i < bad.length; i++) if (bad[i] !== good[i]) errs.add(i);
    const flags = marked[k];
    if (errs.size) gold++;
    else correct++;
    if (flags.size) predicted++;
    if (!errs.size && flags.size) correctFlagged++;
    const allRight = [...flags].every((i) => errs.has(i));
    if (errs.size && flags.size === errs.size && allRight) tp++;
    else if (flags.size && allRight) partial++;
    charGold += errs.size;
    charPred += flags.size;
    for (const i of flags) if (errs.has(i)) charTp++;
  });
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return {
    sentences: pairs.length,
    gold,
    correct,
    correctFlagged,
    partial,
    wrong: predicted - tp - partial,
    p,
    r,
    f1: p + r ? (2 * p * r) / (p + r) : 0,
    cp: charPred ? charTp / charPred : 0,
    cr: charGold ? charTp / charGold : 0,
  };
}

const pct = (x) => `${(100 * x).toFixed(1)}%`.padStart(6);
const sets = train ? ["law_train", "med_train"] : ["law_test", "med_test", "sighan15-test"];
console.log(
  `gwlint CSC evaluation on ${train ? "training (tuning)" : "test"} sets; confusable-char threshold ${threshold ?? cc.DEFAULT_THRESHOLD}\n`,
);
console.log(
  "set            rules                             sent.  misspelt  sent-P  sent-R  sent-F1  char-P  char-R  flagged: partial wrong  correct flagged",
);
for (const set of sets) {
  const file = path.join(shared, `corpus/ecspell/${set}.tsv`);
  /** @type {Array<[string, string[]]>} */
  const variants = [
    ["dictionary (typo, variant-word)", DICTIONARY],
    ["+ confusable-char", [...DICTIONARY, "confusable-char"]],
  ];
  for (const [label, ids] of variants) {
    const r = await evaluate(file, ids);
    console.log(
      `${set.padEnd(14)} ${label.padEnd(33)} ${String(r.sentences).padStart(5)} ${String(r.gold).padStart(9)}  ${pct(r.p)}  ${pct(r.r)}  ${pct(r.f1)}   ${pct(r.cp)}  ${pct(r.cr)}  ${String(r.partial).padStart(16)} ${String(r.wrong).padStart(5)}  ${r.correctFlagged}/${r.correct}`,
    );
  }
}

// What the sentence-level targets demand of any detector on these sets.
console.log(
  "\nwhat sentence-level figures need: misspelt characters per misspelt sentence; share whose correction is one of the\n" +
    "rule's similar-sound/shape characters; character recall at which sentence P ≥ 85 % and R ≥ 40 % would be reached if every\n" +
    "flagged character were right and each misspelling were found independently (a partly found sentence counts as wrong):",
);
const { confusion } = JSON.parse(readFileSync(path.join(root, "packages/rules/src/rules/confusable-char/model.json"), "utf8"));
for (const set of sets) {
  const perSentence = new Map();
  let errors = 0;
  let reachable = 0;
  for (const line of readFileSync(path.join(shared, `corpus/ecspell/${set}.tsv`), "utf8").split("\n")) {
    const [bad, good] = line.split("\t");
    if (!good || bad.length !== good.length) continue;
    let k = 0;
    for (let i = 0; i < bad.length; i++) {
      if (bad[i] === good[i]) continue;
      k++;
      if ((confusion[bad[i]] ?? "").includes(good[i])) reachable++;
    }
    if (k) perSentence.set(k, (perSentence.get(k) ?? 0) + 1);
    errors += k;
  }
  const sentences = [...perSentence.values()].reduce((a, b) => a + b, 0);
  const figures = (r) => {
    let exact = 0;
    let flaggedSentences = 0;
    for (const [k, n] of perSentence) {
      exact += n * r ** k;
      flaggedSentences += n * (1 - (1 - r) ** k);
    }
    return { p: exact / flaggedSentences, r: exact / sentences };
  };
  let needed = 1;
  for (let r = 0.01; r <= 1; r += 0.01) {
    const f = figures(r);
    if (f.p >= 0.85 && f.r >= 0.4) {
      needed = r;
      break;
    }
  }
  const counts = [...perSentence]
    .sort((a, b) => a[0] - b[0])
    .map(([k, n]) => `${k}:${n}`)
    .join(" ");
  console.log(`  ${set.padEnd(14)} ${counts.padEnd(28)} similar ${pct(reachable / errors)}   character recall needed ≥ ${pct(needed)}`);
}

// False alarms on proofread official text.
const files = cleanFiles();
const chars = files.reduce((n, f) => n + readFileSync(f, "utf8").length, 0);
let shippedCount = 0;
for (const f of files) {
  const result = await engine.lintText(readFileSync(f, "utf8"), configFor(["confusable-char"]), f);
  shippedCount += result.messages.length;
}
// Cross-validated: false alarms on each half, and slips planted in each half, with pairs counted on the other.
const options = threshold === undefined ? {} : { threshold };
let cvCount = 0;
const planted = { sentences: 0, found: 0, elsewhere: 0, flagged: 0 };
for (const half of [0, 1]) {
  const modelFiles = files.filter((_, i) => i % 2 !== half);
  const model = buildModel(modelFiles);
  const det = new Detector(pack(model));
  const lines = files.filter((_, i) => i % 2 === half).flatMap((f) => readFileSync(f, "utf8").split("\n"));
  for (const line of lines) cvCount += cc.findConfusables(line, options, det).length;
  plantSlips(lines, model, half, (text, at) => {
    const found = cc.findConfusables(text, options, det);
    planted.sentences++;
    planted.flagged += found.length;
    if (found.some((c) => c.index === at)) planted.found++;
    planted.elsewhere += found.filter((c) => c.index !== at).length;
  });
}
const per10k = (n) => ((n / chars) * 1e4).toFixed(2);
console.log(`\nclean corpus (${chars} chars), confusable-char false alarms per 10,000 chars:`);
console.log(`  model as shipped (its character pairs include these documents): ${shippedCount} = ${per10k(shippedCount)}`);
console.log(`  2-fold cross-validated (pairs counted on the other half):        ${cvCount} = ${per10k(cvCount)}`);
console.log(
  `\nslips planted in clean sentences (a character of a word replaced by one of the same pinyin, as a pinyin input method\n` +
    `would offer it; 2-fold, pairs counted on the other half): ${planted.sentences} sentences, slip found in ${planted.found} ` +
    `(recall ${pct(planted.found / planted.sentences).trim()}), other characters flagged ${planted.elsewhere} ` +
    `(precision ${pct(planted.found / Math.max(1, planted.found + planted.elsewhere)).trim()})`,
);

/**
 * Calls `check(text, index)` for up to SLIPS sentences of `lines`, each with one slip planted at `index`:
 * a character inside a word of two to four Chinese characters replaced by another of the same pinyin (same
 * tone first, as input methods rank them), frequent characters more likely. Deterministic (seeded).
 */
function plantSlips(lines, model, seed, check) {
  const SLIPS = 500;
  let state = 0x9e3779b9 ^ seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const sentences = lines.flatMap((l) => l.split(/(?<=[。；！？])/u)).filter((s) => /^[\u4e00-\u9fff，、“”：]{8,60}[。；！？]$/u.test(s));
  let done = 0;
  for (let tries = 0; done < SLIPS && tries < 20 * SLIPS; tries++) {
    const text = sentences[Math.floor(random() * sentences.length)];
    const words = tokenize(text).filter((t) => t.word.length >= 2 && t.word.length <= 4 && /^[\u4e00-\u9fff]+$/u.test(t.word));
    if (!words.length) continue;
    const word = words[Math.floor(random() * words.length)];
    const at = word.start + Math.floor(random() * word.word.length);
    const [same = "", other = ""] = (model.confusion[text[at]] ?? "").split("|");
    const pool = [...(random() < 0.8 && same ? same : same + other)].filter((c) => (model.words[c] ?? 0) >= 1000);
    if (!pool.length) continue;
    const total = pool.reduce((n, c) => n + model.words[c], 0);
    let pick = random() * total;
    const slip = pool.find((c) => (pick -= model.words[c]) < 0) ?? pool[0];
    check(text.slice(0, at) + slip + text.slice(at + 1), at);
    done++;
  }
}

const load = modelLoadMs();
console.log(
  `\nmodel load: ${load.toFixed(0)} ms (model.bin ${(statSync(path.join(root, "packages/rules/dist/rules/confusable-char/model.bin")).size / 1048576).toFixed(1)} MB)`,
);
