import type { TextlintRuleReporter } from "@textlint/types";
import type { TxtNode } from "@textlint/ast-node-types";
import type { RuleDefinition } from "../../types.js";
import { blockNodeTypes, collectBlock, reportSpan, type TextBlock } from "../../util/blocks.js";
import { escapeRegExp } from "../../util/chars.js";
import data from "./formulations.json" with { type: "json" };

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
  f: Formulation;
  variants?: RegExp;
  members?: RegExp;
}

function compile(formulations: Formulation[]): Compiled[] {
  return formulations.map((f) => {
    const out: Compiled = { f };
    if (f.variants?.length) out.variants = new RegExp(f.variants.map(escapeRegExp).sort((a, b) => b.length - a.length).join("|"), "gu");
    if (f.members?.length) {
      const alt = f.members.map(escapeRegExp).join("|");
      out.members = new RegExp(`(?:${alt})(?:[、，,和及与](?:${alt})){${f.members.length - 1}}`, "gu");
    }
    return out;
  });
}

const reporter: TextlintRuleReporter<Options> = (context, options = {}) => {
  const compiled = compile([...BUILTIN, ...(options.formulations ?? [])]);
  const canonicals = compiled.map((c) => c.f.canonical);

  const check = (block: TextBlock): void => {
    const { text } = block;
    // Spans already reported, and exact occurrences of correct formulations.
    const taken: Array<[number, number]> = [];
    const correct: Array<[number, number]> = [];
    for (const c of canonicals) {
      for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) correct.push([i, i + c.length]);
    }
    const overlaps = (a: number, b: number): boolean => [...taken, ...correct].some(([x, y]) => a < y && b > x);
    const insideCorrect = (a: number, b: number): boolean => correct.some(([x, y]) => x <= a && b <= y);
    for (const { f, variants, members } of compiled) {
      if (variants) {
        for (const m of text.matchAll(variants)) {
          const end = m.index + m[0].length;
          if (insideCorrect(m.index, end) || taken.some(([x, y]) => m.index < y && end > x)) continue;
          taken.push([m.index, m.index + m[0].length]);
          reportSpan(context, block, m.index, m.index + m[0].length, `“${m[0]}”不规范，应为“${f.canonical}”（${f.source}）`, f.canonical);
        }
      }
      if (members) {
        for (const m of text.matchAll(members)) {
          const items = m[0].split(/[、，,和及与]/u);
          const seps = m[0].match(/[、，,和及与]/gu) ?? [];
          if (new Set(items).size !== f.members!.length) continue;
          if (items.every((item, k) => item === f.members![k])) continue;
          const fixed = f.members!.map((item, k) => item + (seps[k] ?? "")).join("");
          reportSpan(context, block, m.index, m.index + m[0].length, `“${f.canonical}”的顺序应为“${f.members!.join("、")}”（${f.source}）`, fixed);
          taken.push([m.index, m.index + m[0].length]);
        }
      }
    }
    // One edit away from a long formulation: a dropped, added or wrong character.
    for (const { f } of compiled) {
      const c = f.canonical;
      if (c.length < NEAR_MISS_MIN || f.members) continue;
      const starts = new Set<number>();
      for (const anchor of [c.slice(0, 3), c.slice(-3)]) {
        for (let i = text.indexOf(anchor); i >= 0; i = text.indexOf(anchor, i + 1)) {
          if (anchor === c.slice(0, 3)) starts.add(i);
          else for (const len of [c.length - 1, c.length, c.length + 1]) starts.add(i + 3 - len);
        }
      }
      for (const start of starts) {
        if (start < 0) continue;
        for (const len of [c.length, c.length - 1, c.length + 1]) {
          const window = text.slice(start, start + len);
          if (window.length !== len || /[\n\uFFFC]/u.test(window)) continue;
          const edit = oneEdit(window, c);
          if (!edit || !meaningful(edit, window, c)) continue;
          if (overlaps(start, start + len)) continue;
          taken.push([start, start + len]);
          reportSpan(context, block, start, start + len, `“${window}”疑为规范表述“${c}”之误（${f.source}）`, {
            suggestions: [
              {
                id: "use-canonical",
                message: `改为“${c}”`,
                range: [block.offsets[start], block.offsets[start + len - 1] + 1],
                text: c,
              },
            ],
          });
          break;
        }
      }
    }
  };
  const handler = (node: TxtNode): void => check(collectBlock(context, node));
  return Object.fromEntries(blockNodeTypes(context).map((type) => [type, handler]));
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
