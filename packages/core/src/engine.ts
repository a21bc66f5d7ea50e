import { moduleInterop } from "@textlint/module-interop";
import { TextlintKernel, type TextlintKernelOptions, type TextlintKernelRule } from "@textlint/kernel";
import type { TextlintMessage, TextlintPluginCreator, TextlintResult, TextlintRuleModule, TextlintRuleReporter } from "@textlint/types";
import textPluginModule from "@textlint/textlint-plugin-text";
import { definitions } from "textlint-rule-preset-gongwen";
import type { ResolvedConfig } from "./config.js";
import { allowListFilter, directivesFilter } from "./directives.js";
import { lazy } from "./lazy.js";
import { kernelExt } from "./locate.js";

// The plugins are CommonJS modules compiled from ES modules: textlint's own interop unwraps their default export.
const textPlugin = moduleInterop(textPluginModule as unknown as TextlintPluginCreator);
// The Markdown parser is loaded for the first Markdown file only.
const markdownModule = lazy<TextlintPluginCreator>("@textlint/textlint-plugin-markdown", () => require("@textlint/textlint-plugin-markdown"));
const markdown = (): TextlintPluginCreator => moduleInterop(markdownModule());

const ruleById = new Map(definitions.map((d) => [d.meta.id, d.rule]));

/** Called when a rule throws; the rule stops for that document and the other rules go on. */
export type RuleErrorHandler = (ruleId: string, error: unknown) => void;

// biome-ignore lint/suspicious/noExplicitAny: rules with different option types share one list
function guardReporter(ruleId: string, reporter: TextlintRuleReporter<any>, onError: RuleErrorHandler): TextlintRuleReporter<any> {
  return (context, options) => {
    let failed = false;
    const fail = (error: unknown): void => {
      if (!failed) onError(ruleId, error);
      failed = true;
    };
    // biome-ignore lint/suspicious/noExplicitAny: rules with different option types share one list
    let handlers: ReturnType<TextlintRuleReporter<any>>;
    try {
      handlers = reporter(context, options);
    } catch (error) {
      fail(error);
      return {};
    }
    const guarded: Record<string, (node: unknown) => void | Promise<void>> = {};
    for (const type in handlers) {
      const handler = handlers[type as keyof typeof handlers];
      guarded[type] = (node: unknown): void | Promise<void> => {
        if (failed || typeof handler !== "function") return undefined;
        try {
          const out = (handler as (node: unknown) => unknown)(node);
          return out instanceof Promise ? out.catch(fail) : undefined;
        } catch (error) {
          fail(error);
          return undefined;
        }
      };
    }
    return guarded;
  };
}

/** Wraps a rule so that an exception in it is reported to `onError` instead of failing the whole lint. */
// biome-ignore lint/suspicious/noExplicitAny: rules with different option types share one list
export function guardRule(ruleId: string, rule: TextlintRuleModule<any>, onError: RuleErrorHandler): TextlintRuleModule<any> {
  if (typeof rule === "function") return guardReporter(ruleId, rule, onError);
  return { linter: guardReporter(ruleId, rule.linter, onError), fixer: guardReporter(ruleId, rule.fixer, onError) };
}

export interface EngineOptions {
  /** Rules run in addition to the preset's (programmatic extension point). */
  extraRules?: TextlintKernelRule[];
  /** Receives exceptions thrown by rules; by default they are written to stderr. */
  onRuleError?: RuleErrorHandler;
}

const defaultRuleErrorHandler: RuleErrorHandler = (ruleId, error) => {
  process.stderr.write(`gwlint：规则 ${ruleId} 内部出错，已跳过：${(error as Error)?.stack ?? String(error)}\n`);
};

// A configuration's rule list, built once per configuration and engine options rather than once per file (the
// wrappers keep no state between files: a rule's failure is remembered per document).
const ruleLists = new WeakMap<ResolvedConfig, WeakMap<EngineOptions, Pick<TextlintKernelOptions, "rules" | "filterRules">>>();

function ruleListFor(config: ResolvedConfig, options: EngineOptions): Pick<TextlintKernelOptions, "rules" | "filterRules"> {
  let byOptions = ruleLists.get(config);
  if (!byOptions) ruleLists.set(config, (byOptions = new WeakMap()));
  let list = byOptions.get(options);
  if (!list) {
    const onError = options.onRuleError ?? defaultRuleErrorHandler;
    list = {
      rules: [
        ...config.rules.map((r) => ({
          ruleId: r.id,
          rule: guardRule(r.id, ruleById.get(r.id)!, onError),
          options: { ...r.options, severity: r.severity },
        })),
        ...(options.extraRules ?? []).map((r) => ({ ...r, rule: guardRule(r.ruleId, r.rule, onError) })),
      ],
      filterRules: [
        { ruleId: "gwlint-directives", rule: directivesFilter },
        { ruleId: "gwlint-allow", rule: allowListFilter, options: { words: config.allow } },
      ],
    };
    byOptions.set(options, list);
  }
  return list;
}

/** The one place that builds kernel options; CLI and language server both lint through it. */
export function buildKernelOptions(config: ResolvedConfig, filePath: string | undefined, options: EngineOptions = {}): TextlintKernelOptions {
  const ext = kernelExt(filePath);
  return {
    ext,
    filePath,
    configBaseDir: config.baseDir,
    plugins: ext === ".md" ? [{ pluginId: "markdown", plugin: markdown() }] : [{ pluginId: "text", plugin: textPlugin }],
    ...ruleListFor(config, options),
  };
}

export interface FixOutcome {
  /** Text after all safe fixes. */
  output: string;
  /** Findings whose fixes were applied, in the coordinates of the text they were found in. */
  applied: TextlintMessage[];
  /** What remains in `output`. */
  remaining: TextlintResult;
}

/** At most this many fix passes: fixes that overlap are applied on later passes. */
const MAX_FIX_PASSES = 10;

const LONE_CR = /\r(?!\n)/g;

/** The text with each lone CR (classic Mac line ending) as LF: same length, same offsets. */
export function crToLf(text: string): string {
  return text.includes("\r") ? text.replace(LONE_CR, "\n") : text;
}

/**
 * Puts the original's lone CRs back into fixed text: the n-th bare LF of `fixed` becomes CR where the n-th bare
 * line break of `original` was one (fixes do not add or remove line breaks; if they did, the rest follow the
 * original's last kind).
 */
export function restoreLineBreaks(original: string, fixed: string): string {
  if (!/\r(?!\n)/.test(original)) return fixed;
  const kinds: boolean[] = []; // per bare line break of the original: was it a CR?
  for (let i = 0; i < original.length; i++) {
    const c = original[i];
    if (c === "\r" && original[i + 1] !== "\n") kinds.push(true);
    else if (c === "\n" && original[i - 1] !== "\r") kinds.push(false);
  }
  let k = 0;
  return fixed.replace(/(?<!\r)\n/g, () => {
    const cr = kinds[Math.min(k, kinds.length - 1)];
    k++;
    return cr ? "\r" : "\n";
  });
}

export class Engine {
  private readonly kernel = new TextlintKernel();

  constructor(private readonly options: EngineOptions = {}) {}

  async lintText(text: string, config: ResolvedConfig, filePath?: string): Promise<TextlintResult> {
    // A lone CR ends a line like LF and CRLF do; swapping it for LF keeps every offset.
    const result = await this.kernel.lintText(crToLf(text), buildKernelOptions(config, filePath, this.options));
    result.messages.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    return result;
  }

  /** Applies safe fixes until the text stops changing, so that fixing again changes nothing. */
  async fixText(text: string, config: ResolvedConfig, filePath?: string): Promise<FixOutcome> {
    const options = buildKernelOptions(config, filePath, this.options);
    let output = crToLf(text);
    const applied: TextlintMessage[] = [];
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const result = await this.kernel.fixText(output, options);
      if (result.output === output) break;
      applied.push(...result.applyingMessages);
      output = result.output;
    }
    output = restoreLineBreaks(text, output);
    const remaining = await this.lintText(output, config, filePath);
    return { output, applied, remaining };
  }
}
