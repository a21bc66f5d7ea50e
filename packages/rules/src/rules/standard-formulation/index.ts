import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { reportSpan, type TextBlock, onEachBlock } from "../../util/blocks.js";
import { escapeRegExp } from "../../util/chars.js";
import { WordMatcher } from "../../util/matcher.js";
import data from "./formulations.json" with { type: "json" };
import { oncePerValue } from "../../util/once.js";

export interface Formulation {
  canonical: string;
  variants?: string[];
  members?: string[];
  source: string;
}

export interface Options {
  /** Additional formulations of this office, in the data file's format. */
  formulations?: Formulation[];
}

const BUILTIN: Formulation[] = (data as { formulations: Formulation[] }).formulations;

/** Near-misses are looked for only around formulations at least this long. */
const NEAR_MISS_MIN = 8;
// Inserting or dropping one of these does not make a different wording worth reporting (有中国特色的社会主义).
const FUNCTION_CHARS = "的之和与及、，“”";

/** The single edit turning canonical b into a, if they are one edit apart: the characters involved and where. */
function oneEdit(a: string, b: string): { chars: string; at: number } | undefined {
  if (a === b || Math.abs(a.length - b.length) > 1) return undefined;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) ? { chars: a[i] + b[i], at: i } : undefined;
  if (a.length > b.length) return a.slice(i + 1) === b.slice(i) ? { chars: a[i], at: i } : undefined;
  return a.slice(i) === b.slice(i + 1) ? { chars: b[i], at: i } : undefined;
}

const NUMERALS = /[一二三四五六七八九十百千零〇两0-9]/u;

/**
 * Whether a one-edit difference is worth reporting. Not when it touches a numeral (十届 vs 二十届 is
 * another session), a function word or punctuation (有中国特色的社会主义), or either end (a
 * sentence that states the subject earlier: “……发挥总揽全局、协调各方的领导核心作用”).
 */
function meaningful(edit: { chars: string; at: number }, window: string, canonical: string): boolean {
  if (NUMERALS.test(edit.chars) || [...edit.chars].some((ch) => FUNCTION_CHARS.includes(ch) || /[\s\p{P}]/u.test(ch))) return false;
  const last = Math.max(window.length, canonical.length) - 1;
  return edit.at > 0 && edit.at < last;
}

interface Compiled {
  canonicals: WordMatcher;
  variants: WordMatcher;
  variantOf: Map<string, Formulation>;
  /** Any member word of any enumeration; a paragraph without one skips the order check. */
  memberWords?: WordMatcher;
  enumerations: Array<{ f: Formulation; re: RegExp }>;
  /** Near-miss anchors: the first and last three characters of each long formulation. */
  anchors: WordMatcher;
  anchored: Map<string, Array<{ f: Formulation; prefix: boolean }>>;
}

const alternation = (words: string[]): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");

function compile(formulations: Formulation[]): Compiled {
  const variantOf = new Map<string, Formulation>();
  for (const f of formulations) for (const v of f.variants ?? []) variantOf.set(v, f);
  const enumerations = formulations
    .filter((f) => f.members?.length)
    .map((f) => {
      const alt = alternation(f.members!);
      return { f, re: new RegExp(`(?:${alt})(?:${SEP.source}(?:${alt})){${f.members!.length - 1}}`, "gu") };
    });
  const anchored = new Map<string, Array<{ f: Formulation; prefix: boolean }>>();
  for (const f of formulations) {
    if (f.canonical.length < NEAR_MISS_MIN || f.members) continue;
    for (const [anchor, prefix] of [
      [f.canonical.slice(0, 3), true],
      [f.canonical.slice(-3), false],
    ] as const) {
      anchored.set(anchor, [...(anchored.get(anchor) ?? []), { f, prefix }]);
    }
  }
  const members = enumerations.flatMap((e) => e.f.members!);
  return {
    canonicals: new WordMatcher(formulations.map((f) => f.canonical)),
    variants: new WordMatcher(variantOf.keys()),
    variantOf,
    memberWords: members.length ? new WordMatcher(members) : undefined,
    enumerations,
    anchors: new WordMatcher(anchored.keys()),
    anchored,
  };
}

// Compiled per set of extra formulations.
const compiledFor = oncePerValue((extra: Formulation[]): Compiled => compile([...BUILTIN, ...extra]));

const SEP = /[、，,和及与]/u;
/** Window lengths tried around an anchor, relative to the formulation's: equal, one less, one more. */
const LENGTHS = [0, -1, 1];

const reporter: TextlintRuleReporter<Options> = (context, options = {}) => {
  const compiled = compiledFor(options.formulations ?? []);

  const check = (block: TextBlock): void => {
    const { text } = block;
    // Spans already reported, and exact occurrences of correct formulations.
    const taken: Array<[number, number]> = [];
    const correct: Array<[number, number]> = compiled.canonicals.find(text).map((m) => [m.index, m.index + m.word.length]);
    const hits = (spans: Array<[number, number]>, a: number, b: number): boolean => spans.some(([x, y]) => a < y && b > x);
    /** Reports the first window of the formulation's length, one less or one more, that is one meaningful edit away from it. */
    const nearMiss = (f: Formulation, prefix: boolean, anchorAt: number): void => {
      const c = f.canonical;
      // The anchor is the formulation's first three characters, or its last three (then the window may start at
      // three places: the formulation's length less one, equal, or more one before the anchor's end).
      for (let k = 0; k < (prefix ? 1 : 3); k++) {
        const start = prefix ? anchorAt : anchorAt + 3 - (c.length - 1 + k);
        if (start < 0) continue;
        for (const len of LENGTHS) {
          const n = c.length + len;
          // A reported edit is inside the window (meaningful), so both ends are the formulation's own.
          if (text.charCodeAt(start) !== c.charCodeAt(0) || text.charCodeAt(start + n - 1) !== c.charCodeAt(c.length - 1)) continue;
          const window = text.slice(start, start + n);
          if (window.length !== n || /[\n\uFFFC]/u.test(window)) continue;
          const edit = oneEdit(window, c);
          if (!edit || !meaningful(edit, window, c)) continue;
          if (hits(taken, start, start + n) || hits(correct, start, start + n)) continue;
          taken.push([start, start + n]);
          reportSpan(context, block, start, start + n, `“${window}”疑为规范表述“${c}”之误（${f.source}）`, {
            suggestions: [
              {
                id: "use-canonical",
                message: `改为“${c}”`,
                range: [block.offsets[start], block.offsets[start + n - 1] + 1],
                text: c,
              },
            ],
          });
          break;
        }
      }
    };
    for (const m of compiled.variants.find(text)) {
      const end = m.index + m.word.length;
      if (correct.some(([x, y]) => x <= m.index && end <= y) || hits(taken, m.index, end)) continue;
      const f = compiled.variantOf.get(m.word)!;
      taken.push([m.index, end]);
      reportSpan(context, block, m.index, end, `“${m.word}”不规范，应为“${f.canonical}”（${f.source}）`, f.canonical);
    }
    if (compiled.memberWords?.has(text)) {
      for (const { f, re } of compiled.enumerations) {
        for (const m of text.matchAll(re)) {
          const items = m[0].split(SEP);
          const seps = m[0].match(new RegExp(SEP.source, "gu")) ?? [];
          if (new Set(items).size !== f.members!.length) continue;
          if (items.every((item, k) => item === f.members![k])) continue;
          const fixed = f.members!.map((item, k) => item + (seps[k] ?? "")).join("");
          reportSpan(context, block, m.index, m.index + m[0].length, `“${f.canonical}”的顺序应为“${f.members!.join("、")}”（${f.source}）`, fixed);
          taken.push([m.index, m.index + m[0].length]);
        }
      }
    }
    // One edit away from a long formulation: a dropped, added or wrong character.
    for (const m of compiled.anchors.findAll(text))
      for (const w of m.words) for (const { f, prefix } of compiled.anchored.get(w) ?? []) nearMiss(f, prefix, m.index);
  };
  return onEachBlock(context, check);
};

const definition: RuleDefinition<Options> = {
  meta: {
    id: "standard-formulation",
    category: "规范表述",
    description: "重要政治术语、固定表述的错字、漏字、错序（如“四个意识”顺序、“统筹推进‘五位一体’总体布局”）",
    fixable: true,
    defaultSeverity: "error",
    options: {
      formulations: {
        type: "array",
        description: "补充的规范表述：{ canonical, variants?, members?, source }",
        items: {
          type: "object",
          required: ["canonical", "source"],
          additionalProperties: false,
          properties: {
            canonical: { type: "string" },
            variants: { type: "array", items: { type: "string" } },
            members: { type: "array", items: { type: "string" } },
            source: { type: "string" },
          },
        },
      },
    },
  },
  rule: { linter: reporter, fixer: reporter },
};

export default definition;
