// What the data scripts share: where things are, jieba's dictionary, the clean corpus, the typo rule as a fixer.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const shared = path.resolve(root, "../shared");
const require = createRequire(path.join(root, "packages/rules/package.json"));

/** jieba's dictionary as word → frequency, and the sum of all frequencies. */
export function jiebaDictionary() {
  const dict = readFileSync(jiebaDictionaryFile(), "utf8");
  const freq = new Map();
  let total = 0;
  for (const line of dict.split("\n")) {
    const [w, f] = line.split(" ");
    if (!w) continue;
    freq.set(w, Number(f));
    total += Number(f);
  }
  return { freq, total };
}

/** jieba with its own dictionary only (no lexicon), as the data scripts measure against it. */
export function jieba() {
  const { Jieba } = require("@node-rs/jieba");
  return Jieba.withDict(readFileSync(jiebaDictionaryFile()));
}

/** The .txt files of ../shared/corpus/modern, then of clean: the proofread official texts the data scripts count. */
export function officialTexts() {
  return ["corpus/modern", "corpus/clean"].flatMap((d) => {
    const dir = path.join(shared, d);
    return readdirSync(dir)
      .sort()
      .filter((f) => f.endsWith(".txt"))
      .map((f) => path.join(dir, f));
  });
}

/** The clean corpus's files, in a fixed order. */
export function cleanFiles() {
  const dir = path.join(shared, "corpus/clean");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt") || f.endsWith(".md"))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Similar characters from ../shared/data/confusion (pycorrector, Apache-2.0) as links [a, b, kind]:
 * kind 0 same pinyin and tone, 1 same pinyin in another tone, 2 similar shape.
 * @returns {Array<[string, string, number]>}
 */
export function confusionLinks() {
  /** @type {Array<[string, string, number]>} */
  const links = [];
  for (const line of readFileSync(path.join(shared, "data/confusion/same-pinyin.txt"), "utf8").split("\n")) {
    if (line.startsWith("#")) continue;
    const [c, same = "", other = ""] = line.split("\t");
    if (!c) continue;
    for (const d of same) links.push([c, d, 0]);
    for (const d of other) links.push([c, d, 1]);
  }
  for (const line of readFileSync(path.join(shared, "data/confusion/same-stroke.txt"), "utf8").split("\n")) {
    const group = [...line.replace(/\s+/g, "")];
    for (const a of group) for (const b of group) if (a !== b) links.push([a, b, 2]);
  }
  return links;
}

/** Clauses: runs between punctuation marks and spaces. */
export const CLAUSE = /[^，。；：、！？,.;:!?（）()“”"《》\s]+/g;

/** `fix(text, entries?)`: the text after the built typo rule's fixes (with extra entries if given). */
export async function typoFixer() {
  const typo = (await import(path.join(root, "packages/rules/dist/rules/typo/index.js"))).default;
  const { TextlintKernel } = await import(require.resolve("@textlint/kernel"));
  const text = require("@textlint/textlint-plugin-text");
  const kernel = new TextlintKernel();
  return async (input, entries) =>
    (
      await kernel.fixText(input, {
        ext: ".txt",
        plugins: [{ pluginId: "text", plugin: text.default ?? text }],
        rules: [{ ruleId: "typo", rule: typo.rule, options: entries ? { entries } : {} }],
      })
    ).output;
}

/** Milliseconds confusable-char takes to load its model in a fresh process, as each worker pays it. */
export function modelLoadMs() {
  const module = path.join(root, "packages/rules/dist/rules/confusable-char/index.js");
  const script = `const t = performance.now(); (await import(${JSON.stringify(module)})).getDetector(); console.log(performance.now() - t);`;
  return Number(spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }).stdout);
}

/**
 * A digest of a generated file's inputs (data files and the scripts that read them): sha256 over each file's name
 * (relative to the repository or to ../shared) and its bytes, in name order. Written into the generated file, and
 * checked by the tests where ../shared is present, so a changed input without a rebuild is noticed.
 */
export function inputDigest(files) {
  const hash = createHash("sha256");
  // Named relative to the repository or to ../shared, wherever either is checked out.
  const label = (file) => {
    const inShared = path.relative(shared, file);
    const rel = inShared.startsWith("..") ? `repo/${path.relative(root, file)}` : `shared/${inShared}`;
    return rel.split(path.sep).join("/");
  };
  for (const file of [...files].map((f) => path.resolve(f)).sort((a, b) => (label(a) < label(b) ? -1 : 1))) {
    hash.update(label(file));
    hash.update("\0");
    hash.update(readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** The jieba dictionary file the scripts read. */
export const jiebaDictionaryFile = () => path.join(path.dirname(require.resolve("@node-rs/jieba/package.json")), "dict.txt");
