// Where a paragraph names people and places: dictionary and statistical checks stay silent there, since a
// name is not a misspelling (赞比亚总统希奇莱马, 张升民, 磁器口).
import type { Token } from "./segmenter.js";

/** Titles after which (or before which) a person's name stands; not the bodies named after them (委员会, 代表大会, 主席团). */
const TITLE =
  /同志|书记|主席(?!团)|总统|总理|首相|外长|部长|省长|市长|县长|区长|镇长|乡长|村长|局长|厅长|处长|科长|主任|委员(?!会)|大使|国王|先生|女士|教授|院士|代表(?!大会|团)|董事长|总经理/gu;
const TITLE_AT_END = new RegExp(`(?:${TITLE.source})$`, "u");
/** Whether a title ends at index `end` (inclusive) of `text`: the 席 of 主席 in 执行主席席就座. */
export const titleEndsAt = (text: string, end: number): boolean => TITLE_AT_END.test(text.slice(Math.max(0, end - 2), end + 1));

/** Frequent surnames: a list of several 2–3-character items that start with one is a list of names. */
const SURNAMES = new Set(
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤苗",
);
/** Units that end a place name when they stand as their own token (磁器/口, 柴湖/镇). */
const PLACE_UNITS = "口村镇乡县区街巷桥湾岛寺庙港";
const HAN = /\p{Script=Han}/u;
/** A word jieba counts this often is an ordinary word, not part of a name. */
const KNOWN_FREQ = 1000;

/** Three or more items of 2–3 Han characters joined by 、. Every match holds 、, 2–3 Han characters and 、 (LIST_HINT):
 * a text without that is not searched. */
const NAME_LIST = /(?:\p{Script=Han}{2,3}、){2,}\p{Script=Han}{2,3}(?=[，。；）、\s等]|$)/gu;
const LIST_HINT = /、\p{Script=Han}{2,3}、/u;

/** The token that holds index `i` (tokens in order, covering the text). */
function tokenAt(tokens: readonly Token[], i: number): Token | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid];
    if (i < t.start) hi = mid - 1;
    else if (i >= t.start + t.word.length) lo = mid + 1;
    else return t;
  }
  return undefined;
}

/** Mask values: a person's name (by a title, in a list, a transliteration) and a place name (before a unit). */
export const PERSON = 1;
export const PLACE = 2;

/**
 * Nonzero at every index of `text` that belongs to a person's (PERSON) or place's (PLACE) name: two or three characters before a
 * title and up to four after one (until a word jieba counts often: `frequency`), items of a list of names (李作成、苗华、
 * 张升民), transliterations joined by · (阿卜杜勒·法塔赫), and two characters before a place unit that
 * segmentation leaves alone. The marks go into `mask` (a fresh array by default); a caller's mask may hold marks of
 * its own, which stay nonzero.
 */
export function nameMask(
  text: string,
  tokens: readonly Token[],
  frequency: (word: string) => number,
  mask: Uint8Array = new Uint8Array(text.length),
): Uint8Array {
  for (const m of text.matchAll(TITLE)) {
    mask.fill(1, Math.max(0, m.index - 3), m.index);
    // After the title: the name runs over unknown or single-character tokens (希奇莱马 = 希奇/莱/马).
    let i = m.index + m[0].length;
    const stop = Math.min(text.length, i + 4);
    while (i < stop && HAN.test(text[i])) {
      const t = tokenAt(tokens, i);
      if (!t || (t.word.length >= 2 && frequency(t.word) >= KNOWN_FREQ && t.start === i)) break;
      mask[i++] = 1;
    }
  }
  // Lists of names: three or more items of 2–3 Han characters, each starting with a surname.
  // (The list may follow a verb directly: 出席的有李作成、苗华、张升民.)
  if (LIST_HINT.test(text))
    for (const m of text.matchAll(NAME_LIST)) {
      if (m[0].split("、").every((x) => SURNAMES.has(x[0]))) mask.fill(1, m.index, m.index + m[0].length);
    }
  if (/[·•・]/u.test(text))
    for (const m of text.matchAll(/\p{Script=Han}+(?:[·•・]\p{Script=Han}+)+/gu)) mask.fill(1, m.index, m.index + m[0].length);
  tokens.forEach((t, k) => {
    if (k > 0 && t.word.length === 1 && PLACE_UNITS.includes(t.word)) for (let i = Math.max(0, t.start - 2); i < t.start; i++) mask[i] |= PLACE;
  });
  return mask;
}

/** Whether every index of [start, end) is masked: a match that takes in the title or unit itself (委员汇, 赏口) is no name. */
export function masked(mask: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!mask[i]) return false;
  return true;
}
