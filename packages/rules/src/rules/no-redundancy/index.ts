import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { onEachBlock, reportSpan } from "../../util/blocks.js";
import { escapeRegExp } from "../../util/chars.js";
import { WordMatcher } from "../../util/matcher.js";
import data from "./redundancy.json" with { type: "json" };
import { oncePerValue } from "../../util/once.js";

export interface Redundancy {
  text: string;
  /** The one correction, when there is exactly one (then --fix applies it). */
  fix?: string;
  /** Characters that, right before `text`, mean a word boundary runs through it (主要必须). */
  notBefore?: string;
  why: string;
}

export interface RedundantPair {
  first: string;
  second: string;
  /** Characters allowed between them, within one sentence. */
  within: number;
  /** `first` must be followed directly by a digit or Chinese numeral (约100人左右). */
  firstBeforeDigit?: boolean;
  why: string;
}

export interface Options {
  /** More fixed collocations, in the data file's format. */
  entries?: Redundancy[];
  pairs?: RedundantPair[];
}

const BUILTIN = data as { entries: Redundancy[]; pairs: RedundantPair[] };
const NUMERAL = /[0-9０-９一二三四五六七八九十百千万亿两几半]/u;

interface Compiled {
  byText: Map<string, Redundancy>;
  matcher: WordMatcher;
  pairs: Array<{ p: RedundantPair; re: RegExp }>;
}

// Compiled per option set.
const compiledFor = oncePerValue(([entries, pairs]: [Redundancy[], RedundantPair[]]): Compiled => {
  const byText = new Map([...BUILTIN.entries, ...entries].map((e) => [e.text, e]));
  return {
    byText,
    matcher: new WordMatcher(byText.keys()),
    pairs: [...BUILTIN.pairs, ...pairs].map((p) => ({
      p,
      // Within one clause: 超过一年的，由县级以上…… pairs two different phrases.
      re: new RegExp(`${escapeRegExp(p.first)}([^。！？；，：\\n]{0,${p.within}}?)${escapeRegExp(p.second)}`, "gu"),
    })),
  };
});

const reporter: TextlintRuleReporter<Options> = (context, options = {}) => {
  const { byText, matcher, pairs } = compiledFor([options.entries ?? [], options.pairs ?? []]);
  return onEachBlock(context, (block) => {
    const { text } = block;
    for (const { index, word } of matcher.find(text)) {
      const e = byText.get(word)!;
      if (e.notBefore && index > 0 && e.notBefore.includes(text[index - 1])) continue;
      const message = e.fix ? `语义重复：${e.why}，“${word}”应为“${e.fix}”` : `语义重复：${e.why}`;
      reportSpan(context, block, index, index + word.length, message, e.fix);
    }
    const taken: Array<[number, number]> = [];
    for (const { p, re } of pairs) {
      if (!text.includes(p.first) || !text.includes(p.second)) continue;
      for (const m of text.matchAll(re)) {
        const between = m[1];
        if (!NUMERAL.test(between) && (p.second === "左右" || p.second === "以上")) continue; // 左右 also means "sway"
        if (p.firstBeforeDigit && !NUMERAL.test(between[0] ?? "")) continue;
        if (p.first === "约" && /[大节制公合条预契隐]/u.test(text[m.index - 1] ?? "")) continue; // 大约, 节约, 制约…
        const end = m.index + m[0].length;
        if (taken.some(([a, b]) => m.index < b && end > a)) continue;
        taken.push([m.index, end]);
        reportSpan(context, block, m.index, end, `语义重复：${p.why}`);
      }
    }
  });
};

const definition: RuleDefinition<Options> = {
  meta: {
    id: "no-redundancy",
    category: "用词",
    description: "语义重复的搭配（涉及到、凯旋而归、目的是为了、大约……左右等）",
    fixable: true,
    defaultSeverity: "warning",
    options: {
      entries: {
        type: "array",
        description: "补充的重复搭配：{ text, fix?, notBefore?, why }",
        items: {
          type: "object",
          required: ["text", "why"],
          additionalProperties: false,
          properties: { text: { type: "string" }, fix: { type: "string" }, notBefore: { type: "string" }, why: { type: "string" } },
        },
      },
      pairs: {
        type: "array",
        description: "补充的前后呼应重复：{ first, second, within, why }",
        items: {
          type: "object",
          required: ["first", "second", "within", "why"],
          additionalProperties: false,
          properties: {
            first: { type: "string" },
            second: { type: "string" },
            within: { type: "integer", minimum: 0 },
            firstBeforeDigit: { type: "boolean" },
            why: { type: "string" },
          },
        },
      },
    },
  },
  rule: { linter: reporter, fixer: reporter },
};

export default definition;
