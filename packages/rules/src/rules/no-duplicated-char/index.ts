import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { onEachBlock, reportSpan } from "../../util/blocks.js";
import { isHan } from "../../util/chars.js";
import { nameMask, PERSON, PLACE, titleEndsAt } from "../../util/names.js";
import { isDictionaryWord, startsWord, tag, tagOf } from "../../util/segmenter.js";
import { segmentationScore, wordFrequency } from "../confusable-char/index.js";
import seenDoubles from "./seen-doubles.json" with { type: "json" };

export interface Options {
  /** Doubled words that are meant (e.g. a slogan that repeats a word). */
  allow?: string[];
}

const HAN = /\p{Script=Han}/u;
const DOUBLED = /(\p{Script=Han}{1,4})\1/u;
// Numerals double legitimately: 十五五（规划）、三三两两.
const NUMERALS = "一二三四五六七八九十百千万亿零〇两";
// Function characters that never stand twice in a row: 的的、了了、在在.
const FUNCTION_CHARS = "的地得了着过是在和与及对把被将也都就并为从以由向于而或之其所等";
// Characters that are words on their own, so that "X的 + 的", "实事求是 + 是", "工作 + 作（相应调整）",
// "脚踏实地 + 地" are grammar, not doubling. A repeated character outside this list is a bound
// morpheme (我们们、发展展、建设设、会议议) and a slip.
const FREE_WORDS =
  "的地得了着过是在和与及对把被将也都就还又再才只而并或要会能可给让向从到说看想用去来上下中里外前后多少大小高新好作做为有以于其之所等";
// Two-character verbs that are reduplicated on purpose ("研究研究"): tentative aspect.
const REDUPLICABLE = new Set([
  "研究",
  "讨论",
  "商量",
  "考虑",
  "学习",
  "了解",
  "调查",
  "检查",
  "比较",
  "总结",
  "交流",
  "沟通",
  "休息",
  "锻炼",
  "打扫",
  "整理",
  "准备",
  "练习",
  "思考",
  "琢磨",
  "议论",
  "观察",
  "体会",
  "尝试",
  "介绍",
  "说明",
  "分析",
  "清理",
  "热闹",
  "活动",
  "溜达",
  "收拾",
  "打听",
  "研讨",
  "合计",
  "盘算",
  "掂量",
  "比划",
  "关心",
  "照顾",
  "帮助",
  "欢迎",
  "逐步",
  "慢慢",
  "渐渐",
  "轻轻",
  "好好",
]);

/** Administrative units, words on their own (市 = the city): 市市场监督管理局 is the city's market authority. */
const ADMIN_UNITS = "省市县区乡镇村州盟旗";
/** Tags of a character that is a word on its own (区, 港, 席, 路): after a word ending in it, it is grammar. */
const FREE_TAG = /^(n|ns|nr|nz|s|f|q|t|j|r|m|d|p|c|u)/;
/** Bound suffixes that never stand twice (我们们, 同志们们): deleting one is right in every context. */
const BOUND = "们";
/** Tags of the token before a doubled word that make the first copy a noun (经济组织组织开展, 本规定规定的). */
const NOUN_BEFORE = /^(n|r|vn|j)/;

/** Whether the second copy at `at` begins a word with what follows (对台, 全链条, 年中, 的确) or a bracket (建（构）筑物). */
function explainedAfter(text: string, at: number): boolean {
  const next = text[at + 1];
  return next === "（" || next === "(" || startsWord(text, at);
}

/** Whether a dictionary word of 2–4 characters ends at index `end` (inclusive) of `text`. */
function wordEndingAt(text: string, end: number): boolean {
  for (let n = 2; n <= 4 && end - n + 1 >= 0; n++) if (wordFrequency(text.slice(end - n + 1, end + 1)) > 0) return true;
  return false;
}
/** Whether a dictionary word of 2–4 characters starts at index `start` of `text`. */
function wordStartingAt(text: string, start: number): boolean {
  for (let n = 2; n <= 4 && start + n <= text.length; n++) if (wordFrequency(text.slice(start, start + n)) > 0) return true;
  return false;
}
/** Whether a dictionary word of 3–4 characters covers indices `a` and `b` (息息相通、钉钉子). */
function wordAround(text: string, a: number, b: number): boolean {
  for (let n = 3; n <= 4; n++)
    for (let s = Math.max(0, b - n + 1); s <= a && s + n <= text.length; s++) if (isDictionaryWord(text.slice(s, s + n))) return true;
  return false;
}

/**
 * Whether the text with one copy of the double at `i` removed has a dictionary word of 3–4 characters across the
 * remaining copy, taking in characters on both sides of it (人民警警察 → 人民警察, 受害害人 → 受害人): the double
 * broke a word. Not where the reduced text is no word (公路路网 → 公路网? 国库库款 → 国库款).
 */
function mendsWord(text: string, i: number): boolean {
  const reduced = text.slice(0, i + 1) + text.slice(i + 2);
  for (let n = 3; n <= 4; n++)
    for (let s = Math.max(0, i - n + 2); s < i && s + n <= reduced.length; s++) if (isDictionaryWord(reduced.slice(s, s + n))) return true;
  return false;
}

/**
 * The contexts by which a double (second copy at `at`) is known in seen-doubles.json, each on its side: the character
 * before with the first copy ("同市|" of 会同市市容, "可以|" of 可以以书面) and the second copy with the character after
 * ("|市容"). A side is its own context: "可以|" (可以以书面形式) says nothing of "|可以" (可可以, a slip).
 */
export function doubleContexts(text: string, at: number): string[] {
  const keys: string[] = [];
  if (at >= 2 && HAN.test(text[at - 2])) keys.push(`${text[at - 2]}${text[at]}|`);
  if (at + 1 < text.length && HAN.test(text[at + 1])) keys.push(`|${text[at]}${text[at + 1]}`);
  return keys;
}

/** Contexts of doubles in proofread official text (scripts/build-seen-doubles.mjs): "同市" and "市容" of 会同市市容. */
const SEEN_DOUBLES = new Set<string>((seenDoubles as { contexts: string[] }).contexts);
/** How much more probable (natural log) the clause must read without one copy than with both. */
const MIN_GAIN = 6;
/** The same when the pair is itself a word (公公、可可): the reading with that word must be far worse. */
const MIN_GAIN_WORD = 7;
/** The same when each copy sits in a dictionary word of its own (出水/水质 — or 人民/民法 of 人民民法院), or for a numeral. */
const MIN_GAIN_TWO_WORDS = 9;
/**
 * The same when jieba reads each copy into a word of its own and one copy less makes a word across them (人民警警察 →
 * 人民警察): far more still, since compounds meet that way too (公路路网 → 公路网, 机动车车道 → 机动车道).
 */
const MIN_GAIN_SPLIT = 12;

/**
 * A character typed twice that no segmentation explains (受理理、推推进、按按照、应当当再审): the clause reads much
 * more probably (jieba's word frequencies) with one copy than with both — far more if the pair is a word (公公、可可);
 * the copies do not end one dictionary word and start the next (国库/库款、出水/水质) or sit inside one (息息相通);
 * the rule does not suggest it in proofread official text in either of its contexts (会同市市容: "同市" or "市容",
 * scripts/build-seen-doubles.mjs); it is not distributive (市市有), a word on its own (“块块”) or part of a name.
 * Exported for that script. Suggested only: which copy was meant is the writer's to say.
 */
export function unexplainedDoubles(
  text: string,
  tokens: ReturnType<typeof tag>,
  skip: ReadonlySet<number> = new Set(),
  seen: ReadonlySet<string> = SEEN_DOUBLES,
): number[] {
  const out: number[] = [];
  let names: Uint8Array | undefined;
  let k = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    const x = text[i];
    // 一架架、一趟趟: a measure word repeated after a numeral. A numeral doubled (一一、两两) is often meant: only a
    // far better reading without it counts (进一一步、一国两两制).
    if (x !== text[i + 1] || !isHan(x) || NUMERALS.includes(text[i - 1] ?? "\n") || skip.has(i + 1)) continue;
    const numeral = NUMERALS.includes(x);
    // AABB, ABB and triples are reduplication patterns (认认真真、绿油油、哈哈哈).
    // (At the ends of the text there is no pattern: undefined === undefined is not one.)
    if ((i + 3 < text.length && text[i + 2] === text[i + 3]) || (i >= 2 && text[i - 2] === text[i - 1]) || text[i + 2] === x || text[i - 1] === x)
      continue;
    // 常常、天天、重重、代代、洗洗（澡）: a word, so the clause must read far better without it.
    const pairIsWord = isDictionaryWord(x + x);
    while (k + 1 < tokens.length && tokens[k + 1].start <= i) k++;
    const first = tokens[k];
    const second = tokens.find((t) => t.start <= i + 1 && i + 1 < t.start + t.word.length);
    if (!first || !second) continue;
    // Each copy in a word of its own, both dictionary words: the boundary between two words (国库/库款、评标/标准),
    // unless one copy less mends a word and the clause reads far better so (民警/警察 of 人民警警察).
    const split = first !== second && first.word.length >= 2 && second.word.length >= 2;
    // The pair inside one dictionary word (息息相通).
    if (wordAround(text, i, i + 1)) continue;
    // Each copy in a dictionary word of its own (出水/水质、人民/民法): only a far better reading without one counts.
    const twoWords = wordEndingAt(text, i) && wordStartingAt(text, i + 1);
    // A double that proofread official text writes in the same context (会同市市容、可以以书面形式、原原种).
    if (doubleContexts(text, i + 1).some((key) => seen.has(key))) continue;
    // The city's market department (市市场监督管理局、区区域、县县域): an administrative unit, then a word of its own.
    if (ADMIN_UNITS.includes(x) && startsWord(text, i + 1)) continue;
    // Every city, every county (市市有、县县有): distributive.
    if (/^[有都皆]$/u.test(text[i + 2] ?? "")) continue;
    // A double standing alone is a word (“块块”、钉钉、): reduplication, not a slip. 扩建建（构）筑物 is a notation.
    if ((!isHan(text[i - 1]) && !isHan(text[i + 2])) || text[i + 2] === "（" || text[i + 2] === "(") continue;
    names ??= nameMask(text, tokens, wordFrequency);
    // A place before its unit (郊区区总体规划); a person's name that takes in both copies (王丽丽代表) — not 根据据代表,
    // where only the second copy stands before the title; a title's last character, then a name or word after it
    // (执行主席席就座).
    if ((names[i] | names[i + 1]) & PLACE || (names[i + 1] & PERSON && (names[i] & PERSON || titleEndsAt(text, i)))) continue;
    let a = i;
    while (a > 0 && i - a < 6 && isHan(text[a - 1])) a--;
    let b = i + 2;
    while (b < text.length && b - i < 8 && isHan(text[b])) b++;
    const gain = segmentationScore(text.slice(a, i + 1) + text.slice(i + 2, b)) - segmentationScore(text.slice(a, b));
    // A pair that is a word (可可) whose first copy attaches to nothing before it while the second starts a word with
    // what follows (，可可以): the pair reading has nothing to stand on. Not an adjective's or adverb's reduplication
    // (要高高举起、大大提高), which stands on its own.
    const loose = pairIsWord && !/^(?:a|ad|b|d|z)/.test(tagOf(x + x)) && !wordEndingAt(text, i) && wordStartingAt(text, i + 1);
    if (
      split
        ? gain >= MIN_GAIN_SPLIT && mendsWord(text, i)
        : gain >= (numeral || twoWords ? MIN_GAIN_TWO_WORDS : pairIsWord && !loose ? MIN_GAIN_WORD : MIN_GAIN)
    )
      out.push(i + 1);
  }
  return out;
}

/** A well-formed Chinese number below 10,000 (二十二、一百零五、三百四十二). */
const CHINESE_NUMBER = /^(?=.)(?:[一二三四五六七八九]千)?(?:零?[一二三四五六七八九]百)?(?:零?[一二三四五六七八九]?十)?(?:零?[一二三四五六七八九])?$/u;
const ORDINAL = /第([〇零一二三四五六七八九十百千]+)([条章节款项编])/gu;

/**
 * A character typed twice in an ordinal (第二二条、第八十十五条、第三三百四十二条、第一条条): the number is not
 * well formed with both copies and is with one, or the unit is doubled. Which was meant (第二条 or 第二十二条) is the
 * writer's to say: suggested only.
 */
function ordinalDoubles(text: string): number[] {
  const out: number[] = [];
  if (!text.includes("第")) return out;
  for (const m of text.matchAll(ORDINAL)) {
    const [, digits, unit] = m;
    const start = m.index + 1;
    if (!CHINESE_NUMBER.test(digits)) {
      for (let j = 1; j < digits.length; j++) {
        if (digits[j] === digits[j - 1] && CHINESE_NUMBER.test(digits.slice(0, j) + digits.slice(j + 1))) {
          out.push(start + j);
          break;
        }
      }
    }
    const after = start + digits.length + 1;
    // 第一条条 第二款; not 第一条条例 (the title of a 条例 does not follow an ordinal, but stay safe).
    if (text[after] === unit && text[after + 1] !== "例") out.push(after);
  }
  return out;
}

const reporter: TextlintRuleReporter<Options> = (context, options = {}) => {
  const allow = new Set(options.allow ?? []);
  return onEachBlock(context, (block) => {
    const { text } = block;
    // Only paragraphs where some 1–4 characters occur twice in a row are segmented.
    if (!DOUBLED.test(text)) return;
    const tokens = tag(text);
    const reported = new Set<number>();
    for (let k = 0; k + 1 < tokens.length; k++) {
      const a = tokens[k];
      const b = tokens[k + 1];
      const doubledAt = b.start; // the second of the two equal characters
      // A word followed by a lone copy of its last character: 我们们、进行行.
      if (a.word.length >= 2 && b.word.length === 1 && a.word.endsWith(b.word) && HAN.test(b.word)) {
        const c = b.word;
        if (NUMERALS.includes(c) || FREE_WORDS.includes(c)) continue;
        // 一个个、一架架、一遍遍: a measure word repeated after a numeral.
        if (a.word.length === 2 && NUMERALS.includes(a.word[0])) continue;
        if (allow.has(a.word + c)) continue;
        // Segmentation explains it: the copy starts a word (纳入/入职, 公路/路产) or is a word (郊区/区, 贵港/港).
        if (explainedAfter(text, doubledAt) || (!BOUND.includes(c) && FREE_TAG.test(tagOf(c)))) continue;
        const message = `“${a.word}${c}”中“${c}”重复，应删去一个`;
        reportSpan(context, block, doubledAt, doubledAt + 1, message, BOUND.includes(c) ? "" : { suggest: "" });
        reported.add(doubledAt);
        continue;
      }
      // The same function character twice: 的的、了了、和和 — unless the second starts a word (对对台, 的的确确).
      if (a.word.length === 1 && a.word === b.word && FUNCTION_CHARS.includes(a.word)) {
        if (allow.has(a.word + b.word) || explainedAfter(text, doubledAt)) continue;
        reportSpan(context, block, doubledAt, doubledAt + 1, `“${a.word}${b.word}”重复，应删去一个“${a.word}”`, "");
        reported.add(doubledAt);
      }
    }
    // A word written twice: 推进推进、会议会议 (the copy may be glued to the next word: 推进/推进改革). Not when
    // a copy belongs to another word (大队/大队长, 上一年度/年度报告, 申请人/申请/人民法院).
    for (let k = 0; k + 1 < tokens.length; k++) {
      const w = tokens[k].word;
      const next = tokens[k + 1].word;
      if (
        !(next === w || (next.startsWith(w) && next.length - w.length >= 2)) ||
        w.length < 2 ||
        w.length > 4 ||
        !HAN.test(w) ||
        [...w].every((c) => c === w[0])
      )
        continue;
      if (NUMERALS.includes(w[0])) continue; // 一个一个、一步一步、一批一批
      if (REDUPLICABLE.has(w) || allow.has(w + w)) continue;
      // The copy opens a compound noun: 出租/出租汽车, 上一年度/年度报告.
      if (next !== w && /^n/.test(tokens[k + 1].tag)) continue;
      const at = tokens[k + 1].start;
      const message = `“${w}${w}”中“${w}”重复，应删去一个`;
      // Noun then verb is grammar (经济组织组织开展, 本规定规定的): fixed only where neither copy can be the noun.
      const before = tokens[k - 1];
      const after = tokens[k + 2];
      const nounVerb = (before !== undefined && NOUN_BEFORE.test(before.tag)) || (after !== undefined && /^(v|uj)/.test(after.tag));
      if (nounVerb && !/^v/.test(tokens[k].tag)) continue;
      reportSpan(context, block, at, at + w.length, message, nounVerb ? { suggest: "" } : "");
      for (let j = 0; j < w.length; j++) reported.add(at + j);
    }
    for (const at of ordinalDoubles(text)) {
      const c = text[at];
      reportSpan(context, block, at, at + 1, `序号中“${c}${c}”重复，应删去一个“${c}”或补上漏写的字`, { suggest: "" });
      reported.add(at);
    }
    for (const at of unexplainedDoubles(text, tokens, reported)) {
      const c = text[at];
      reportSpan(context, block, at, at + 1, `“${c}${c}”疑似多打了一个“${c}”，应删去一个`, { suggest: "" });
    }
  });
};

const definition: RuleDefinition<Options> = {
  meta: {
    id: "no-duplicated-char",
    category: "用字",
    description: "字或词意外重复（我们们、的的、进行行、推进推进）",
    fixable: true,
    defaultSeverity: "warning",
    options: {
      allow: { type: "array", items: { type: "string" }, description: "有意重复的写法（如“研究研究”之外的口号）" },
    },
  },
  rule: { linter: reporter, fixer: reporter },
};

export default definition;
