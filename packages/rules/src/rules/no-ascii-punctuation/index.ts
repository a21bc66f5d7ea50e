import type { TextlintRuleContext, TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { reportSpan, type TextBlock, onEachBlock } from "../../util/blocks.js";
import { asciiInnerTitles, isAsciiAlnum, isAsciiDigit, isCjk, isHan, isStrayApostrophe } from "../../util/chars.js";
import { protectedMask } from "../../util/protected.js";

export interface Options {
  /** ASCII characters not to report, e.g. "()" for documents that keep half-width brackets. */
  allow?: string;
}

const SIMPLE: Record<string, { full: string; name: string }> = {
  ",": { full: "，", name: "逗号" },
  ":": { full: "：", name: "冒号" },
  ";": { full: "；", name: "分号" },
  "!": { full: "！", name: "叹号" },
  "?": { full: "？", name: "问号" },
};

const CN_NUMERAL_PREFIX = /^[\s\u3000]*[一二三四五六七八九十百零〇]+$/u;

/** Nearest character before/after `i`, skipping ASCII spaces and tabs. */
function neighbour(text: string, i: number, step: -1 | 1): string | undefined {
  for (let j = i + step; j >= 0 && j < text.length; j += step) {
    const ch = text[j];
    if (ch !== " " && ch !== "\t") return ch;
  }
  return undefined;
}

function checkSimple(context: TextlintRuleContext, block: TextBlock, mask: Uint8Array, allow: string): void {
  const { text } = block;
  for (const m of text.matchAll(/[,:;!?.]/g)) {
    const i = m.index;
    const ch = m[0];
    if (mask[i] || allow.includes(ch)) continue;
    const prev = neighbour(text, i, -1);
    const next = neighbour(text, i, 1);
    const spec = SIMPLE[ch];
    if (spec) {
      // 10:30, 1:1000, 1,000: numbers keep ASCII separators.
      if ((ch === ":" || ch === ",") && isAsciiDigit(text[i - 1]) && isAsciiDigit(text[i + 1])) continue;
      if (ch === "!" && text[i + 1] === "=") continue;
      if (isCjk(prev) || isCjk(next)) {
        reportSpan(context, block, i, i + 1, `中文语境应使用全角${spec.name}“${spec.full}”`, spec.full);
      }
      continue;
    }
    if (ch === ".") {
      // A lone full stop after a Han character that ends a sentence: "全面推进." → "全面推进。"
      if (text[i - 1] === "." || text[i + 1] === ".") continue;
      if (!isHan(text[i - 1])) continue;
      const after = text[i + 1];
      if (after !== undefined && after !== "\n" && after !== " " && !isCjk(after)) continue;
      const lineStart = text.lastIndexOf("\n", i - 1) + 1;
      if (CN_NUMERAL_PREFIX.test(text.slice(lineStart, i))) continue; // "一." is a heading-number slip, not a full stop
      reportSpan(context, block, i, i + 1, "中文语境应使用句号“。”", "。");
    }
  }
}

function checkBrackets(context: TextlintRuleContext, block: TextBlock, mask: Uint8Array): void {
  const { text } = block;
  const stack: number[] = [];
  const pairs: Array<[number, number]> = [];
  const lone: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (mask[i]) continue;
    if (text[i] === "(") stack.push(i);
    else if (text[i] === ")") {
      const open = stack.pop();
      if (open === undefined) lone.push(i);
      else pairs.push([open, i]);
    }
  }
  lone.push(...stack);
  for (const [open, close] of pairs) {
    // Immediate neighbours only: "a(b) 不属于" is code or English set off by a space.
    const chinese = isCjk(text[open - 1]) || isCjk(text[close + 1]) || /\p{Script=Han}/u.test(text.slice(open + 1, close));
    if (!chinese) continue;
    reportSpan(context, block, open, open + 1, "中文语境应使用全角括号“（”", "（");
    reportSpan(context, block, close, close + 1, "中文语境应使用全角括号“）”", "）");
  }
  for (const i of lone.sort((a, b) => a - b)) {
    if (!isCjk(text[i - 1]) && !isCjk(text[i + 1])) continue;
    const full = text[i] === "(" ? "（" : "）";
    reportSpan(context, block, i, i + 1, `中文语境应使用全角括号“${full}”`, full);
  }
}

/**
 * ASCII quotes have no direction, so they are resolved together with the curly quotes of the
 * same paragraph: a quote opens unless one is open. Fixes are offered only when the result is
 * balanced; otherwise the quotes are reported without a fix.
 */
function checkQuotes(context: TextlintRuleContext, block: TextBlock, mask: Uint8Array, ascii: '"' | "'", open: string, close: string): void {
  const { text } = block;
  const events: Array<{ i: number; kind: "open" | "close" | "ascii" }> = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === open) events.push({ i, kind: "open" });
    else if (ch === close) events.push({ i, kind: "close" });
    else if (ch === ascii && !mask[i]) {
      // Apostrophes and inch marks between Latin letters or digits are not quotes; a lone ' inside a
      // Chinese word is a keying slip that no-stray-latin reports.
      if (ascii === "'" && ((isAsciiAlnum(text[i - 1]) && isAsciiAlnum(text[i + 1])) || isStrayApostrophe(text, i))) continue;
      events.push({ i, kind: "ascii" });
    }
  }
  if (!events.some((e) => e.kind === "ascii")) return;
  const openStack: number[] = [];
  const pairs: Array<[number, number]> = [];
  let balanced = true;
  for (const e of events) {
    const dir = e.kind === "ascii" ? (openStack.length > 0 ? "close" : "open") : e.kind;
    if (dir === "open") openStack.push(e.i);
    else if (openStack.length === 0) balanced = false;
    else pairs.push([openStack.pop()!, e.i]);
  }
  if (openStack.length > 0) balanced = false;
  const name = ascii === '"' ? "双引号" : "单引号";
  if (!balanced) {
    const all = events.filter((e) => e.kind === "ascii").map((e) => e.i);
    const chinese = all.some((i) => isCjk(neighbour(text, i, -1)) || isCjk(neighbour(text, i, 1)));
    if (!chinese) return;
    for (const i of all) {
      reportSpan(context, block, i, i + 1, `中文语境应使用中文${name}（${open}${close}），此处引号不成对，请人工确定方向后修改`);
    }
    return;
  }
  const fixes = new Map<number, string>();
  for (const [o, c] of pairs) {
    if (text[o] !== ascii && text[c] !== ascii) continue;
    const chinese = /\p{Script=Han}/u.test(text.slice(o + 1, c)) || isCjk(neighbour(text, o, -1)) || isCjk(neighbour(text, c, 1));
    if (!chinese) continue;
    if (text[o] === ascii) fixes.set(o, open);
    if (text[c] === ascii) fixes.set(c, close);
  }
  for (const [i, replacement] of [...fixes].sort((a, b) => a[0] - b[0])) {
    const side = replacement === open ? "左" : "右";
    reportSpan(context, block, i, i + 1, `中文语境应使用中文${side}${name}（${replacement}）`, replacement);
  }
}

const reporter: TextlintRuleReporter<Options> = (context, options = {}) => {
  const allow = options.allow ?? "";
  return onEachBlock(context, (block) => {
    if (!allow.includes("<")) {
      for (const t of asciiInnerTitles(block.text))
        reportSpan(context, block, t.start, t.end, "书名号内的书名应使用单书名号“〈〉”", `〈${t.title}〉`);
    }
    if (!/[,:;!?()"'.]/.test(block.text)) return;
    const mask = protectedMask(block.text);
    checkSimple(context, block, mask, allow);
    if (!allow.includes("(") && !allow.includes(")")) checkBrackets(context, block, mask);
    if (!allow.includes('"')) checkQuotes(context, block, mask, '"', "“", "”");
    if (!allow.includes("'")) checkQuotes(context, block, mask, "'", "‘", "’");
  });
};

const definition: RuleDefinition<Options> = {
  meta: {
    id: "no-ascii-punctuation",
    category: "标点",
    description: "中文语境中使用了半角（ASCII）标点",
    fixable: true,
    defaultSeverity: "error",
    options: {
      allow: { type: "string", description: '不检查的半角标点字符，例如 "()"' },
    },
  },
  rule: { linter: reporter, fixer: reporter },
};

export default definition;
