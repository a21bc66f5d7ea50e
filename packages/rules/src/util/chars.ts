const HAN = /\p{Script=Han}/u;
// CJK symbols and punctuation, full-width forms, and the curly quotes, dashes and ellipsis Chinese text uses.
const CJK_PUNCT = /[\u3000-\u303F\uFE10-\uFE1F\uFE30-\uFE4F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65“”‘’—…·]/u;
const FULLWIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u;

export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);
export const isCjkPunct = (ch: string | undefined): boolean => ch !== undefined && CJK_PUNCT.test(ch);
/** A character that makes its surroundings Chinese text: Han, CJK punctuation or a full-width letter/digit. */
export const isCjk = (ch: string | undefined): boolean => ch !== undefined && (HAN.test(ch) || CJK_PUNCT.test(ch) || FULLWIDTH_ALNUM.test(ch));
export const isAsciiDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= "0" && ch <= "9";
export const isAsciiAlnum = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9]/.test(ch);
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const CN_DIGITS = "〇一二三四五六七八九";

/** 1 → 一, 10 → 十, 14 → 十四, 20 → 二十, 35 → 三十五 (0 < n < 100). */
export function toChineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ""}`;
}

/**
 * A date written in Chinese numerals, by its parts (二〇二六 or 二○二六, 三, 五), as numbers: [2026, 3, 5];
 * undefined when the month or the day cannot be one.
 */
export function parseChineseDate(year: string, month: string, day: string): [number, number, number] | undefined {
  const y = Number([...year.replace(/[○零]/gu, "〇")].map((c) => CN_DIGITS.indexOf(c)).join(""));
  const m = parseChineseNumber(month);
  const d = parseChineseNumber(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? [y, m, d] : undefined;
}

/** 一 → 1, 十 → 10, 十四 → 14, 二十三 → 23; NaN for anything else. */
export function parseChineseNumber(s: string): number {
  const digit = (c: string | undefined): number => (c === undefined ? NaN : "〇一二三四五六七八九".indexOf(c));
  if (/^[一二三四五六七八九]$/u.test(s)) return digit(s);
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/u.exec(s);
  if (!m) return NaN;
  return (m[1] ? digit(m[1]) : 1) * 10 + (m[2] ? digit(m[2]) : 0);
}

/**
 * A lone ASCII apostrophe between two Han characters in a paragraph with no other apostrophe
 * (重点工'作): a keying slip, reported by no-stray-latin rather than as an unpaired quote.
 */
export function isStrayApostrophe(text: string, i: number): boolean {
  return text[i] === "'" && isHan(text[i - 1]) && isHan(text[i + 1]) && text.indexOf("'") === i && text.lastIndexOf("'") === i;
}

/** A title inside a title written with ASCII angle brackets (《关于修改<会计法>的决定》): ranges of "<…>" within 《》. */
export function asciiInnerTitles(text: string): Array<{ start: number; end: number; title: string }> {
  if (!text.includes("<")) return [];
  const out: Array<{ start: number; end: number; title: string }> = [];
  for (const m of text.matchAll(/<(\p{Script=Han}[^<>\n]*)>/gu)) {
    if (text.lastIndexOf("《", m.index) <= text.lastIndexOf("》", m.index)) continue; // only inside 《》
    out.push({ start: m.index, end: m.index + m[0].length, title: m[1] });
  }
  return out;
}
