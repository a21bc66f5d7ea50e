import { moduleInterop } from "@textlint/module-interop";
import { TextlintKernel, type TextlintKernelOptions, type TextlintKernelRule } from "@textlint/kernel";
import type {
  TextlintFilterRuleReporter,
  TextlintMessage,
  TextlintPluginCreator,
  TextlintResult,
  TextlintRuleModule,
  TextlintRuleReporter,
} from "@textlint/types";
import textPluginModule from "@textlint/textlint-plugin-text";
import { definitions } from "textlint-rule-preset-gongwen";
import type { ResolvedConfig } from "./config.js";
import { allowListFilter, directivesFilter } from "./directives.js";
import { keepKernelListenersOnEmitters } from "./kernel-listeners.js";
import { lazy } from "./lazy.js";
import { kernelExt } from "./locate.js";

// The plugins are CommonJS modules compiled from ES modules: textlint's own interop unwraps their default export.
const textPlugin = moduleInterop(textPluginModule as unknown as TextlintPluginCreator);
// The Markdown parser is loaded for the first Markdown file only.
const markdownModule = lazy<TextlintPluginCreator>("@textlint/textlint-plugin-markdown", () => require("@textlint/textlint-plugin-markdown"));
const markdown = (): TextlintPluginCreator => moduleInterop(markdownModule());

keepKernelListenersOnEmitters();

const ruleById = new Map(definitions.map((d) => [d.meta.id, d.rule]));

/** Called when a rule throws; the rule stops for that document and the other rules go on. */
export type RuleErrorHandler = (ruleId: string, error: unknown) => void;

// biome-ignore lint/suspicious/noExplicitAny: rules with different option types share one list
type Handlers = ReturnType<TextlintRuleReporter<any>>;

/**
 * A document's rule handlers, dropped when its lint is over (`Lint.release`). The handlers reach the document's tree
 * and text, and the kernel's per-document objects kept them reachable past minor GCs, so every document was moved
 * into the old generation. Released handlers reach nothing. (GC time over 4,000 one-line files: about 360 ms
 * before, 210-250 ms with this alone, 120-135 ms with kernel-listeners.ts too, which alone changed nothing.)
 */
interface Held {
  handlers: Handlers | undefined;
}

/** The handlers of one kernel call, released together when it is over. */
export class Lint {
  private readonly held: Held[] = [];

  hold(handlers: Handlers): Held {
    const held = { handlers };
    this.held.push(held);
    return held;
  }

  release(): void {
    for (const held of this.held) held.handlers = undefined;
    this.held.length = 0;
  }
}

// biome-ignore lint/suspicious/noExplicitAny: rules with different option types share one list
function guardReporter(ruleId: string, reporter: TextlintRuleReporter<any>, onError: RuleErrorHandler, lint?: Lint): TextlintRuleReporter<any> {
  return (context, options) => {
    let failed = false;
    const fail = (error: unknown): void => {
      if (!failed) onError(ruleId, error);
      failed = true;
    };
    let held: Held;
    try {
      const handlers = reporter(context, options);
      held = lint ? lint.hold(handlers) : { handlers };
    } catch (error) {
      fail(error);
      return {};
    }
    const guarded: Record<string, (node: unknown) => void | Promise<void>> = {};
    for (const type in held.handlers) {
      guarded[type] = (node: unknown): void | Promise<void> => {
        const handler = held.handlers?.[type as keyof Handlers];
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

/** A filter rule whose handlers `lint` releases (filters are not guarded: their failure is the kernel's). */
function releasable(filter: TextlintFilterRuleReporter, lint: Lint): TextlintFilterRuleReporter {
  return (context, options) => {
    const held = lint.hold(filter(context, options) as Handlers);
    const out: Record<string, (node: unknown) => void | Promise<void>> = {};
    for (const type in held.handlers)
      out[type] = (node) => (held.handlers?.[type as keyof Handlers] as ((node: unknown) => void | Promise<void>) | undefined)?.(node);
    return out;
  };
}

/**
 * Wraps a rule so that an exception in it is reported to `onError` instead of failing the whole lint; with `lint`,
 * its handlers are released with that call's.
 */
// biome-ignore lint/suspicious/noExplicitAny: rules with different option types share one list
export function guardRule(ruleId: string, rule: TextlintRuleModule<any>, onError: RuleErrorHandler, lint?: Lint): TextlintRuleModule<any> {
  if (typeof rule === "function") return guardReporter(ruleId, rule, onError, lint);
  return { linter: guardReporter(ruleId, rule.linter, onError, lint), fixer: guardReporter(ruleId, rule.fixer, onError, lint) };
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

type RuleList = Pick<TextlintKernelOptions, "rules" | "filterRules">;

// A configuration's rules and options, resolved once per configuration and engine options rather than once per file;
// the wrappers around them are made per call, so that a call's handlers can be released with it.
const ruleLists = new WeakMap<ResolvedConfig, WeakMap<EngineOptions, Required<RuleList>>>();

function ruleListFor(config: ResolvedConfig, options: EngineOptions, lint?: Lint): RuleList {
  let byOptions = ruleLists.get(config);
  if (!byOptions) ruleLists.set(config, (byOptions = new WeakMap()));
  let list = byOptions.get(options);
  if (!list) {
    list = {
      rules: [
        ...config.rules.map((r) => ({ ruleId: r.id, rule: ruleById.get(r.id)!, options: { ...r.options, severity: r.severity } })),
        ...(options.extraRules ?? []),
      ],
      filterRules: [
        { ruleId: "gwlint-directives", rule: directivesFilter },
        { ruleId: "gwlint-allow", rule: allowListFilter, options: { words: config.allow } },
      ],
    };
    byOptions.set(options, list);
  }
  const onError = options.onRuleError ?? defaultRuleErrorHandler;
  return {
    rules: list.rules.map((r) => ({ ...r, rule: guardRule(r.ruleId, r.rule, onError, lint) })),
    filterRules: lint ? list.filterRules.map((f) => ({ ...f, rule: releasable(f.rule, lint) })) : list.filterRules,
  };
}

/**
 * The one place that builds kernel options; CLI and language server both lint through it. With `lint`, the rules'
 * handlers are released by `lint.release()` once the kernel call is over.
 */
export function buildKernelOptions(
  config: ResolvedConfig,
  filePath: string | undefined,
  options: EngineOptions = {},
  lint?: Lint,
): TextlintKernelOptions {
  const ext = kernelExt(filePath);
  return {
    ext,
    filePath,
    configBaseDir: config.baseDir,
    plugins: ext === ".md" ? [{ pluginId: "markdown", plugin: markdown() }] : [{ pluginId: "text", plugin: textPlugin }],
    ...ruleListFor(config, options, lint),
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
    const lint = new Lint();
    let result: TextlintResult;
    try {
      result = await this.kernel.lintText(crToLf(text), buildKernelOptions(config, filePath, this.options, lint));
    } finally {
      lint.release();
    }
    result.messages.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    return result;
  }

  /** Applies safe fixes until the text stops changing, so that fixing again changes nothing. */
  async fixText(text: string, config: ResolvedConfig, filePath?: string): Promise<FixOutcome> {
    let output = crToLf(text);
    const applied: TextlintMessage[] = [];
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const lint = new Lint();
      let result: Awaited<ReturnType<TextlintKernel["fixText"]>>;
      try {
        result = await this.kernel.fixText(output, buildKernelOptions(config, filePath, this.options, lint));
      } finally {
        lint.release();
      }
      if (result.output === output) break;
      applied.push(...result.applyingMessages);
      output = result.output;
    }
    output = restoreLineBreaks(text, output);
    const remaining = await this.lintText(output, config, filePath);
    return { output, applied, remaining };
  }
}
