// Builds src/rules/no-duplicated-char/seen-doubles.json: the doubles no-duplicated-char would suggest deleting in
// proofread official text (会同市市容, 可以以书面形式, 原原种), found by running the rule's own pass over
// ../shared/corpus/modern and clean with nothing seen, kept as the contexts of each (doubleContexts: the character
// before with the first copy, "同市" in 会同市市容, and the second copy with the character after, where these are not
// words by themselves). The rule then leaves a double alone when a context was seen: the pair is written on purpose there.
// Measured 2-fold by file (contexts from one half, findings on the other): 0.09–0.12 suggestions per 10k characters.
// Run: npm run build && node packages/rules/scripts/build-seen-doubles.mjs (then build again)
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inputDigest, officialTexts, root } from "./common.mjs";

const out = path.join(root, "packages/rules/src/rules/no-duplicated-char/seen-doubles.json");
const DOUBLE = /(\p{Script=Han})\1/u;

export function seenDoublesInputs() {
  return [...officialTexts(), fileURLToPath(import.meta.url), path.join(root, "packages/rules/src/rules/no-duplicated-char/index.ts")];
}

export async function buildSeenDoubles() {
  const { tag } = await import(path.join(root, "packages/rules/dist/util/segmenter.js"));
  const { doubleContexts, unexplainedDoubles } = await import(path.join(root, "packages/rules/dist/rules/no-duplicated-char/index.js"));
  const contexts = new Set();
  for (const file of seenDoublesInputs().filter((f) => f.endsWith(".txt"))) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!DOUBLE.test(line)) continue;
      // The rule's own pass with nothing seen: every double it would suggest in proofread text.
      for (const at of unexplainedDoubles(line, tag(line), new Set(), new Set())) {
        for (const key of doubleContexts(line, at)) contexts.add(key);
      }
    }
  }
  return { inputs: inputDigest(seenDoublesInputs()), contexts: [...contexts].sort() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const data = await buildSeenDoubles();
  writeFileSync(out, `${JSON.stringify(data)}\n`);
  console.log(`${path.relative(root, out)}: ${data.contexts.length} contexts`);
}
