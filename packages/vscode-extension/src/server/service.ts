import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  CONFIG_FILE,
  ConfigResolver,
  Engine,
  findConfigFile,
  IgnoreFile,
  isIgnoredByConfig,
  isLintable,
  isMarkdownPath,
  isTextPath,
  LINTABLE_EXTENSIONS,
  markdownHazard,
  MAX_REPORTS_PER_RULE,
  readDocument,
  ruleMetas,
  TOO_MANY_NOTE,
  walkFiles,
  writeFileAtomic,
  type EngineOptions,
  type ResolvedConfig,
} from "@gongwen-lint/core";
import type { TextlintMessage } from "@textlint/types";
import { type CodeAction, CodeActionKind, DiagnosticSeverity, TextEdit, type Diagnostic, type Range } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";

export const SOURCE = "gongwen-lint";
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gongwen`;
export const COMMAND_FIX_ALL = "gongwen.applyFixAll";
export const COMMAND_ALLOW_WORD = "gongwen.addToAllowList";

export interface Settings {
  enable: boolean;
  run: "onType" | "onSave";
  languages: string[];
  /** A configuration file used for every document; empty: discover from the document's folder. */
  configPath: string;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, run: "onType", languages: ["plaintext", "markdown"], configPath: "" };

/** What a diagnostic carries for its code actions. */
interface DiagnosticData {
  version: number;
  fix?: { range: [number, number]; text: string };
  suggestions?: Array<{ id: string; message: string; fix: { range: [number, number]; text: string } }>;
}

export function isMarkdown(doc: Pick<TextDocument, "languageId" | "uri">): boolean {
  return doc.languageId === "markdown" || isMarkdownPath(doc.uri);
}

/** Whether the settings ask for this document to be linted. */
export function wanted(doc: Pick<TextDocument, "languageId" | "uri">, settings: Settings): boolean {
  if (!settings.enable) return false;
  return settings.languages.includes(doc.languageId) || isLintable(doc.uri.split(/[?#]/)[0]);
}

/**
 * A file path for the engine: where configuration is looked up, and whose extension picks the
 * Markdown or plain-text processor (the language id wins over the file name).
 */
export function enginePath(doc: Pick<TextDocument, "languageId" | "uri">, fallbackDir: string): string {
  let file: string;
  try {
    file = doc.uri.startsWith("file:") ? fileURLToPath(doc.uri) : path.join(fallbackDir, "untitled");
  } catch {
    file = path.join(fallbackDir, "untitled");
  }
  const markdown = isMarkdown(doc);
  if (markdown ? isMarkdownPath(file) : isTextPath(file)) return file;
  return file + (markdown ? ".md" : ".txt");
}

// Looked up once per rule: diagnostics are rebuilt on every keystroke.
const hrefs = new Map<string, string | undefined>();

const metaDocs = new Map(ruleMetas.map((m) => [m.id, m.docs?.url]));

/**
 * A rule's documentation: its `meta.docs.url` (the README in the rules package) where that file exists, as when
 * the server runs from the repository; in the .vsix, which has no package layout, the copy next to the bundle
 * (dist/server.js → docs/<id>.md).
 */
export function docsHref(ruleId: string, docsDir: string): string | undefined {
  const key = `${docsDir}\u0000${ruleId}`;
  if (!hrefs.has(key)) {
    const url = metaDocs.get(ruleId);
    const file = path.join(docsDir, `${ruleId}.md`);
    hrefs.set(key, url && existsSync(fileURLToPath(url)) ? url : existsSync(file) ? pathToFileURL(file).href : undefined);
  }
  return hrefs.get(key);
}

/** Whether a URI is one of the rules' own docs (the README next to a rule, or the copy the .vsix ships). */
export function isRuleDoc(uri: string, docsDir: string): boolean {
  if (!uri.startsWith("file:")) return false;
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch {
    return false;
  }
  const inDir = (dir: string): boolean => path.relative(dir, file).split(path.sep)[0] !== ".." && !path.isAbsolute(path.relative(dir, file));
  const ruleReadme = /[\\/]rules[\\/]src[\\/]rules[\\/][a-z-]+[\\/]README\.md$/.test(file);
  return inDir(docsDir) || ruleReadme;
}

const SEVERITY: Record<number, DiagnosticSeverity> = {
  1: DiagnosticSeverity.Warning,
  2: DiagnosticSeverity.Error,
  3: DiagnosticSeverity.Information,
};

export function toDiagnostic(doc: TextDocument, m: TextlintMessage, docsDir: string, docsScheme?: string): Diagnostic {
  const [start, end] = m.range;
  const href = docsScheme ? `${docsScheme}:/${m.ruleId}.md` : docsHref(m.ruleId, docsDir);
  const data: DiagnosticData = { version: doc.version };
  if (m.fix) data.fix = { range: m.fix.range as [number, number], text: m.fix.text };
  if (m.suggestions?.length) {
    data.suggestions = m.suggestions.map((s) => ({
      id: s.id,
      message: s.message,
      fix: { range: [s.fix.range[0], s.fix.range[1]], text: s.fix.text },
    }));
  }
  return {
    range: { start: doc.positionAt(start), end: doc.positionAt(Math.max(end, start)) },
    severity: SEVERITY[m.severity] ?? DiagnosticSeverity.Warning,
    code: m.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    message: m.message,
    data,
  };
}

const rangeOf = (doc: TextDocument, [start, end]: [number, number]): Range => ({ start: doc.positionAt(start), end: doc.positionAt(end) });

/** One edit turning `before` into `after`: their differing middle. */
export function minimalEdit(doc: TextDocument, before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return TextEdit.replace(rangeOf(doc, [start, endBefore]), after.slice(start, endAfter));
}

/** How often the costly operations ran (read by the stdio tests through a test-only request). */
export const counters = { lint: 0, fixAll: 0 };

/** A yield to the event loop, so that a $/cancelRequest that arrived meanwhile is seen before costly work. */
export const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Rules whose findings in a paragraph depend only on that paragraph (RuleMeta.scope). */
const PARAGRAPH_RULES = new Set(ruleMetas.filter((m) => m.scope !== "document").map((m) => m.id));
/** A quick pass re-lints at most this many changed lines; a larger change waits for the full run. */
const QUICK_MAX_LINES = 50;

/** The last complete result for a document: its text and diagnostics. */
interface Complete {
  text: string;
  diagnostics: Diagnostic[];
}

/** Offset of the start of line `n` of `lines` (split on \n). */
function lineOffset(lines: readonly string[], n: number): number {
  let at = 0;
  for (let i = 0; i < n; i++) at += lines[i].length + 1;
  return at;
}

/** A diagnostic moved by `lines` lines and `offset` characters (its range and the offsets of its fixes). */
function shifted(d: Diagnostic, lines: number, offset: number, version: number): Diagnostic {
  const data = d.data as DiagnosticData | undefined;
  const move = (r: [number, number]): [number, number] => [r[0] + offset, r[1] + offset];
  return {
    ...d,
    range: { start: { ...d.range.start, line: d.range.start.line + lines }, end: { ...d.range.end, line: d.range.end.line + lines } },
    data: data && {
      version,
      ...(data.fix ? { fix: { ...data.fix, range: move(data.fix.range) } } : {}),
      ...(data.suggestions ? { suggestions: data.suggestions.map((x) => ({ ...x, fix: { ...x.fix, range: move(x.fix.range) } })) } : {}),
    },
  };
}

/** A finding moved by `by` characters (its range, fix and suggestions), kept within a text of `length`. */
function moved(m: TextlintMessage, by: number, length = Number.POSITIVE_INFINITY): TextlintMessage {
  const move = (r: readonly number[]): [number, number] => [Math.min(r[0] + by, length), Math.min(r[1] + by, length)];
  return {
    ...m,
    range: move(m.range),
    ...(m.fix ? { fix: { ...m.fix, range: move(m.fix.range) } } : {}),
    ...(m.suggestions ? { suggestions: m.suggestions.map((x) => ({ ...x, fix: { ...x.fix, range: move(x.fix.range) } })) } : {}),
  } as TextlintMessage;
}

/** Lines linted and lines whose kept findings were reused by the per-line lint (read by tests and the bench). */
export const lineCounters = { linted: 0, reused: 0 };

/** How long a costly request waits for its own cancellation before it starts. */
const CANCEL_WINDOW_MS = 15;

/** Cancellation as the handlers receive it (vscode-languageserver's CancellationToken). */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}
const NEVER: Cancellation = { isCancellationRequested: false };

export class LintService {
  private resolver: ConfigResolver;
  private readonly engine: Engine;

  constructor(
    private settings: Settings,
    readonly docsDir: string,
    private readonly workspaceDirs: () => string[],
    engineOptions: EngineOptions = {},
  ) {
    this.engine = new Engine(engineOptions);
    this.resolver = this.newResolver();
  }

  private newResolver(): ConfigResolver {
    return new ConfigResolver({ configFile: this.settings.configPath || undefined });
  }

  /** New settings, or a configuration file changed: configuration is read again. */
  reset(settings: Settings = this.settings): void {
    this.settings = settings;
    this.resolver = this.newResolver();
  }

  get current(): Settings {
    return this.settings;
  }

  private fallbackDir(): string {
    return this.workspaceDirs()[0] ?? process.cwd();
  }

  private locate(doc: TextDocument): { file: string; config: ResolvedConfig } {
    const file = enginePath(doc, this.fallbackDir());
    return { file, config: this.resolver.forFile(file) };
  }

  /**
   * Whether the document is checked at all: the settings ask for it, it is not one of the rules' own docs
   * (opened from a diagnostic's link), and the configuration does not ignore it — one decision for the CLI
   * (`isIgnoredByConfig`) and the editor.
   */
  checks(doc: TextDocument): boolean {
    if (!wanted(doc, this.settings) || isRuleDoc(doc.uri, this.docsDir)) return false;
    const { file, config } = this.locate(doc);
    return !isIgnoredByConfig(file, config);
  }

  private readonly complete = new Map<string, Complete>();

  /** Diagnostics of an open document; kept as the base of the next edit's quick pass (editedRegion). */
  async diagnostics(doc: TextDocument): Promise<Diagnostic[]> {
    const diagnostics = await this.lint(doc);
    this.complete.set(doc.uri, { text: doc.getText(), diagnostics });
    return diagnostics;
  }

  private async lint(doc: TextDocument): Promise<Diagnostic[]> {
    const { file, config } = this.locate(doc);
    // A file the configuration ignores gets nothing, as `gwlint` skips it; so does Markdown nested too deep to
    // parse safely (the parser would stall the server).
    if (isIgnoredByConfig(file, config) || (isMarkdown(doc) && markdownHazard(doc.getText()))) return [];
    counters.lint++;
    const text = doc.getText();
    // Markdown blocks parse in context, and gwlint-disable directives reach across lines: those run whole.
    const messages =
      isMarkdown(doc) || text.includes("gwlint-")
        ? (await this.engine.lintText(text, config, file)).messages
        : await this.lintByLine(text, config, file);
    return messages.map((m) => toDiagnostic(doc, m, this.docsDir, this.docsScheme));
  }

  /** Per configuration: the paragraph-scope rules' findings of each line, keyed by the line's text. */
  private readonly lineResults = new WeakMap<ResolvedConfig, Map<string, TextlintMessage[]>>();
  private readonly splitConfigs = new WeakMap<ResolvedConfig, { paragraph: ResolvedConfig; document: ResolvedConfig }>();

  /** The configuration's paragraph-scope rules and its document-scope rules, as two configurations (made once). */
  private split(config: ResolvedConfig): { paragraph: ResolvedConfig; document: ResolvedConfig } {
    let split = this.splitConfigs.get(config);
    if (!split) {
      split = {
        paragraph: { ...config, rules: config.rules.filter((r) => PARAGRAPH_RULES.has(r.id)) },
        document: { ...config, rules: config.rules.filter((r) => !PARAGRAPH_RULES.has(r.id)) },
      };
      this.splitConfigs.set(config, split);
    }
    return split;
  }

  /**
   * A plain-text lint in two parts, the same findings as one run: each line is a paragraph, and the
   * paragraph-scope rules' findings of a line depend on its text alone, so they are kept per line text and only
   * new or edited lines are linted (together, in one run); the document-scope rules (heading sequence, duplicate
   * paragraphs, quotes across paragraphs, terms used elsewhere) run over the whole text. The kept lines are
   * those of the current text, so memory follows the document, not the number of edits.
   */
  private async lintByLine(text: string, config: ResolvedConfig, file: string): Promise<TextlintMessage[]> {
    const split = this.split(config);
    const known = this.lineResults.get(config) ?? new Map<string, TextlintMessage[]>();
    const lines = text.split("\n");
    const missing = [...new Set(lines.filter((l) => l.length > 0 && !known.has(l)))];
    if (missing.length > 0) {
      lineCounters.linted += missing.length;
      const joined = `${missing.join("\n")}\n`;
      const starts: number[] = [];
      let at = 0;
      for (const l of missing) {
        starts.push(at);
        known.set(l, []);
        at += l.length + 1;
      }
      const found = (await this.engine.lintText(joined, split.paragraph, file)).messages;
      // A rule stops listing after MAX_REPORTS_PER_RULE findings in one run: the lines past that point have no
      // results of their own, so this text is linted whole (and nothing is kept).
      if (found.some((m) => m.message === TOO_MANY_NOTE)) {
        for (const l of missing) known.delete(l);
        return (await this.engine.lintText(text, config, file)).messages;
      }
      for (const m of found) {
        // The line the finding starts on (binary search over the line starts).
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid] <= m.range[0]) lo = mid;
          else hi = mid - 1;
        }
        known.get(missing[lo])!.push(moved(m, -starts[lo]));
      }
    }
    lineCounters.reused += lines.length - missing.length;
    const messages: TextlintMessage[] = [];
    const current = new Map<string, TextlintMessage[]>();
    let offset = 0;
    for (const l of lines) {
      const found = known.get(l);
      if (found) {
        current.set(l, found);
        for (const m of found) messages.push(moved(m, offset, text.length));
      }
      offset += l.length + 1;
    }
    this.lineResults.set(config, current);
    // Over the limit in the whole text, which findings are listed depends on the order of a whole run.
    const perRule = new Map<string, number>();
    for (const m of messages) perRule.set(m.ruleId, (perRule.get(m.ruleId) ?? 0) + 1);
    if ([...perRule.values()].some((n) => n > MAX_REPORTS_PER_RULE)) return (await this.engine.lintText(text, config, file)).messages;
    if (split.document.rules.length > 0) messages.push(...(await this.engine.lintText(text, split.document, file)).messages);
    return messages.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  }

  /** Forgets a closed document's last result. */
  forget(uri: string): void {
    this.complete.delete(uri);
  }

  /**
   * The edited paragraphs first: after a small edit to a plain-text draft, the changed lines are linted alone by
   * the paragraph-scope rules, and the previous complete result supplies the rest (moved with the edit). The full
   * run follows and replaces it; this only makes the edited region's findings appear sooner. Undefined where it
   * cannot stand in: Markdown (a block alone may parse differently), inline gwlint-disable directives (they reach
   * across lines), a large change, or no previous result.
   */
  async editedRegion(doc: TextDocument): Promise<Diagnostic[] | undefined> {
    const previous = this.complete.get(doc.uri);
    if (!previous || isMarkdown(doc)) return undefined;
    const text = doc.getText();
    if (text.includes("gwlint-") || previous.text.includes("gwlint-")) return undefined;
    const { file, config } = this.locate(doc);
    if (isIgnoredByConfig(file, config)) return undefined;
    const before = previous.text.split("\n");
    const after = text.split("\n");
    let top = 0;
    while (top < before.length && top < after.length && before[top] === after[top]) top++;
    let bottom = 0;
    while (bottom < before.length - top && bottom < after.length - top && before[before.length - 1 - bottom] === after[after.length - 1 - bottom])
      bottom++;
    const oldEnd = before.length - bottom;
    const newEnd = after.length - bottom;
    if (newEnd - top > QUICK_MAX_LINES || oldEnd - top > QUICK_MAX_LINES) return undefined;
    const newStart = lineOffset(after, top);
    const delta = lineOffset(after, newEnd) - lineOffset(before, oldEnd);
    const kept: Diagnostic[] = [];
    for (const d of previous.diagnostics) {
      if (d.range.end.line < top || (d.range.end.line === top && d.range.end.character === 0 && d.range.start.line < top))
        kept.push(shifted(d, 0, 0, doc.version));
      else if (d.range.start.line >= oldEnd) kept.push(shifted(d, newEnd - oldEnd, delta, doc.version));
    }
    const region = after.slice(top, newEnd).join("\n");
    const result = await this.engine.lintText(region, this.split(config).paragraph, file);
    const fresh = result.messages.map((m) => toDiagnostic(doc, moved(m, newStart), this.docsDir, this.docsScheme));
    return [...kept, ...fresh].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }

  /**
   * The files "检查工作区" checks: text and Markdown files in the workspace folders that neither the folder's
   * .gwlintignore nor the configuration's `ignore` excludes — what `gwlint <folder>` checks, minus .docx.
   */
  workspaceFiles(): string[] {
    const out: string[] = [];
    const extensions = new Set(LINTABLE_EXTENSIONS);
    for (const dir of this.workspaceDirs()) {
      const ignores = new IgnoreFile(dir);
      for (const file of walkFiles(dir, extensions)) {
        if (ignores.ignores(file) || isRuleDoc(pathToFileURL(file).href, this.docsDir)) continue;
        if (!isIgnoredByConfig(file, this.resolver.forFile(file))) out.push(file);
      }
    }
    return out.sort();
  }

  /** Diagnostics of a file on disk (decoded as gwlint decodes it), for a document that is not open. */
  async fileDiagnostics(file: string): Promise<Diagnostic[]> {
    const { text } = await readDocument(file);
    const uri = pathToFileURL(file).href;
    const doc = TextDocument.create(uri, isMarkdownPath(file) ? "markdown" : "plaintext", 0, text);
    // Not kept: the document is not open, and a workspace holds thousands of files.
    return this.lint(doc);
  }

  /** Where rule docs are linked: file URLs, or a client's read-only scheme (gongwen-doc:/<id>.md). */
  docsScheme: string | undefined;

  /** The edit that applies every safe fix (what `gwlint --fix` would write); undefined when cancelled. */
  async fixAllEdit(doc: TextDocument, token: Cancellation = NEVER): Promise<TextEdit | undefined> {
    const { file, config } = this.locate(doc);
    if (isIgnoredByConfig(file, config) || (isMarkdown(doc) && markdownHazard(doc.getText()))) return undefined;
    const version = doc.version;
    // A $/cancelRequest takes effect when it is read from the stream: a short wait lets one sent right after
    // this request arrive before the costly part (a fix-all takes hundreds of milliseconds on a long draft).
    await new Promise((resolve) => setTimeout(resolve, CANCEL_WINDOW_MS));
    if (token.isCancellationRequested) return undefined;
    counters.fixAll++;
    const before = doc.getText();
    const { output } = await this.engine.fixText(before, config, file);
    await tick();
    if (token.isCancellationRequested || doc.version !== version) return undefined;
    return minimalEdit(doc, before, output);
  }

  /**
   * Quick fixes for the diagnostics the client passes (those at the cursor), and fix-all. The fix-all edit is
   * computed only when the request asks for source.fixAll (save actions, the "fix all" menu); the lightbulb's
   * request (no `only`) gets a fix-all that runs as a command when chosen, so moving the cursor costs nothing.
   */
  async codeActions(doc: TextDocument, diagnostics: Diagnostic[], only: string[] | undefined, token: Cancellation = NEVER): Promise<CodeAction[]> {
    const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      const eol = doc.getText().includes("\r\n") ? "\r\n" : "\n";
      const markdown = isMarkdown(doc);
      for (const d of diagnostics) {
        if (d.source !== SOURCE) continue;
        const data = d.data as DiagnosticData | undefined;
        const current = data?.version === doc.version;
        const ruleId = String(d.code);
        if (current && data?.fix) {
          const text = data.fix.text;
          actions.push({
            title: text ? `改为“${text}”（${ruleId}）` : `删除（${ruleId}）`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            isPreferred: true,
            edit: { changes: { [doc.uri]: [TextEdit.replace(rangeOf(doc, data.fix.range), text)] } },
          });
        }
        for (const s of current ? (data?.suggestions ?? []) : []) {
          actions.push({
            title: `${s.message}（${ruleId}）`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            edit: { changes: { [doc.uri]: [TextEdit.replace(rangeOf(doc, s.fix.range), s.fix.text)] } },
          });
        }
        const line = d.range.start.line;
        const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
        const indent = /^[ \t\u3000]*/u.exec(lineText)![0];
        const comment = (kind: string): string => (markdown ? `<!-- gwlint-${kind} ${ruleId} -->` : `// gwlint-${kind} ${ruleId}`);
        actions.push({
          title: `在下一行之前禁用 ${ruleId}（仅此行）`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: { changes: { [doc.uri]: [TextEdit.insert({ line, character: 0 }, `${indent}${comment("disable-next-line")}${eol}`)] } },
        });
        actions.push({
          title: `在本文件中禁用 ${ruleId}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: { changes: { [doc.uri]: [TextEdit.insert({ line: 0, character: 0 }, `${comment("disable")}${eol}`)] } },
        });
        const word = doc.getText(d.range).trim();
        if (word.length >= 1 && word.length <= 20 && !/[\r\n]/.test(word)) {
          actions.push({
            title: `将“${word}”加入允许词表（.gwlintrc.json）`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            command: { title: "加入允许词表", command: COMMAND_ALLOW_WORD, arguments: [doc.uri, word] },
          });
        }
      }
    }
    const title = "修复全部 gongwen-lint 可自动修复的问题";
    if (only && wants(FIX_ALL_KIND)) {
      const edit = await this.fixAllEdit(doc, token);
      if (edit) actions.push({ title, kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: [edit] } } });
    } else if (!only && diagnostics.some((d) => d.source === SOURCE && (d.data as DiagnosticData | undefined)?.fix)) {
      actions.push({ title, kind: FIX_ALL_KIND, command: { title, command: COMMAND_FIX_ALL, arguments: [doc.uri] } });
    }
    return token.isCancellationRequested ? [] : actions;
  }

  /**
   * Adds `word` to the `allow` list of the configuration that applies to the document (the
   * configPath setting, the nearest .gwlintrc.json or package.json "gwlint"), creating a
   * .gwlintrc.json in the workspace folder (or the document's folder) if there is none.
   * Returns the file written.
   */
  async allowWord(doc: Pick<TextDocument, "languageId" | "uri">, word: string): Promise<string> {
    const file = enginePath(doc, this.fallbackDir());
    const dir = path.dirname(file);
    let target = this.settings.configPath || findConfigFile(dir);
    if (!target) {
      const root = this.workspaceDirs().find((w) => dir === w || dir.startsWith(w + path.sep));
      target = path.join(root ?? dir, CONFIG_FILE);
    }
    let json: Record<string, unknown> = {};
    if (existsSync(target)) json = JSON.parse((await fs.readFile(target, "utf8")).replace(/^\uFEFF/, ""));
    const section = path.basename(target) === "package.json" ? ((json.gwlint ??= {}) as Record<string, unknown>) : json;
    const allow = Array.isArray(section.allow) ? (section.allow as string[]) : [];
    if (!allow.includes(word)) allow.push(word);
    section.allow = allow;
    await writeFileAtomic(target, `${JSON.stringify(json, null, 2)}\n`);
    this.reset();
    return target;
  }
}
