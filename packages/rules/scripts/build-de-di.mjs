// Builds src/rules/de-di-de/adverbial.json: how often proofread official text writes each modifier before 地 and
// before 的 (积极地/积极的), and each verb after 地 and after 的 (地推进/的推进), counted with jieba's tags over
// ../shared/corpus/modern and clean (有 + a noun counted as one modifier too: 有计划地). de-di-de reads "X的V" as a slip
// for "X地V" when the odds of 地 for X and for V together are high enough (see the rule), so it learns adverbials
// beyond its word lists.
// Only words seen with 地 are kept. Run: npm run build && node packages/rules/scripts/build-de-di.mjs
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inputDigest, officialTexts, root } from "./common.mjs";

const out = path.join(root, "packages/rules/src/rules/de-di-de/adverbial.json");
const HAN = /\p{Script=Han}/u;

export function deDiInputs() {
  return [...officialTexts(), fileURLToPath(import.meta.url), path.join(root, "packages/rules/src/lexicon/lexicon.json")];
}

/** @param {(file: string, index: number) => boolean} [use] which corpus files to count (all by default) */
export async function buildDeDi(use = () => true) {
  const { tag } = await import(path.join(root, "packages/rules/dist/util/segmenter.js"));
  /** @type {Record<string, Map<string, number>>} */
  const m = { modifierDi: new Map(), modifierDe: new Map(), verbDi: new Map(), verbDe: new Map() };
  const inc = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
  deDiInputs()
    .filter((f) => f.endsWith(".txt"))
    .forEach((file, k) => {
      if (!use(file, k)) return;
      for (const line of readFileSync(file, "utf8").split("\n")) {
        const t = tag(line);
        for (let i = 1; i + 1 < t.length; i++) {
          const w = t[i].word;
          const x = t[i - 1].word;
          const v = t[i + 1].word;
          if (!HAN.test(x) || !HAN.test(v)) continue;
          // 有计划地、有步骤地: 有 + a noun is one modifier, counted as such as well.
          const have = i >= 2 && t[i - 2].word === "有" ? `有${x}` : undefined;
          if (w === "地" && t[i].tag === "uv") {
            inc(m.modifierDi, x);
            if (have) inc(m.modifierDi, have);
            inc(m.verbDi, v);
          } else if (w === "的") {
            inc(m.modifierDe, x);
            if (have) inc(m.modifierDe, have);
            inc(m.verbDe, v);
          }
        }
      }
    });
  const pairs = (di, de) => [...di.keys()].sort().map((w) => [w, di.get(w), de.get(w) ?? 0]);
  return {
    inputs: inputDigest(deDiInputs()),
    modifiers: pairs(m.modifierDi, m.modifierDe),
    verbs: pairs(m.verbDi, m.verbDe),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const data = await buildDeDi();
  writeFileSync(out, `${JSON.stringify(data)}\n`);
  console.log(`${path.relative(root, out)}: ${data.modifiers.length} modifiers, ${data.verbs.length} verbs`);
}
