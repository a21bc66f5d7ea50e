import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { onEachBlock, reportSpan } from "../../util/blocks.js";
import { asciiInnerTitles, isStrayApostrophe } from "../../util/chars.js";

export interface Options {
  /** Lower-case Latin words that may stand next to Chinese characters here. */
  allow?: string[];
}

// Lower-case Latin words that Chinese text does glue to characters: 手机app, 连wifi, 点ok, 格式pdf,
// units after a Chinese numeral phrase. Upper-case runs (GDP, A股, X光, 维生素C) are never reported.
const ALLOWED = new Set([
  "app",
  "apps",
  "wifi",
  "ok",
  "vs",
  "pdf",
  "ppt",
  "pptx",
  "doc",
  "docx",
  "xls",
  "xlsx",
  "txt",
  "jpg",
  "png",
  "mp3",
  "mp4",
  "km",
  "kg",
  "mg",
  "ml",
  "mm",
  "cm",
  "kw",
  "kwh",
  "kv",
  "mw",
  "gw",
  "gb",
  "mb",
  "kb",
  "ph",
  "vip",
  "www",
  "com",
  "cn",
  "e",
]);

// 1–4 lower-case letters glued to a Han character on the left, followed by Han or Chinese punctuation:
// pinyin keyed but not converted (发展态sh、落实d工作).
const LATIN = /(?<=\p{Script=Han})[a-z]{1,4}(?=\p{Script=Han}|[，。、；：！？”’）》…—]|$)/gmu;
// Symbols between two Han characters (重点#工作、加强\\管理). Not +, which joins terms on purpose
// (互联网+政务服务、线上+线下、公司+基地+农户).
const SYMBOLS = /(?<=\p{Script=Han})[#\\`^|_@$=<>]+(?=\p{Script=Han})/gu;
// What every match of LATIN and of SYMBOLS contains: a paragraph without one is not searched.
const LOWER = /[a-z]/u;
const SYMBOL = /[#\\`^|_@$=<>]/u;

const reporter: TextlintRuleReporter<Options> = (context, options = {}) => {
  const allow = options.allow?.length ? new Set([...ALLOWED, ...options.allow.map((w) => w.toLowerCase())]) : ALLOWED;
  return onEachBlock(context, (block) => {
    const { text } = block;
    const report = (start: number, found: string, what: string): void => {
      reportSpan(context, block, start, start + found.length, `疑似输入法误输入的${what}“${found}”，请删除或改正`, { suggest: "" });
    };
    if (LOWER.test(text))
      for (const m of text.matchAll(LATIN)) {
        if (allow.has(m[0])) continue;
        if (/[A-Za-z0-9]/.test(text[m.index + m[0].length] ?? "")) continue;
        report(m.index, m[0], "字母");
      }
    if (SYMBOL.test(text)) {
      // <…> inside 《》 is a title mark in ASCII: no-ascii-punctuation reports it.
      const inner = new Set(asciiInnerTitles(text).flatMap((t) => [t.start, t.end - 1]));
      for (const m of text.matchAll(SYMBOLS)) if (!inner.has(m.index)) report(m.index, m[0], "符号");
    }
    const apostrophe = text.indexOf("'");
    if (apostrophe >= 0 && isStrayApostrophe(text, apostrophe)) report(apostrophe, "'", "符号");
  });
};

const definition: RuleDefinition<Options> = {
  meta: {
    id: "no-stray-latin",
    category: "用字",
    description: "汉字中夹杂输入法误输入的拉丁字母或符号（发展态sh、重点工'作）",
    // A stray letter or symbol may stand for a character not typed: deletion is only suggested.
    fixable: false,
    defaultSeverity: "warning",
    options: {
      allow: { type: "array", items: { type: "string" }, description: "允许紧贴汉字的小写英文词（默认已含 app、wifi、pdf 等）" },
    },
  },
  rule: reporter,
};

export default definition;
