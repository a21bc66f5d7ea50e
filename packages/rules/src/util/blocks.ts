import type { TextlintRuleContext } from "@textlint/types";
import type { TxtNode, TxtParentNode } from "@textlint/ast-node-types";

/**
 * A block of running text (a paragraph, heading or table cell) flattened to one string.
 * Only `Str` nodes contribute their source text; inline code, HTML and images become
 * U+FFFC so that neighbouring text does not appear adjacent. In plain-text files every
 * line is its own paragraph, which matches how 公文 use one line per 自然段.
 */
export interface TextBlock {
  /** The block's node(s): several when a rule joins lines into one paragraph. */
  nodes: TxtNode[];
  text: string;
  /** Absolute source offset of each UTF-16 index of `text` (-1 for placeholders). */
  offsets: Int32Array;
}

export const OBJECT_PLACEHOLDER = "\uFFFC";

export function blockNodeTypes(context: TextlintRuleContext): string[] {
  const { Syntax } = context;
  return [Syntax.Paragraph, Syntax.Header, Syntax.TableCell];
}

/** Rule handlers that call `check` with each block of running text. */
export function onEachBlock(context: TextlintRuleContext, check: (block: TextBlock) => void): Record<string, (node: TxtNode) => void> {
  return blockHandlers(context, (node) => check(collectBlock(context, node)));
}

/** `handler` for every block node type. */
function blockHandlers(context: TextlintRuleContext, handler: (node: TxtNode) => void): Record<string, (node: TxtNode) => void> {
  const handlers: Record<string, (node: TxtNode) => void> = {};
  for (const type of blockNodeTypes(context)) handlers[type] = handler;
  return handlers;
}

/** Rule handlers that call `analyse` once, at the end of the document, with all its blocks in order. */
export function onAllBlocks(context: TextlintRuleContext, analyse: (blocks: TextBlock[]) => void): Record<string, (node: TxtNode) => void> {
  const blocks: TextBlock[] = [];
  const handlers = blockHandlers(context, (node) => void blocks.push(collectBlock(context, node)));
  handlers[context.Syntax.DocumentExit] = () => analyse(blocks);
  return handlers;
}

// Rules share one AST per lint, so each block is flattened once, not once per rule. The block is kept on its node
// under a symbol key (invisible to other code), so it lives exactly as long as the document's tree. (A WeakMap keyed
// by nodes does the same: with the engine releasing each document's handlers, the GC trace is the same either way.)
const BLOCK = Symbol("gwlint.block");
type WithBlock = TxtNode & { [BLOCK]?: TextBlock };

// Blocks' offsets are views into shared chunks: a typed array of its own per paragraph would cost a native
// allocation each (a chunk lives as long as a block that uses it).
const CHUNK = 1 << 16;
let chunk = new Int32Array(CHUNK);
let chunkUsed = 0;
function offsetsOf(length: number): Int32Array {
  if (length > CHUNK / 4) return new Int32Array(length);
  if (chunkUsed + length > chunk.length) {
    chunk = new Int32Array(CHUNK);
    chunkUsed = 0;
  }
  const view = chunk.subarray(chunkUsed, chunkUsed + length);
  chunkUsed += length;
  return view;
}

/** The block of a node whose children are all text and line breaks (a plain-text paragraph), or undefined. */
function flatBlock(source: string, node: TxtNode, Str: string, Break: string): TextBlock | undefined {
  const children = (node as TxtParentNode).children ?? [];
  let length = 0;
  for (const child of children) {
    if (child.type === Str) length += child.range[1] - child.range[0];
    else if (child.type === Break) length += 1;
    else return undefined;
  }
  let text = "";
  const offsets = offsetsOf(length);
  let at = 0;
  for (const child of children) {
    if (child.type === Str) {
      const [from, to] = child.range;
      text += source.slice(from, to);
      for (let i = from; i < to; i++) offsets[at++] = i;
    } else {
      text += "\n";
      offsets[at++] = -1;
    }
  }
  return { nodes: [node], text, offsets };
}

export function collectBlock(context: TextlintRuleContext, node: TxtNode): TextBlock {
  const cached = (node as WithBlock)[BLOCK];
  if (cached) return cached;
  const source = context.getSource();
  const { Str, Break } = context.Syntax;
  const flat = flatBlock(source, node, Str, Break);
  if (flat) {
    (node as WithBlock)[BLOCK] = flat;
    return flat;
  }
  const parts: string[] = [];
  const starts: number[] = []; // absolute start of each part, -1 for a placeholder
  const visit = (n: TxtNode): void => {
    if (n.type === Str) {
      parts.push(source.slice(n.range[0], n.range[1]));
      starts.push(n.range[0]);
      return;
    }
    if (n.type === Break) {
      parts.push("\n");
      starts.push(-1);
      return;
    }
    const children = (n as TxtParentNode).children;
    if (Array.isArray(children) && children.length > 0) {
      for (const child of children) visit(child);
      return;
    }
    // Inline code, HTML, images and other leaves: opaque, never linted.
    parts.push(OBJECT_PLACEHOLDER);
    starts.push(-1);
  };
  for (const child of (node as TxtParentNode).children ?? []) visit(child);
  const text = parts.length === 1 ? parts[0] : parts.join("");
  const offsets = offsetsOf(text.length);
  let at = 0;
  for (let k = 0; k < parts.length; k++) {
    const abs = starts[k];
    const n = parts[k].length;
    if (abs < 0) offsets.fill(-1, at, at + n);
    else for (let i = 0; i < n; i++) offsets[at + i] = abs + i;
    at += n;
  }
  const block = { nodes: [node], text, offsets };
  (node as WithBlock)[BLOCK] = block;
  return block;
}

export interface Suggestion {
  id: string;
  message: string;
  /** Absolute source offsets to replace (may reach past the block, e.g. its line break). */
  range: [number, number];
  text: string;
}

/**
 * The fix policy (packages/rules/README.md): `fix` only where the replacement is right in every context;
 * a replacement that is right in most contexts is a `suggest`ion — a quick fix the writer chooses, never
 * applied by --fix or fix-all.
 */
export interface ReportOptions {
  /** Certain replacement for [start, end), applied by --fix. */
  fix?: string;
  /** Probable replacement for [start, end): offered as a suggestion, never applied by --fix. */
  suggest?: string;
  /** More suggestions, with their own ranges (absolute source offsets). */
  suggestions?: Suggestion[];
}

/** Node of `block` that contains absolute offset `abs`, and that node's relative range for [abs, absEnd). */
function locate(block: TextBlock, abs: number, absEnd: number): { node: TxtNode; range: [number, number] } {
  const node = block.nodes.find((n) => n.range[0] <= abs && abs < n.range[1]) ?? block.nodes[0];
  return { node, range: [abs - node.range[0], absEnd - node.range[0]] };
}

/**
 * Findings one rule reports in one document at most. Beyond this a list is no use to a reader,
 * and textlint's duplicate filter is quadratic in the number of messages.
 */
export const MAX_REPORTS_PER_RULE = 500;
/** What a rule reports in place of its finding number MAX_REPORTS_PER_RULE + 1. */
export const TOO_MANY_NOTE = `本规则在此文档中的问题超过 ${MAX_REPORTS_PER_RULE} 处，其余不再逐一列出`;
const reportCounts = new WeakMap<TextlintRuleContext, number>();

/**
 * Reports a finding at block-text indices [start, end), with an optional safe fix (a string, or
 * ReportOptions). Returns false (and reports nothing) when the span is not in the source text.
 */
export function reportSpan(
  context: TextlintRuleContext,
  block: TextBlock,
  start: number,
  end: number,
  message: string,
  options?: string | ReportOptions,
): boolean {
  const { fix: replacement, suggest, suggestions: more = [] } = typeof options === "string" ? { fix: options } : (options ?? {});
  const absStart = block.offsets[start];
  if (absStart < 0 || block.offsets[end - 1] < 0) return false;
  const absEnd = block.offsets[end - 1] + 1;
  const suggestions =
    suggest !== undefined && absEnd - absStart === end - start
      ? [
          {
            id: "suggest",
            message: suggest === "" ? `删除“${block.text.slice(start, end)}”` : `改为“${suggest}”`,
            range: [absStart, absEnd] as [number, number],
            text: suggest,
          },
          ...more,
        ]
      : more;
  const { node, range } = locate(block, absStart, absEnd);
  const count = (reportCounts.get(context) ?? 0) + 1;
  reportCounts.set(context, count);
  if (count > MAX_REPORTS_PER_RULE + 1) return false;
  if (count === MAX_REPORTS_PER_RULE + 1) {
    context.report(node, new context.RuleError(TOO_MANY_NOTE, { padding: context.locator.range(range) }));
    return false;
  }
  const contiguous = absEnd - absStart === end - start;
  const fix = replacement !== undefined && contiguous ? context.fixer.replaceTextRange(range, replacement) : undefined;
  // Suggestion ranges are relative to the reported node.
  const resolved = suggestions.map((sg) => ({
    id: sg.id,
    message: sg.message,
    fix: context.fixer.replaceTextRange([sg.range[0] - node.range[0], sg.range[1] - node.range[0]], sg.text),
  }));
  context.report(
    node,
    new context.RuleError(message, {
      padding: context.locator.range(range),
      ...(fix ? { fix } : {}),
      ...(resolved.length ? { suggestions: resolved } : {}),
    }),
  );
  return true;
}

// Several rules read a block by lines: split once, kept on the block (as blocks are kept on their nodes).
const LINES = Symbol("gwlint.lines");
type WithLines = TextBlock & { [LINES]?: ReadonlyArray<{ text: string; start: number }> };

/** Block-text lines (split at line breaks) with their start index in the block text. */
export function blockLines(block: TextBlock): ReadonlyArray<{ text: string; start: number }> {
  const known = (block as WithLines)[LINES];
  if (known) return known;
  const lines: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (const line of block.text.split("\n")) {
    lines.push({ text: line.endsWith("\r") ? line.slice(0, -1) : line, start });
    start += line.length + 1;
  }
  (block as WithLines)[LINES] = lines;
  return lines;
}

/** A line of the document: its block, its text, and its start index in the block text. */
export interface DocumentLine {
  block: TextBlock;
  text: string;
  start: number;
}

/** The document's non-blank lines in order (at most `limit`), for rules that read its parts by position. */
export function nonBlankLines(blocks: readonly TextBlock[], limit = Number.POSITIVE_INFINITY): DocumentLine[] {
  const out: DocumentLine[] = [];
  for (const block of blocks) {
    for (const { text, start } of blockLines(block)) {
      if (out.length >= limit) return out;
      if (text.trim() !== "") out.push({ block, text, start });
    }
  }
  return out;
}

/** Absolute range of a whole source line (from its first character through its line break). */
export function sourceLineRange(source: string, abs: number): [number, number] {
  const start = source.lastIndexOf("\n", abs - 1) + 1;
  const nl = source.indexOf("\n", abs);
  return [start, nl === -1 ? source.length : nl + 1];
}
