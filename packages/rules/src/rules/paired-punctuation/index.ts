import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { reportSpan, type TextBlock, onAllBlocks } from "../../util/blocks.js";

const PAIRS: Record<string, string> = {
  "“": "”",
  "‘": "’",
  "（": "）",
  "《": "》",
  "【": "】",
  "〔": "〕",
  "〈": "〉",
  "「": "」",
  "『": "』",
};
const NAMES: Record<string, string> = {
  "“": "左双引号",
  "”": "右双引号",
  "‘": "左单引号",
  "’": "右单引号",
  "（": "左括号",
  "）": "右括号",
  "《": "左书名号",
  "》": "右书名号",
  "【": "左方头括号",
  "】": "右方头括号",
  "〔": "左六角括号",
  "〕": "右六角括号",
  "〈": "左单书名号",
  "〉": "右单书名号",
  "「": "左直角引号",
  "」": "右直角引号",
  "『": "左双直角引号",
  "』": "右双直角引号",
};
/** "左双引号 “" — the mark's name, then the mark itself set off by a space. */
const mark = (ch: string): string => `${NAMES[ch]} ${ch} `;
const MARKS = new RegExp(`[${Object.entries(PAIRS).flat().join("")}]`, "gu");
const CLOSERS: Record<string, string> = Object.fromEntries(Object.entries(PAIRS).map(([o, c]) => [c, o]));

// "1）", "a）", "①）", "一）" at the start of a line number a list item and have no opening bracket.
const LIST_NUMBER_BEFORE = /(?:^|\n)[\s\u3000]*(?:\d{1,3}|[A-Za-z]|[一二三四五六七八九十]{1,3})$/u;

function firstVisibleChar(text: string): string | undefined {
  return /[^\s\u3000]/u.exec(text)?.[0];
}

function lastVisibleChar(text: string): string | undefined {
  for (let i = text.length - 1; i >= 0; i--) {
    if (!/[\s\u3000]/u.test(text[i])) return text[i];
  }
  return undefined;
}

// A line that ends like this ends its sentence; a line that starts like this continues the one before.
const ENDS_SENTENCE = /[。！？；：…”’]/u;
const CONTINUES = /[”’）》】」』，、。；：！？]/u;

/**
 * Lines broken inside a sentence (text pasted from web pages, hard-wrapped text) are one
 * paragraph: consecutive blocks separated by a single line break are joined when the first
 * ends unfinished or the second starts with a closing mark or a point mark.
 */
function joinBrokenLines(source: string, blocks: TextBlock[]): TextBlock[] {
  const groups: TextBlock[][] = [];
  for (const block of blocks) {
    const group = groups[groups.length - 1];
    const prev = group?.[group.length - 1];
    if (prev) {
      const gap = source.slice(prev.nodes[prev.nodes.length - 1].range[1], block.nodes[0].range[0]);
      const unfinished = !ENDS_SENTENCE.test(lastVisibleChar(prev.text) ?? "。");
      const continues = CONTINUES.test(firstVisibleChar(block.text) ?? "");
      if (/^\r?\n$/.test(gap) && (unfinished || continues)) {
        group.push(block);
        continue;
      }
    }
    groups.push([block]);
  }
  return groups.map((group) => {
    if (group.length === 1) return group[0];
    const offsets = new Int32Array(group.reduce((n, b) => n + b.offsets.length + 1, -1));
    let at = 0;
    group.forEach((b, k) => {
      if (k > 0) offsets[at++] = -1; // the line break between joined lines
      offsets.set(b.offsets, at);
      at += b.offsets.length;
    });
    return { nodes: group.flatMap((b) => b.nodes), text: group.map((b) => b.text).join("\n"), offsets };
  });
}

const reporter: TextlintRuleReporter = (context) => {
  const analyse = (block: TextBlock, next: TextBlock | undefined): void => {
    const { text } = block;
    const stack: Array<{ ch: string; i: number }> = [];
    // Openers already reported as crossed; their late closers are not reported again.
    const crossed: string[] = [];
    MARKS.lastIndex = 0;
    for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
      const i = m.index;
      const ch = m[0];
      if (PAIRS[ch]) {
        stack.push({ ch, i });
        continue;
      }
      const opener = CLOSERS[ch];
      if (!opener) continue;
      // ’ as an apostrophe: ’99, don’t.
      if (ch === "’" && (/[0-9]/.test(text[i + 1] ?? "") || (/[A-Za-z]/.test(text[i - 1] ?? "") && /[A-Za-z]/.test(text[i + 1] ?? "")))) continue;
      if (stack.length > 0 && stack[stack.length - 1].ch === opener) {
        stack.pop();
        continue;
      }
      const depth = stack.map((s) => s.ch).lastIndexOf(opener);
      if (depth >= 0) {
        // Closed across an inner pair that is still open: （“……）” — report the inner opener.
        for (const inner of stack.splice(depth + 1)) {
          reportSpan(context, block, inner.i, inner.i + 1, `${mark(inner.ch)}应在${mark(ch)}之前闭合：成对标点交叉嵌套`);
          crossed.push(inner.ch);
        }
        stack.pop();
        continue;
      }
      const late = crossed.indexOf(opener);
      if (late >= 0) {
        crossed.splice(late, 1);
        continue;
      }
      if (ch === "）" && LIST_NUMBER_BEFORE.test(text.slice(0, i))) continue;
      reportSpan(context, block, i, i + 1, `${mark(ch)}没有对应的${mark(opener).trimEnd()}：成对标点缺少前一半`);
    }
    for (const open of stack) {
      // GB/T 15834-2011 4.1.3.2: a quotation spanning paragraphs opens each paragraph with “
      // and closes only at its end.
      const continues = next !== undefined && firstVisibleChar(next.text) === open.ch;
      if ((open.ch === "“" || open.ch === "‘") && continues) continue;
      reportSpan(context, block, open.i, open.i + 1, `${mark(open.ch)}未闭合：缺少对应的${mark(PAIRS[open.ch]).trimEnd()}`);
    }
  };
  return onAllBlocks(context, (blocks) => {
    const paragraphs = joinBrokenLines(context.getSource(), blocks);
    paragraphs.forEach((block, k) => {
      analyse(block, paragraphs[k + 1]);
    });
  });
};

const definition: RuleDefinition = {
  meta: {
    id: "paired-punctuation",
    scope: "document",
    category: "标点",
    description: "成对标点（引号、括号、书名号等）不配对或交叉嵌套",
    fixable: false,
    defaultSeverity: "error",
    options: {},
  },
  rule: reporter,
};

export default definition;
