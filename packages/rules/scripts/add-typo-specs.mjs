// Gives every `typo` entry without self-test specs one, taken from real text: a clause of
// ../shared/corpus/clean (else of the corrected ECSpell training sentences) that contains the right form,
// with the right form turned into the wrong one; failing that, a carrier sentence (大家都说……。) that puts
// words on both sides of it. The spec holds when the rule, with every entry active, turns the text back
// exactly (and leaves the corrected text alone).
// Usage: node packages/rules/scripts/add-typo-specs.mjs [--write]   (after `npm run build`)
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CLAUSE, cleanFiles, root, shared, typoFixer } from "./common.mjs";

if (!existsSync(path.join(shared, "corpus/clean"))) {
  console.log("../shared not found: nothing to do.");
  process.exit(0);
}
const fix = await typoFixer();

// Clauses of 4–40 characters.
const clauses = [];
const add = (text) => {
  for (const m of text.matchAll(CLAUSE)) if (m[0].length >= 4 && m[0].length <= 40) clauses.push(m[0]);
};
for (const f of cleanFiles()) add(readFileSync(f, "utf8"));
for (const set of ["law_train", "med_train"])
  for (const line of readFileSync(path.join(shared, `corpus/ecspell/${set}.tsv`), "utf8").split("\n")) add(line.split("\t")[1] ?? "");

const CARRIERS = ["大家都说#。", "这件事#，值得注意。", "要注意#的问题。", "文中写有#二字。"];
const file = path.join(root, "packages/rules/src/rules/typo/typos.json");
const data = JSON.parse(readFileSync(file, "utf8"));
let added = 0;
const none = [];
for (const e of data.entries) {
  if (e.specs?.length || e.class !== "certain") continue;
  let spec;
  for (const c of clauses) {
    const i = c.indexOf(e.right);
    if (i < 0 || c.length < e.right.length + 2) continue;
    const from = c.slice(0, i) + e.wrong + c.slice(i + e.right.length);
    // The clause must be correct apart from the planted slip: the rule changes only that.
    if ((await fix(c)) !== c) continue;
    if ((await fix(from)) === c) {
      spec = { from, to: c };
      break;
    }
  }
  for (const carrier of CARRIERS) {
    if (spec) break;
    const to = carrier.replace("#", e.right);
    const from = carrier.replace("#", e.wrong);
    if ((await fix(to)) === to && (await fix(from)) === to) spec = { from, to };
  }
  if (spec) {
    e.specs = [spec];
    added++;
  } else none.push(`${e.wrong}→${e.right}`);
}
console.log(`specs added: ${added}; none found for ${none.length}: ${none.join(" ")}`);
if (process.argv.includes("--write")) {
  writeFileSync(file, `${JSON.stringify(data, null, 1)}\n`);
  console.log("typos.json updated");
}
