// Chinese word segmentation (@node-rs/jieba), shared by every rule in a process or worker thread and
// loaded on first use: building the dictionary takes about 0.25 s, paid once, and only by runs that
// contain Chinese text.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Jieba } from "@node-rs/jieba";
import lexicon from "../lexicon/lexicon.json" with { type: "json" };

const require = createRequire(import.meta.url);
let jieba: Jieba | undefined;

/** jieba's dictionary file (word, frequency, tag per line). */
export function dictionaryPath(): string {
  return path.join(path.dirname(require.resolve("@node-rs/jieba/package.json")), "dict.txt");
}

export function segmenter(): Jieba {
  if (!jieba) {
    const { Jieba: JiebaClass } = require("@node-rs/jieba") as typeof import("@node-rs/jieba");
    // The package's `dict` export also reads the 6 MB IDF table, which segmentation does not use.
    const dict = readFileSync(dictionaryPath());
    jieba = JiebaClass.withDict(dict);
    jieba.loadDict(Buffer.from(lexiconLines()));
  }
  return jieba;
}

/** The words of lexicon.json (current official vocabulary jieba lacks), as jieba dictionary lines. */
export function lexiconLines(): string {
  return (lexicon as unknown as { entries: Array<[string, number, string, string]> }).entries.map(([w, f, t]) => `${w} ${f} ${t}\n`).join("");
}

export interface Token {
  word: string;
  /** UTF-16 offset in the segmented text. */
  start: number;
}

export interface TaggedToken extends Token {
  /** jieba part-of-speech tag (ICTCLAS set: v verb, n noun, p preposition, uj 的, x punctuation …). */
  readonly tag: string;
}

// textlint calls every rule for a paragraph in turn, so the last result is what the next rule asks for: one cut
// per paragraph serves them all.
let last: { text: string; tokens: TaggedToken[] } | undefined;

/**
 * A word of a cut. Its tag is looked up when a rule first asks for it: with HMM off, jieba tags a word by its
 * dictionary entry alone (or by its characters: x, m, eng), whatever surrounds it, so tagOf gives the tag jieba's
 * own tagging would (segmenter.test.ts compares them on real text). Most words' tags are never asked for.
 */
class Word implements TaggedToken {
  private t: string | undefined;
  constructor(
    readonly word: string,
    readonly start: number,
  ) {}
  get tag(): string {
    this.t ??= tagOf(this.word);
    return this.t;
  }
}

/** Words of `text` with their offsets (jieba, HMM off: dictionary words only). */
export function tokenize(text: string): Token[] {
  return tag(text);
}

/** Words with offsets and part-of-speech tags. */
export function tag(text: string): TaggedToken[] {
  if (last?.text === text) return last.tokens;
  const out: TaggedToken[] = [];
  let at = 0;
  for (const word of segmenter().cut(text, false)) {
    out.push(new Word(word, at));
    at += word.length;
  }
  last = { text, tokens: out };
  return out;
}

/** Offsets where a word starts or ends (0 and text.length included). */
export function wordBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>([0, text.length]);
  for (const t of tokenize(text)) boundaries.add(t.start).add(t.start + t.word.length);
  return boundaries;
}

/** Whether a dictionary word of two or more characters (jieba's or the lexicon's) starts at text[at]. */
export function startsWord(text: string, at: number): boolean {
  const head = text.slice(at, at + 8);
  return segmenter()
    .cutAll(head)
    .some((w) => w.length >= 2 && head.startsWith(w));
}

const dictionaryWords = new Map<string, boolean>();
/** Whether `word` (two or more characters) is one word of jieba's dictionary or the lexicon (代代、息息相通). */
export function isDictionaryWord(word: string): boolean {
  let known = dictionaryWords.get(word);
  if (known === undefined) {
    known = word.length >= 2 && segmenter().cut(word, false).length === 1;
    dictionaryWords.set(word, known);
  }
  return known;
}

const wordTags = new Map<string, string>();
/** Words of a long batch are many; the common ones come back at once after a clear. */
const MAX_TAGS = 100_000;
/** jieba's tag for `word` read alone (its dictionary tag for a word it knows). */
export function tagOf(word: string): string {
  let t = wordTags.get(word);
  if (t === undefined) {
    t = segmenter().tag(word, false)[0]?.tag ?? "x";
    if (wordTags.size >= MAX_TAGS) wordTags.clear();
    wordTags.set(word, t);
  }
  return t;
}

/**
 * Whether a dictionary match text[index, index + word.length) is a whole word of its clause, so that
 * replacing it by `right` is a correction and not a coincidence of two words meeting (福建/已, 省份/外,
 * 电梯/内). Both ends must fall on word boundaries, or the slip ends a compound that is one word once
 * corrected (个人帐户, 银行帐户), or a rare word glued to it gives way to a clean correction (工作台/帐 → 工作/台账;
 * not 动物园/因 → 动物/原因). A form of three or more characters needs only its end on a boundary.
 */
export function isWholeWord(
  text: string,
  index: number,
  word: string,
  right: string,
  boundaries: Set<number> = wordBoundaries(text),
  rare: (word: string) => boolean = () => false,
): boolean {
  const end = index + word.length;
  if (!boundaries.has(end)) return false;
  // Three or more characters rarely meet by chance; segmentation may glue their start to a word (说穿/流不息).
  if (boundaries.has(index) || word.length >= 3) return true;
  const tokens = tokenize(text);
  const straddling = tokens.find((t) => t.start < index && index < t.start + t.word.length);
  if (!straddling) return false;
  // A compound that holds the slip whole and is one word once corrected: 个人帐户 → 个人账户. (Not a word that
  // the correction would split: 动物园因 is not 动物原因, 福建已 not 福建议.)
  const rest = text.slice(straddling.start, index);
  if (straddling.start + straddling.word.length === end) {
    const parts = segmenter().cut(rest + right, false);
    return parts.length === 1 || parts[parts.length - 1] === right; // 个人账户, 银行/账户
  }
  // A rare word glued to the slip (工作台/帐) gives way when the correction segments cleanly (工作/台账).
  const cut = segmenter().cut(rest + right + text.slice(end, end + 4), false);
  return rare(straddling.word) && rest.length >= 2 && cut[0] === rest && cut[1] === right;
}
