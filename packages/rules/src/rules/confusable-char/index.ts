import { existsSync, readFileSync } from "node:fs";
import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { onEachBlock, reportSpan } from "../../util/blocks.js";
import { WordMatcher } from "../../util/matcher.js";
import { tokenize, type Token } from "../../util/segmenter.js";
import { nameMask } from "../../util/names.js";
import typos from "../typo/typos.json" with { type: "json" };
import variants from "../variant-word/yixingci.json" with { type: "json" };
import { Detector, type Candidate } from "./detector.js";
import { deserialize, pack, type ModelJson, type Packed } from "./packed.js";
import { oncePerValue } from "../../util/once.js";

export interface Options {
  /** Report only at or above this confidence (0–1). */
  threshold?: number;
  /** Words never to report (names, terms of the trade). */
  allow?: string[];
}

export const DEFAULT_THRESHOLD = 0.6;

// Loaded on first use. The build packs model.json into model.bin next to the compiled module (and the
// extension's bundle); running from source (tests), the JSON is packed in memory instead.
let model: Packed | undefined;
export function packedModel(): Packed {
  if (!model) {
    const bin = new URL("./model.bin", import.meta.url);
    model = existsSync(bin)
      ? deserialize(readFileSync(bin))
      : pack(JSON.parse(readFileSync(new URL("./model.json", import.meta.url), "utf8")) as ModelJson);
  }
  return model;
}

let detector: Detector | undefined;
export function getDetector(): Detector {
  detector ??= new Detector(packedModel());
  return detector;
}

// Another rule reports these (and its fix is surer): the wrong forms of typo and variant-word. Checked
// only around what the detector found, which is rare, instead of matching every paragraph again.
let dictionaryWords: { words: Set<string>; longest: number } | undefined;
function dictionary(): { words: Set<string>; longest: number } {
  if (!dictionaryWords) {
    const words = new Set([
      ...(typos as { entries: Array<{ wrong: string }> }).entries.map((e) => e.wrong),
      ...(variants as { entries: Array<{ variant: string }> }).entries.map((e) => e.variant),
    ]);
    dictionaryWords = { words, longest: Math.max(...[...words].map((w) => w.length)) };
  }
  return dictionaryWords;
}

/** Whether a dictionary wrong form overlaps text[start, end). */
export function inDictionaryWord(text: string, start: number, end: number): boolean {
  const { words, longest } = dictionary();
  for (let i = Math.max(0, start - longest + 1); i < end; i++) {
    for (let len = Math.max(2, start - i + 1); len <= longest && i + len <= text.length; len++) if (words.has(text.slice(i, i + len))) return true;
  }
  return false;
}

const IS_NUMERAL = new Uint8Array(0x10000);
for (const c of "〇零一二三四五六七八九十百千万亿两") IS_NUMERAL[c.charCodeAt(0)] = 1;
// Names around titles, in lists and transliterations are masked by nameMask; besides, the two characters
// before an administrative unit are a place's (柴湖镇, 岔河村) — unless the unit's character belongs to a
// common word (市场, 城市, 城镇职工, 农村).
const NAME_CHARS = /[省市县区镇乡村街社]/u;
const PLACE = /[省市县区镇乡村]|街道|社区/gu;
/** A two-character word ending in a unit this frequent (jieba) is a common noun (地区, 山区), not a place. */
const COMMON_WORD_FREQ = 500;

/** Whether the unit at text[at, end) ends a place name: it stands alone or ends a longer or rare token. */
function endsPlaceName(tokens: readonly Token[], tokenAt: (i: number) => number, at: number, end: number, det: Detector): boolean {
  const t = tokens[tokenAt(at)];
  const tokenEnd = t.start + t.word.length;
  if (t.start === at) return tokenEnd === end; // 镇 alone (柴湖/镇), not 市场
  if (tokenEnd !== end) return false; // inside a word: 城镇职工
  return t.word.length > 2 || det.frequency(t.word) < COMMON_WORD_FREQ; // 柴湖镇, 河村; not 农村
}

/** jieba's count of a word of one to four characters, from the detector's model (0 below its cut-off). */
export function wordFrequency(word: string): number {
  return getDetector().frequency(word);
}

/** Log-probability of the best segmentation of a run of Chinese characters (jieba's frequencies, as the model keeps them). */
export function segmentationScore(text: string): number {
  return getDetector().segmentationScore(text);
}

// One matcher per allow list (a configuration has one; paragraphs are many).
const allowMatcher = oncePerValue((allow: readonly string[]) => new WordMatcher(allow));

let maskBuffer = new Uint8Array(1024);

/** Indices the detector must leave alone (a view of a buffer reused by the next call). */
export function skipMask(text: string, tokens: readonly Token[], allow: readonly string[] = [], det: Detector = getDetector()): Uint8Array {
  if (maskBuffer.length < text.length) maskBuffer = new Uint8Array(Math.max(text.length, 2 * maskBuffer.length));
  const skip = maskBuffer.subarray(0, text.length).fill(0);
  if (text.includes("《")) for (const m of text.matchAll(/《[^《》\n]*》/gu)) skip.fill(1, m.index, m.index + m[0].length);
  if (allow.length) for (const { index, word } of allowMatcher(allow).find(text)) skip.fill(1, index, index + word.length);
  for (let i = 0; i < text.length; i++) if (IS_NUMERAL[text.charCodeAt(i)]) skip[i] = 1;
  nameMask(text, tokens, (w) => det.frequency(w), skip);
  if (NAME_CHARS.test(text)) {
    let k = 0;
    const tokenAt = (i: number): number => {
      while (k + 1 < tokens.length && tokens[k + 1].start <= i) k++;
      return k;
    };
    for (const m of text.matchAll(PLACE))
      if (endsPlaceName(tokens, tokenAt, m.index, m.index + m[0].length, det)) skip.fill(1, Math.max(0, m.index - 2), m.index);
  }
  return skip;
}

/** What the rule reports in one paragraph. */
export function findConfusables(text: string, options: Options = {}, det: Detector = getDetector()): Candidate[] {
  if (!/[\u4e00-\u9fff]{2}/u.test(text)) return [];
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const tokens = tokenize(text);
  return det
    .detect(text, tokens, skipMask(text, tokens, options.allow, det))
    .filter((c) => c.confidence >= threshold && !IS_NUMERAL[c.replacement.charCodeAt(0)] && !inDictionaryWord(text, c.start, c.end));
}

/** A suspect written this often in one document is the document's term (雏禽, 首购), not a slip. */
const TERM_USES = 3;

/** Whether `word` occurs at least `n` times in `source`. */
function occurs(source: string, word: string, n: number): boolean {
  for (let at = source.indexOf(word), k = 0; at >= 0; at = source.indexOf(word, at + word.length)) if (++k >= n) return true;
  return false;
}

const reporter: TextlintRuleReporter<Options> = (context, options = {}) => {
  return onEachBlock(context, (block) => {
    const { text } = block;
    for (const c of findConfusables(text, options)) {
      const wrong = text.slice(c.start, c.end);
      if (occurs(context.getSource(), wrong, TERM_USES)) continue;
      const right = wrong.slice(0, c.index - c.start) + c.replacement + wrong.slice(c.index - c.start + 1);
      const message = `“${wrong}”疑为“${right}”之误（置信度 ${c.confidence.toFixed(2)}）`;
      reportSpan(context, block, c.start, c.end, message, {
        suggestions: [
          { id: "confusable-char", message: `改为“${right}”`, range: [block.offsets[c.index], block.offsets[c.index] + 1], text: c.replacement },
        ],
      });
    }
  });
};

const definition: RuleDefinition<Options> = {
  meta: {
    id: "confusable-char",
    scope: "document",
    category: "用字",
    description: "词表之外的音近、形近别字（优化营商坏境→环境、国企该革→改革），按统计给出置信度，只提示不自动修改",
    fixable: false,
    defaultSeverity: "warning",
    options: {
      threshold: { type: "number", minimum: 0, maximum: 1, description: `置信度不低于此值才报告，默认 ${DEFAULT_THRESHOLD}` },
      allow: { type: "array", items: { type: "string" }, description: "不报告的词（人名、地名、行业术语）" },
    },
  },
  rule: reporter,
};

export default definition;
