import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { reportSpan, type TextBlock, onAllBlocks } from "../../util/blocks.js";

export interface Options {
  /** Shortest paragraph or sentence (in characters, punctuation and spaces not counted) compared. */
  minLength?: number;
}

/** Text without spaces and punctuation: copies that differ only in those count as the same. */
const normalise = (s: string): string => s.replace(/[\s\p{P}\p{S}\uFFFC]/gu, "");

// Numbered headings legitimately repeat (an outline before the body).
const NUMBERED =
  /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十\d]+[章节条部分])/u;
const ENDS_SENTENCE = /[。！？；…]$/u;
const HAN = /\p{Script=Han}/u;
/** Titles and fragments (no sentence-final mark) repeat legitimately when far apart: a name cited twice. */
const NEARBY = 3;
/** A block that opens an article of a law, regulation or rules (第十二条): provisions repeat across articles on purpose. */
const ARTICLE = /^[\s\u3000]*第[一二三四五六七八九十百千零〇\d]+条/u;

const reporter: TextlintRuleReporter<Options> = (context, options = {}) => {
  const min = options.minLength ?? 8;
  const lineOf = (block: TextBlock): number => block.nodes[0].loc.start.line;
  const span = (block: TextBlock): [number, number] => {
    const lead = block.text.length - block.text.trimStart().length;
    return [lead, block.text.trimEnd().length];
  };

  const analyse = (blocks: TextBlock[]): void => {
    const seen = new Map<string, TextBlock>();
    const keys = blocks.map((b) => (NUMBERED.test(b.text) || !HAN.test(b.text) ? "" : normalise(b.text)));
    const index = new Map(blocks.map((b, k) => [b, k]));
    // The article each block belongs to (0 before the first, or in a document without articles).
    let articles = 0;
    const article = blocks.map((b) => (ARTICLE.test(b.text) ? ++articles : articles));
    const complete = (b: TextBlock): boolean => ENDS_SENTENCE.test(b.text.trim());
    /** Whether two copies are in one article and close enough (or long enough) to be an accidental duplicate. */
    const related = (a: TextBlock, b: TextBlock): boolean =>
      article[index.get(a)!] === article[index.get(b)!] && ((complete(a) && complete(b)) || Math.abs(index.get(a)! - index.get(b)!) <= NEARBY);
    // Adjacent short lines that together may be one line split in two (a title pasted twice).
    const pairKey = (k: number): string => {
      const a = blocks[k];
      const b = blocks[k + 1];
      if (!b || !keys[k] || !keys[k + 1] || ENDS_SENTENCE.test(a.text.trim()) || keys[k].length + keys[k + 1].length > 60) return "";
      return keys[k] + keys[k + 1];
    };
    const pairs = new Map<string, number>();
    blocks.forEach((_, k) => {
      const key = pairKey(k);
      if (key.length >= min && !pairs.has(key)) pairs.set(key, k);
    });
    blocks.forEach((block, k) => {
      const key = keys[k];
      if (key.length >= min) {
        const first = seen.get(key);
        if (first && !related(first, block)) {
          seen.set(key, block);
        } else if (first) {
          const [s, e] = span(block);
          reportSpan(context, block, s, e, `此段与第 ${lineOf(first)} 行的内容重复，疑为重复粘贴`);
        } else {
          seen.set(key, block);
          const split = pairs.get(key);
          if (split !== undefined && split !== k && split + 1 !== k && Math.abs(split - k) <= NEARBY + 1) {
            // The same line, once whole and once split over two lines: report the later copy.
            const later = split > k ? blocks[split] : block;
            const earlier = split > k ? block : blocks[split];
            const [s, e] = span(later);
            reportSpan(context, later, s, e, `此处与第 ${lineOf(earlier)} 行的内容重复（其中一处被分成了两行），疑为重复粘贴`);
          }
        }
      }
      // A sentence repeated within the paragraph (whole sentences: clauses after ；repeat on purpose in
      // provisions, ……责令改正；逾期未改正的，处一万元罚款。).
      const sentences = new Set<string>();
      for (const m of block.text.matchAll(/[^。！？\n]+[。！？]?/gu)) {
        const sk = normalise(m[0]);
        if (sk.length < min) continue;
        if (sentences.has(sk)) {
          const lead = m[0].length - m[0].trimStart().length;
          reportSpan(context, block, m.index + lead, m.index + m[0].length, "此句与本段前文重复，疑为重复粘贴");
        } else sentences.add(sk);
      }
    });
  };

  return onAllBlocks(context, analyse);
};

const definition: RuleDefinition<Options> = {
  meta: {
    id: "no-duplicate-paragraph",
    scope: "document",
    category: "重复",
    description: "段落、标题或句子重复粘贴（含被分成两行的重复标题）",
    fixable: false,
    defaultSeverity: "warning",
    options: {
      minLength: { type: "integer", minimum: 2, description: "参与比较的最短长度（不计标点和空白），默认 8" },
    },
  },
  rule: reporter,
};

export default definition;
