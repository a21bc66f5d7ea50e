import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { onEachBlock, reportSpan } from "../../util/blocks.js";
import { WordMatcher } from "../../util/matcher.js";
import { dictionaryMatches } from "../../util/dictionary-match.js";
import { wordFrequency } from "../confusable-char/index.js";
import data from "./typos.json" with { type: "json" };
import { oncePerValue } from "../../util/once.js";

export interface TypoEntry {
  wrong: string;
  right: string;
  /** certain: fixed; context: also two ordinary words side by side (因/该), reported only on request, as a suggestion; style: house style. */
  class: "certain" | "context" | "style";
  source: string;
}

export interface Options {
  /** More entries: { wrong, right, source? } (class certain). */
  entries?: Array<{ wrong: string; right: string; source?: string }>;
  /** Wrong forms not to report here (a name, a quotation). */
  allow?: string[];
  /** Also report house-style preferences (其它→其他、交待→交代、惟一→唯一). Default false. */
  style?: boolean;
  /** Also suggest entries that can be two correct words side by side (因该→应该: 因该案件). Default false. */
  context?: boolean;
}

const BUILTIN = (data as { entries: TypoEntry[] }).entries;

// Compiled per option set.
const compiled = oncePerValue((options: Required<Options>): { byWrong: Map<string, TypoEntry>; matcher: WordMatcher } => {
  const extra: TypoEntry[] = options.entries.map((e) => ({
    wrong: e.wrong,
    right: e.right,
    class: "certain",
    source: e.source ?? "本单位词表",
  }));
  const allow = new Set(options.allow);
  const entries = [...BUILTIN, ...extra].filter(
    (e) => !allow.has(e.wrong) && (e.class !== "style" || options.style) && (e.class !== "context" || options.context),
  );
  const byWrong = new Map(entries.map((e) => [e.wrong, e]));
  return { byWrong, matcher: new WordMatcher(byWrong.keys()) };
});

const reporter: TextlintRuleReporter<Options> = (context, options = {}) => {
  const { byWrong, matcher } = compiled({
    entries: options.entries ?? [],
    allow: options.allow ?? [],
    style: options.style ?? false,
    context: options.context ?? false,
  });
  return onEachBlock(context, (block) => {
    const { text } = block;
    const hits = matcher.find(text);
    if (hits.length === 0) return;
    // A match that is not a whole word is a coincidence: 定婚 in 法定/婚龄, 以经 in 可以/经, 建已 in 福建/已.
    const accept = dictionaryMatches(text, wordFrequency);
    for (const { index, word } of hits) {
      const e = byWrong.get(word)!;
      if (!accept(index, word, e.right)) continue;
      const message =
        e.class === "style"
          ? `公文用字：“${word}”宜作“${e.right}”（${e.source}）`
          : e.class === "context"
            ? `“${word}”可能是“${e.right}”之误，请结合上下文确认（${e.source}）`
            : `错别字：“${word}”应为“${e.right}”（${e.source}）`;
      reportSpan(context, block, index, index + word.length, message, e.class === "context" ? { suggest: e.right } : e.right);
    }
  });
};

const definition: RuleDefinition<Options> = {
  meta: {
    id: "typo",
    category: "用字",
    description: "常见错别字（拼博→拼搏、部暑→部署、按步就班→按部就班等），词表可扩充",
    fixable: true,
    defaultSeverity: "error",
    options: {
      entries: {
        type: "array",
        description: "补充的错别字：{ wrong, right, source? }",
        items: {
          type: "object",
          required: ["wrong", "right"],
          additionalProperties: false,
          properties: { wrong: { type: "string", minLength: 1 }, right: { type: "string" }, source: { type: "string" } },
        },
      },
      allow: { type: "array", items: { type: "string" }, description: "不报告的写法" },
      style: { type: "boolean", description: "同时检查公文用字习惯（其它→其他等），默认 false" },
      context: { type: "boolean", description: "同时提示要看上下文的错别字（因该→应该，而“因该案件”是正确的），只作建议不自动修改，默认 false" },
    },
  },
  rule: { linter: reporter, fixer: reporter },
};

export default definition;
