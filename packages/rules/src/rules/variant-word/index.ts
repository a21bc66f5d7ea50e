import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { onEachBlock, reportSpan } from "../../util/blocks.js";
import { WordMatcher } from "../../util/matcher.js";
import { dictionaryMatches } from "../../util/dictionary-match.js";
import { wordFrequency } from "../confusable-char/index.js";
import data from "./yixingci.json" with { type: "json" };

export interface Options {
  /** Variants not to report (e.g. a name that keeps an old form). */
  allow?: string[];
}

interface Entry {
  variant: string;
  standard: string;
  /** Characters that, right before the variant, mean a word boundary runs through it (规定货币). */
  notBefore?: string;
}

const ENTRIES = (data as { entries: Entry[] }).entries;
const byVariant = new Map(ENTRIES.map((e) => [e.variant, e]));
const matcher = new WordMatcher(byVariant.keys());
const SOURCE = "《第一批异形词整理表》";

/** Ranges inside 《》: a cited title keeps its own wording. */
function titleSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(/《[^《》\n]*》/gu)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

const reporter: TextlintRuleReporter<Options> = (context, options = {}) => {
  const allow = new Set(options.allow ?? []);
  return onEachBlock(context, (block) => {
    const { text } = block;
    const hits = matcher.find(text);
    if (hits.length === 0) return;
    const titles = titleSpans(text);
    // A match that is not a whole word is a coincidence: 定婚 in 法定/婚龄, 以经 in 可以/经, 建已 in 福建/已.
    const accept = dictionaryMatches(text, wordFrequency);
    for (const { index, word } of hits) {
      const entry = byVariant.get(word)!;
      if (allow.has(word)) continue;
      if (entry.notBefore && index > 0 && entry.notBefore.includes(text[index - 1])) continue;
      if (!accept(index, word, entry.standard)) continue;
      if (titles.some(([a, b]) => a < index && index < b)) continue;
      reportSpan(context, block, index, index + word.length, `“${word}”是非推荐词形，应为“${entry.standard}”（${SOURCE}）`, entry.standard);
    }
  });
};

const definition: RuleDefinition<Options> = {
  meta: {
    id: "variant-word",
    category: "用字",
    description: "异形词使用了非推荐词形（台帐→台账等，依据《第一批异形词整理表》）",
    fixable: true,
    defaultSeverity: "warning",
    options: {
      allow: { type: "array", items: { type: "string" }, description: "不报告的非推荐词形" },
    },
  },
  rule: { linter: reporter, fixer: reporter },
};

export default definition;
