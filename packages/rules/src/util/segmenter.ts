// Chinese word segmentation (@node-rs/jieba), shared by every rule in a process or worker thread. The dictionary
// is loaded as texts need it: the words starting with a text's characters before the text is cut (a one-line file
// loads a few thousand words in milliseconds, not 349,000 in 130-250 ms), and all the rest at once after a few such
// loads, so that a long batch pays for one whole dictionary. A cut sees the same words and the same total frequency
// as with the whole dictionary loaded, so it is the same cut (segmenter.test.ts compares them).
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Jieba, TaggedWord } from "@node-rs/jieba";
import lexicon from "../lexicon/lexicon.json" with { type: "json" };
import { deserializeDictionary, type PackedDictionary, packDictionary } from "./segmenter-dict.js";

const require = createRequire(import.meta.url);

/** jieba's dictionary file (word, frequency, tag per line). */
export function dictionaryPath(): string {
  return path.join(path.dirname(require.resolve("@node-rs/jieba/package.json")), "dict.txt");
}

let packedHere: PackedDictionary | undefined;
/** The merged dictionary: packed by the build next to this module, else (running from source) packed here once. */
export function packedDictionary(): PackedDictionary {
  const bin = new URL("./segmenter-dict.bin", import.meta.url);
  if (existsSync(bin)) return deserializeDictionary(readFileSync(bin));
  packedHere ??= packDictionary(readFileSync(dictionaryPath(), "utf8"), lexiconLines());
  return packedHere;
}

/**
 * A word of four Unicode noncharacters (reserved for a program's internal use, not for text): it carries the
 * frequency of the words not loaded yet, so that jieba's total (every word's probability is its frequency over it)
 * is the whole dictionary's. Only a text holding exactly this sequence could be cut differently.
 */
const BALANCE = "\uFDD0\uFDD1\uFDD2\uFDD3";
/** Loads of some characters' words before the rest of the dictionary is loaded at once. */
const PARTIAL_LOADS = 8;

/** jieba's cuts, with the dictionary loaded as they need it. */
export class Segmenter {
  private readonly jieba: Jieba;
  private dict: PackedDictionary;
  private readonly covered = new Set<number>();
  private loadedFreq = 0;
  private loads = 0;
  private complete = false;

  constructor() {
    const { Jieba: JiebaClass } = require("@node-rs/jieba") as typeof import("@node-rs/jieba");
    this.jieba = new JiebaClass();
    this.dict = packedDictionary();
    this.load([]);
  }

  cut(text: string, hmm?: boolean): string[] {
    if (!this.complete) this.cover(text);
    return this.jieba.cut(text, hmm);
  }

  cutAll(text: string): string[] {
    if (!this.complete) this.cover(text);
    return this.jieba.cutAll(text);
  }

  tag(text: string, hmm?: boolean): TaggedWord[] {
    if (!this.complete) this.cover(text);
    return this.jieba.tag(text, hmm);
  }

  /** Whether the whole dictionary is loaded. */
  get wholeDictionary(): boolean {
    return this.complete;
  }

  /** Loads the whole dictionary now (with `parts`, lines taken but not loaded yet). */
  loadAll(parts: Uint8Array[] = []): void {
    if (this.complete) return;
    for (const first of this.dict.ranges.keys()) {
      const lines = this.take(first);
      if (lines) parts.push(lines);
    }
    this.complete = true;
    this.load(parts);
    // Loaded: jieba has the words; the packed lines (5 MB) are not needed any more.
    this.dict = { lines: new Uint8Array(0), total: 0, ranges: new Map() };
  }

  /** Loads the words that start with a character of `text` and are not loaded yet. */
  private cover(text: string): void {
    let parts: Uint8Array[] | undefined;
    for (let i = 0; i < text.length; i++) {
      const c = text.codePointAt(i)!;
      if (c > 0xffff) i++;
      const lines = this.take(c);
      if (lines) (parts ??= []).push(lines);
    }
    if (!parts) return;
    if (++this.loads > PARTIAL_LOADS) this.loadAll(parts);
    else this.load(parts);
  }

  /** The lines of a character's words, marked as loaded; undefined if it has none or they were taken before. */
  private take(first: number): Uint8Array | undefined {
    if (this.covered.has(first)) return undefined;
    this.covered.add(first);
    const range = this.dict.ranges.get(first);
    if (!range) return undefined;
    this.loadedFreq += range.freq;
    return this.dict.lines.subarray(range.start, range.end);
  }

  private load(parts: Uint8Array[]): void {
    parts.push(Buffer.from(`${BALANCE} ${this.dict.total - this.loadedFreq} x\n`));
    this.jieba.loadDict(Buffer.concat(parts));
  }
}

let shared: Segmenter | undefined;

export function segmenter(): Segmenter {
  shared ??= new Segmenter();
  return shared;
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
