// Builds src/rules/no-duplicated-char/seen-doubles.json: where proofread official text writes a character twice in
// a row (市市容, 立法法, 居住国国籍, 淇河河道, 乡乡有文化站), counted over ../shared/corpus/modern and clean, as
// the two contexts of each double: the character before with the first copy ("同市" in 会同市市容) and the second
// copy with the character after ("市容"). no-duplicated-char does not suggest deleting a copy of a double whose
// either context was seen: the pair is written on purpose there. Numerals, triples and AABB runs are left out
// (the rule skips them anyway).
// Run: node packages/rules/scripts/build-seen-doubles.mjs
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inputDigest, officialTexts, root } from "./common.mjs";

const out = path.join(root, "packages/rules/src/rules/no-duplicated-char/seen-doubles.json");
const HAN = /\p{Script=Han}/u;
const NUMERALS = "一二三四五六七八九十百千万亿零〇两";

export function seenDoublesInputs() {
  return [...officialTexts(), fileURLToPath(import.meta.url)];
}

export function buildSeenDoubles() {
  const counts = new Map();
  for (const file of seenDoublesInputs().filter((f) => f.endsWith(".txt"))) {
    const text = readFileSync(file, "utf8");
    for (let i = 0; i + 1 < text.length; i++) {
      const x = text[i];
      if (x !== text[i + 1] || !HAN.test(x) || NUMERALS.includes(x)) continue;
      if (text[i - 1] === x || text[i + 2] === x || text[i + 2] === text[i + 3] || text[i - 2] === text[i - 1]) continue;
      for (const key of [text[i - 1] + x, x + text[i + 2]]) if (HAN.test(key[0]) && HAN.test(key[1])) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const contexts = [...counts.keys()].sort();
  return { inputs: inputDigest(seenDoublesInputs()), contexts };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const data = buildSeenDoubles();
  writeFileSync(out, `${JSON.stringify(data)}\n`);
  console.log(`${path.relative(root, out)}: ${data.contexts.length} contexts`);
}
