// Lints (or fixes) one file. Loaded by each worker thread, and by the main thread for a single file or stdin:
// the engine and segmenters are created once per thread.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import {
  crToLf,
  isIgnoredByConfig,
  kernelExt,
  markdownHazard,
  ConfigError,
  ConfigResolver,
  DEFAULT_MAX_FILE_BYTES,
  Engine,
  FileError,
  fileErrorFrom,
  readDocument,
  readDocx,
  annotateDocx,
  layoutMessages,
  layoutOf,
  type LayoutSpec,
  readObserved,
  templateSpec,
  writeDocument,
  writeFileAtomic,
} from "@gongwen-lint/core";
import type { TextlintMessage } from "@textlint/types";
import { annotatedPath } from "./annotated-path.js";
import type { FileResult, Finding, FindingContext, Task } from "./types.js";

/** The unified diff of a dry run; the diff library is loaded by dry runs only. */
const unifiedDiff = async (label: string, before: string, after: string): Promise<string> =>
  (await import("diff")).createTwoFilesPatch(label, label, before, after);

/** Characters of context kept on each side of a finding. */
const CONTEXT = 24;

let engine: Engine | undefined;
const resolvers = new Map<string, ConfigResolver>();

function resolverFor(task: Pick<Task, "configFile" | "only" | "disable">): ConfigResolver {
  const key = JSON.stringify([task.configFile, task.only, task.disable]);
  let resolver = resolvers.get(key);
  if (!resolver) {
    resolver = new ConfigResolver({ configFile: task.configFile, overrides: { only: task.only, disable: task.disable } });
    resolvers.set(key, resolver);
  }
  return resolver;
}

/** docx-layout's reference files (option `template`), measured once per thread and file version. */
const templates = new Map<string, { stamp: string; spec: Promise<LayoutSpec> }>();

function templateOf(file: string): Promise<LayoutSpec> {
  const { mtimeMs, size } = statSync(file);
  const stamp = `${mtimeMs}:${size}`;
  const known = templates.get(file);
  if (known?.stamp === stamp) return known.spec;
  const spec = readDocx(readFileSync(file), file).then((read) => templateSpec(layoutOf(read.layout), path.basename(file)));
  templates.set(file, { stamp, spec });
  return spec;
}

export function contextOf(source: string, m: TextlintMessage): FindingContext {
  const [start, end] = m.range;
  const lineStart = source.lastIndexOf("\n", start - 1) + 1;
  let lineEnd = source.indexOf("\n", start);
  if (lineEnd === -1) lineEnd = source.length;
  if (source[lineEnd - 1] === "\r") lineEnd--;
  const from = Math.max(lineStart, start - CONTEXT);
  const to = Math.min(lineEnd, Math.max(end, start) + CONTEXT);
  return {
    before: (from > lineStart ? "…" : "") + source.slice(from, start),
    text: source.slice(start, end),
    after: source.slice(Math.min(Math.max(end, start), lineEnd), to) + (to < lineEnd ? "…" : ""),
  };
}

export function withContext(text: string, messages: TextlintMessage[], parts?: string[]): Finding[] {
  const source = crToLf(text); // a lone CR ends the line in the context too
  return messages.map((m) => {
    const finding: Finding = { ...m, context: contextOf(source, m) };
    const part = parts?.[m.line - 1];
    if (part && part !== "正文") finding.part = part;
    return finding;
  });
}

export async function processFile(task: Task): Promise<FileResult> {
  const result: FileResult = { filePath: task.filePath, chars: 0, messages: [], notices: [], fixed: 0 };
  const rel = path.relative(task.cwd, task.filePath) || task.filePath;
  try {
    const config = resolverFor(task).forFile(task.filePath);
    if (isIgnoredByConfig(task.filePath, config)) return { ...result, ignored: true };
    engine ??= new Engine();
    if (path.extname(task.filePath).toLowerCase() === ".docx") {
      let read: ReturnType<typeof readObserved>;
      try {
        const stat = statSync(task.filePath);
        if (stat.size > DEFAULT_MAX_FILE_BYTES) throw new FileError(task.filePath, "文件过大，已跳过", "too-large");
        read = readObserved(task.filePath, stat);
      } catch (error) {
        throw error instanceof FileError ? error : fileErrorFrom(task.filePath, error);
      }
      const { bytes } = read;
      result.observed = read.observed;
      if (task.hash) result.hash = createHash("sha256").update(bytes).digest("hex");
      const { text, parts, layout } = await readDocx(bytes, task.filePath);
      result.chars = text.length;
      if (task.fix) result.notices.push("Word 文件只检查、不修改（--fix 不改写 .docx；--annotate 可写出带批注和修订的副本）");
      const lint = await engine.lintText(text, config, task.filePath);
      // The page and typography (rule docx-layout): read from the file's XML, not from its text.
      const layoutRule = config.rules.find((r) => r.id === "docx-layout");
      const messages = [...lint.messages];
      if (layoutRule) {
        const template = typeof layoutRule.options.template === "string" ? layoutRule.options.template : undefined;
        let spec: LayoutSpec | undefined;
        try {
          spec = template ? await templateOf(template) : undefined;
        } catch (error) {
          result.notices.push(`版面模板 ${template} 无法读取，未检查版面：${(error as Error).message.split("\n")[0]}`);
        }
        if (!template || spec)
          try {
            messages.push(...layoutMessages(text, layout, layoutRule.severity, spec));
          } catch (error) {
            // The text was read; a broken styles, theme or footer part only leaves the layout unchecked.
            result.notices.push(`版面信息（样式、主题、页脚等）的 XML 无效，未检查版面：${(error as Error).message.split("\n")[0]}`);
          }
      }
      messages.sort((a, b) => a.range[0] - b.range[0] || a.line - b.line);
      result.messages = withContext(text, messages, parts);
      if (task.annotate) {
        // The annotated copy: every finding a comment, every safe fix a tracked change; the original untouched.
        const target = annotatedPath(task.filePath, task.cwd, task.annotate.dir);
        const fixed = (await engine.fixText(text, config, task.filePath)).output;
        const copy = await annotateDocx(bytes, task.filePath, { text, parts, messages: result.messages, fixed });
        await writeFileAtomic(target, copy.bytes).catch((error: Error) => {
          throw new FileError(task.filePath, `无法写出批注副本 ${target}（${error.message}）`, "write-failed");
        });
        result.annotated = {
          path: target,
          comments: copy.comments + (copy.listed ? 1 : 0),
          revisions: copy.revisions,
          listed: copy.listed,
          ...(copy.commentsOnly ? { commentsOnly: copy.commentsOnly } : {}),
        };
      }
      return result;
    }
    const doc = await readDocument(task.filePath, DEFAULT_MAX_FILE_BYTES, task.encoding ?? config.encoding);
    if (task.annotate) result.notices.push("批注副本只为 Word 文件（.docx）生成；文本文件可用 --fix --dry-run 预览修改");
    const hazard = kernelExt(task.filePath) === ".md" ? markdownHazard(doc.text) : undefined;
    if (hazard) throw new FileError(task.filePath, `Markdown 结构过深（${hazard}），无法安全解析，已跳过（可另存为 .txt 检查）`, "unparsable");
    if (task.hash) result.hash = createHash("sha256").update(doc.bytes).digest("hex");
    result.observed = doc.observed;
    result.chars = doc.text.length;
    if (doc.text.trim().length === 0) result.notices.push("空文件，没有可检查的内容");
    if (!task.fix) {
      const lint = await engine.lintText(doc.text, config, task.filePath);
      result.messages = withContext(doc.text, parsed(lint.messages, task.filePath));
      return result;
    }
    const outcome = await engine.fixText(doc.text, config, task.filePath);
    parsed(outcome.remaining.messages, task.filePath);
    if (outcome.output !== doc.text) {
      result.fixed = outcome.applied.length;
      if (task.dryRun) result.diff = await unifiedDiff(rel, doc.text, outcome.output);
      else await writeDocument(doc, outcome.output);
    }
    result.messages = withContext(outcome.output, outcome.remaining.messages);
    return result;
  } catch (error) {
    if (error instanceof FileError) return { ...result, error: { code: error.code, message: error.message } };
    if (error instanceof ConfigError) return { ...result, configError: error.message };
    throw error;
  }
}

/** The messages, unless the parser failed on the file: that is a file that could not be checked, not a finding. */
function parsed(messages: TextlintMessage[], filePath: string): TextlintMessage[] {
  if (messages.some((m) => m.ruleId === "plugin-error")) {
    throw new FileError(filePath, "无法解析此文件的 Markdown 结构，已跳过（可另存为 .txt 检查）", "unparsable");
  }
  return messages;
}

/** Processes a batch of files in order (one worker task, or a single file on the main thread). */
export async function processBatch(tasks: Task[]): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const task of tasks) results.push(await processFile(task));
  return results;
}

/** Lints or fixes text from standard input (in the main thread). */
export async function processText(
  text: string,
  name: string | undefined,
  task: Omit<Task, "filePath">,
): Promise<{ result: FileResult; output?: string }> {
  const file = name ?? path.join(task.cwd, "<stdin>.txt");
  const result: FileResult = { filePath: name ?? "<stdin>", chars: text.length, messages: [], notices: [], fixed: 0 };
  try {
    const config = resolverFor(task).forFile(file);
    engine ??= new Engine();
    if (!task.fix) {
      result.messages = withContext(text, (await engine.lintText(text, config, name)).messages);
      return { result };
    }
    const outcome = await engine.fixText(text, config, name);
    result.fixed = outcome.applied.length;
    result.messages = withContext(outcome.output, outcome.remaining.messages);
    const label = name ? path.relative(task.cwd, name) : "<stdin>";
    if (task.dryRun) result.diff = outcome.output === text ? "" : await unifiedDiff(label, text, outcome.output);
    return { result, output: outcome.output };
  } catch (error) {
    if (error instanceof ConfigError) return { result: { ...result, configError: error.message } };
    throw error;
  }
}
