// Builds src/rules/no-deletion-residue/before-de.json: prepositions and verbs that, in proofread official text,
// (almost) never stand directly before 的. Seen there in a draft (按照的要求, 在的坚强领导下, 加强的领导), the
// owner or object between them was deleted. Counted with jieba's tags (HMM off, the lexicon loaded, as the rules
// segment) over ../shared/corpus/modern and clean: words tagged p or v seen at least MIN_COUNT times, of which at
// most MAX_RATE stand before 的.
// Run: npm run build && node packages/rules/scripts/build-before-de.mjs
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inputDigest, officialTexts, root } from "./common.mjs";

const out = path.join(root, "packages/rules/src/rules/no-deletion-residue/before-de.json");
const MIN_COUNT = 30;
const MAX_RATE = 0.002;

export function beforeDeInputs() {
  return [...officialTexts(), fileURLToPath(import.meta.url), path.join(root, "packages/rules/src/lexicon/lexicon.json")];
}

export async function buildBeforeDe() {
  const { tag } = await import(path.join(root, "packages/rules/dist/util/segmenter.js"));
  const total = new Map();
  const before = new Map();
  for (const file of beforeDeInputs().filter((f) => f.endsWith(".txt"))) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      const t = tag(line);
      for (let k = 0; k < t.length; k++) {
        if (t[k].tag !== "p" && t[k].tag !== "v") continue;
        const key = `${t[k].word}\t${t[k].tag}`;
        total.set(key, (total.get(key) ?? 0) + 1);
        if (t[k + 1]?.word === "的") before.set(key, (before.get(key) ?? 0) + 1);
      }
    }
  }
  const words = [...total]
    .filter(([key, n]) => n >= MIN_COUNT && (before.get(key) ?? 0) / n <= MAX_RATE && /^\p{Script=Han}+\t/u.test(key))
    .map(([key, n]) => [...key.split("\t"), n, before.get(key) ?? 0])
    .sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
  return { inputs: inputDigest(beforeDeInputs()), minCount: MIN_COUNT, maxRate: MAX_RATE, words };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const data = await buildBeforeDe();
  writeFileSync(out, `${JSON.stringify(data)}\n`);
  console.log(`${path.relative(root, out)}: ${data.words.length} words`);
}
