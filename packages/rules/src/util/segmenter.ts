// Chinese word segmentation (@node-rs/jieba), shared by every rule in a process or worker thread and
// loaded on first use: building the dictionary takes about 0.25 s, paid once, and only by runs that
// contain Chinese text.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Jieba } from "@node-rs/jieba";

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
  }
  return jieba;
}

export interface Token {
  word: string;
  /** UTF-16 offset in the segmented text. */
  start: number;
}

// textlint calls every rule for a paragraph in turn, so the last result is what the next rule asks for.
let lastCut: { text: string; tokens: Token[] } | undefined;
let lastTag: { text: string; tokens: TaggedToken[] } | undefined;

/** Words of `text` with their offsets (jieba, HMM off: dictionary words only). */
export function tokenize(text: string): Token[] {
  if (lastCut?.text === text) return lastCut.tokens;
  // Tagging segments the same way (HMM off) and costs three cuts: reuse it when a rule just tagged this text.
  if (lastTag?.text === text) return lastTag.tokens;
  const out: Token[] = [];
  let at = 0;
  for (const word of segmenter().cut(text, false)) {
    out.push({ word, start: at });
    at += word.length;
  }
  lastCut = { text, tokens: out };
  return out;
}

export interface TaggedToken extends Token {
  /** jieba part-of-speech tag (ICTCLAS set: v verb, n noun, p preposition, uj 的, x punctuation …). */
  tag: string;
}

/** Words with offsets and part-of-speech tags. */
export function tag(text: string): TaggedToken[] {
  if (lastTag?.text === text) return lastTag.tokens;
  const out: TaggedToken[] = [];
  let at = 0;
  for (const { word, tag: t } of segmenter().tag(text, false)) {
    out.push({ word, tag: t, start: at });
    at += word.length;
  }
  lastTag = { text, tokens: out };
  return out;
}

/** Offsets where a word starts or ends (0 and text.length included). */
export function wordBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>([0, text.length]);
  for (const t of tokenize(text)) boundaries.add(t.start).add(t.start + t.word.length);
  return boundaries;
}
