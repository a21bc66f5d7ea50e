import { createHash } from "node:crypto";
import { createWriteStream, existsSync, openSync, readFileSync, statSync } from "node:fs";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { FileError } from "@gongwen-lint/core/errors";
import { presetFingerprint } from "@gongwen-lint/core/fingerprint";
import { ENCODING_NAMES, type Encoding } from "@gongwen-lint/core/decode";
import { configuredTemplate, findConfigFile } from "@gongwen-lint/core/locate";
import { annotatedPath, isAnnotatedCopy } from "./annotated-path.js";
import { ResultCache } from "./cache.js";
import { IgnoreFile, discover, parseFileList, shardOf } from "./discover.js";
import type { FailedFile, Formatter, Summary } from "./formatters/types.js";
import { batchSize, DEFAULT_TIMEOUT_SECONDS, inlineRunner, ordered, threadsFor, workerRunner, type Runner } from "./pool.js";
import { SEVERITY_ERROR, SEVERITY_WARNING, type FileResult, type Task } from "./types.js";

export const VERSION: string = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;

// Loaded on demand: a run served from the cache never loads the engine or the rules.
const FORMATTERS: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import("./formatters/stylish.js")).stylish,
  json: async () => (await import("./formatters/json.js")).json,
  sarif: async () => (await import("./formatters/sarif.js")).sarif,
  html: async () => (await import("./formatters/html.js")).html,
};

export const HELP = `gwlint — 公文校对工具（gongwen-lint ${VERSION}）

用法：gwlint [选项] <文件|目录|通配符...>
      gwlint --stdin [--stdin-filename 名称.md] < 文稿.txt
      gwlint merge [-f json|sarif] [-o 输出文件] 结果1.json 结果2.json ...

检查 .txt / .md 文稿（UTF-8、UTF-16、GBK/GB18030、Big5 自动识别，也可用 --encoding 指定）和 Word .docx（只检查不修改）。
目录会递归查找，并遵循当前目录下 .gwlintignore（与 .gitignore 相同语法）；
.doc、.wps、.pdf 不在检查范围内，会逐个提示并计入“跳过”。

选项：
  -f, --format <名称>        输出格式：stylish（默认）、json（textlint 格式）、sarif（2.1.0）、html（报告网页）
  -o, --output <文件>        把报告写入文件而不是标准输出
      --fix                  自动修复可安全修复的问题并写回原文件（保留编码、BOM、换行符；不改写 .docx）
      --dry-run              与 --fix 同用：不写文件，输出统一 diff
      --annotate             为每个 .docx 写出批注副本“文件.gwlint.docx”：每处问题一条批注，可安全修复的改动作为修订（原文件不变）
      --annotate-dir <目录>  批注副本写入该目录（保持相对于当前目录的路径）；隐含 --annotate
      --stdin                从标准输入读取文本；与 --fix 同用时按输入的编码输出修复后的文本
      --stdin-filename <名>  标准输入文本的文件名（决定格式与配置查找）
      --files-from <清单>    从清单文件读取要检查的路径（每行一个；- 表示标准输入）
      --timeout <秒>         检查多个文件时每个文件的时限（默认 30 秒），超时的文件记为失败，其余照常检查
      --encoding <编码>      按指定编码读取文本文件，不再自动识别（utf-8、gbk/gb18030、big5、utf-16le、utf-16be）
  -j, --jobs <数>            并行线程数（默认：CPU 核数 ${os.availableParallelism()}）
      --cache                跳过内容、配置和规则都未变的文件（结果存于缓存文件）
      --cache-location <路径> 缓存文件位置（默认 ./.gwlintcache）
      --shard <i/n>          只检查 n 份中的第 i 份（按路径确定，便于多台机器分担；结果可用 merge 合并）
      --rule <规则>          只运行指定规则（可重复）
      --disable-rule <规则>  关闭指定规则（可重复）
      --max-warnings <数>    警告超过该数时以 1 退出
      --quiet                只报告错误；不显示进度条和提示信息
      --no-progress          不显示进度条
  -c, --config <文件>        使用指定配置文件，不再逐级查找 .gwlintrc.json
      --ignore-path <文件>   忽略文件（默认 ./.gwlintignore）
      --list-rules           列出全部规则
      --color / --no-color   强制开启或关闭颜色（默认：终端中开启，遵循 NO_COLOR）
  -v, --version              显示版本
  -h, --help                 显示本帮助

退出码：0 无问题（或仅有不超过阈值的警告）；1 发现错误或警告超过阈值；
        2 用法或配置错误，或有文件无法检查（不存在、无法读取、二进制、已损坏、已加密等）。

示例：
  gwlint 讲话稿.txt 通知.docx              检查文件
  gwlint docs/ "archive/**/*.md"           检查目录和通配符匹配的文件
  gwlint --fix --dry-run 讲话稿.txt        预览自动修复
  gwlint --annotate 通知.docx              写出带批注和修订的副本 通知.gwlint.docx
  gwlint --annotate-dir 审阅/ 档案/        整个档案库的批注副本写入 审阅/
  gwlint --format json 讲话稿.txt > r.json
  gwlint --format html -o 报告.html --cache 档案/
  gwlint --format sarif -o gwlint.sarif docs/
  gwlint --shard 1/4 -f json -o part1.json 档案/   然后：gwlint merge part*.json
  find 档案 -name "*.txt" | gwlint --files-from -
  cat 通知.txt | gwlint --stdin
`;

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const defaultIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env });

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", short: "f", default: "stylish" },
      output: { type: "string", short: "o" },
      fix: { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
      annotate: { type: "boolean", default: false },
      "annotate-dir": { type: "string" },
      stdin: { type: "boolean", default: false },
      "stdin-filename": { type: "string" },
      "files-from": { type: "string" },
      encoding: { type: "string" },
      timeout: { type: "string" },
      jobs: { type: "string", short: "j" },
      cache: { type: "boolean", default: false },
      "cache-location": { type: "string" },
      shard: { type: "string" },
      rule: { type: "string", multiple: true, default: [] },
      "disable-rule": { type: "string", multiple: true, default: [] },
      "max-warnings": { type: "string" },
      quiet: { type: "boolean", default: false },
      "no-progress": { type: "boolean", default: false },
      config: { type: "string", short: "c" },
      "ignore-path": { type: "string" },
      "list-rules": { type: "boolean", default: false },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      version: { type: "boolean", short: "v", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

const sha256 = (data: string | Buffer): string => createHash("sha256").update(data).digest("hex");

/** The command line, checked: what to do and how. */
export interface Options {
  action: "lint" | "help" | "version" | "list-rules";
  positionals: string[];
  loadFormatter: () => Promise<Formatter>;
  format: string;
  output?: string;
  fix: boolean;
  dryRun: boolean;
  /** --annotate (or --annotate-dir): write annotated copies of .docx files. */
  annotate: boolean;
  annotateDir?: string;
  stdin: boolean;
  stdinFilename?: string;
  filesFrom?: string;
  jobs: number;
  cache: boolean;
  cacheLocation?: string;
  shard?: { index: number; count: number };
  only: string[];
  disable: string[];
  /** -1: no limit. */
  maxWarnings: number;
  /** Seconds a file may take on a worker thread. */
  timeout: number;
  encoding?: Encoding;
  quiet: boolean;
  progress: boolean;
  config?: string;
  ignorePath?: string;
  color: boolean;
}

/** node:util parseArgs's errors, in the words of the rest of gwlint. */
export function argumentError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const option = /'(?:-\w, )?(--?[^' ]+)/.exec(e.message)?.[1] ?? "";
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `未知选项“${option}”`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /ambiguous/.test(e.message) ? `选项“${option}”的值不能以“-”开头（如需要，写作 ${option}=值）` : `选项“${option}”缺少值或值不正确`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `多余的参数“${/'([^']+)'/.exec(e.message)?.[1] ?? ""}”`;
    default:
      return `参数有误（${e.message}）`;
  }
}

/** Parses and checks the arguments: the options, or the usage error to print. */
export function parseOptions(argv: string[], io: Pick<Io, "stdout" | "env">): { options: Options } | { usage: string } {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    return { usage: argumentError(error) };
  }
  const opts = args.values;
  const action = opts.help ? "help" : opts.version ? "version" : opts["list-rules"] ? "list-rules" : "lint";
  const shardMatch = opts.shard === undefined ? null : /^(\d+)\/(\d+)$/.exec(opts.shard);
  const shard = shardMatch ? { index: Number(shardMatch[1]) - 1, count: Number(shardMatch[2]) } : undefined;
  // --help, --version and --list-rules answer whatever else the line says.
  const check = (): string | undefined => {
    if (!FORMATTERS[opts.format!]) return `未知输出格式“${opts.format}”（可用：${Object.keys(FORMATTERS).join("、")}）`;
    if (opts["dry-run"] && !opts.fix) return "--dry-run 需与 --fix 同用";
    if (opts["stdin-filename"] && !opts.stdin) return "--stdin-filename 需与 --stdin 同用";
    if (opts.stdin && (args.positionals.length > 0 || opts["files-from"])) return "使用 --stdin 时不能同时指定文件";
    if (!opts.stdin && args.positionals.length === 0 && !opts["files-from"]) return "请指定要检查的文件或目录";
    if (opts.cache && opts.fix) return "--cache 不能与 --fix 同用";
    if ((opts.annotate || opts["annotate-dir"] !== undefined) && opts.fix) return "--annotate 不能与 --fix 同用（批注副本中已含修订）";
    if ((opts.annotate || opts["annotate-dir"] !== undefined) && opts.stdin) return "--annotate 需要 Word 文件，不能与 --stdin 同用";
    if (opts["max-warnings"] !== undefined && !/^\d+$/.test(opts["max-warnings"]))
      return `--max-warnings 应为非负整数，而不是“${opts["max-warnings"]}”`;
    if (opts.jobs !== undefined && !/^[1-9]\d*$/.test(opts.jobs)) return `--jobs 应为正整数，而不是“${opts.jobs}”`;
    if (opts.timeout !== undefined && !(Number(opts.timeout) > 0)) return `--timeout 应为正数（秒），而不是“${opts.timeout}”`;
    if (opts.encoding !== undefined && !ENCODING_NAMES[opts.encoding.toLowerCase()])
      return `不支持的编码“${opts.encoding}”（可用：${Object.keys(ENCODING_NAMES).join("、")}）`;
    if (opts.shard !== undefined && !(shard && shard.count >= 1 && shard.index >= 0 && shard.index < shard.count))
      return `--shard 应为 i/n（1 ≤ i ≤ n），而不是“${opts.shard}”`;
    return undefined;
  };
  const problem = action === "lint" ? check() : undefined;
  if (problem) return { usage: problem };
  const loadFormatter = FORMATTERS[opts.format!] ?? FORMATTERS.stylish;
  const maxWarnings = opts["max-warnings"] === undefined ? -1 : Number(opts["max-warnings"]);
  const jobs = opts.jobs === undefined ? os.availableParallelism() : Number(opts.jobs);
  return {
    options: {
      action,
      positionals: args.positionals,
      loadFormatter,
      format: opts.format!,
      output: opts.output,
      fix: opts.fix!,
      dryRun: opts["dry-run"]!,
      annotate: opts.annotate! || opts["annotate-dir"] !== undefined,
      ...(opts["annotate-dir"] !== undefined ? { annotateDir: opts["annotate-dir"] } : {}),
      stdin: opts.stdin!,
      stdinFilename: opts["stdin-filename"],
      filesFrom: opts["files-from"],
      jobs,
      cache: opts.cache!,
      cacheLocation: opts["cache-location"],
      shard,
      only: opts.rule!,
      disable: opts["disable-rule"]!,
      maxWarnings,
      timeout: opts.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(opts.timeout),
      ...(opts.encoding ? { encoding: ENCODING_NAMES[opts.encoding.toLowerCase()] } : {}),
      quiet: opts.quiet!,
      progress: !opts.quiet && !opts["no-progress"],
      config: opts.config,
      ignorePath: opts["ignore-path"],
      color: opts.color ?? (!opts["no-color"] && !opts.output && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR),
    },
  };
}

/** What one run shares between its steps. */
interface Run {
  options: Options;
  io: Io;
  started: number;
  base: Omit<Task, "filePath">;
  err: (line: string) => void;
  /** A file path as the user gave it: relative to the working folder. */
  rel: (file: string) => string;
  /** Drops what --quiet hides. */
  keep: (r: FileResult) => FileResult;
}

/** Runs gwlint; returns the exit code. */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const started = performance.now();
  const err = (line: string): void => {
    io.stderr.write(line.endsWith("\n") ? line : `${line}\n`);
  };
  const usage = (message: string): number => {
    err(`gwlint：${message}\n运行 gwlint --help 查看用法。`);
    return 2;
  };
  if (argv[0] === "merge") {
    const { merge } = await import("./merge.js");
    return merge(argv.slice(1), io);
  }
  const parsed = parseOptions(argv, io);
  if ("usage" in parsed) return usage(parsed.usage);
  const { options } = parsed;
  switch (options.action) {
    case "help":
      io.stdout.write(HELP);
      return 0;
    case "version":
      io.stdout.write(`${VERSION}\n`);
      return 0;
    case "list-rules": {
      const { ruleMetas } = await import("textlint-rule-preset-gongwen");
      for (const m of ruleMetas) {
        io.stdout.write(`${m.id.padEnd(28)}${m.category}  ${m.defaultSeverity.padEnd(8)}${m.fixable ? "可修复  " : "        "}${m.description}\n`);
      }
      return 0;
    }
  }
  const run: Run = {
    options,
    io,
    started,
    err,
    base: {
      fix: options.fix,
      dryRun: options.dryRun,
      configFile: options.config ? path.resolve(io.cwd, options.config) : undefined,
      only: options.only,
      disable: options.disable,
      cwd: io.cwd,
      ...(options.encoding ? { encoding: options.encoding } : {}),
      ...(options.annotate ? { annotate: options.annotateDir ? { dir: path.resolve(io.cwd, options.annotateDir) } : {} } : {}),
      ...(options.cache ? { hash: true } : {}),
    },
    rel: (file) => (path.isAbsolute(file) ? path.relative(io.cwd, file) || file : file),
    keep: (r) => (options.quiet ? { ...r, messages: r.messages.filter((m) => m.severity === SEVERITY_ERROR) } : r),
  };
  if (options.stdin) return lintStdin(run);
  const selected = await selectFiles(run);
  if ("usage" in selected) return usage(selected.usage);
  return lintFiles(run, selected);
}

/** --stdin: one text from standard input, linted, fixed (written back in its own encoding) or reported. */
async function lintStdin({ options, io, base, err, keep, started }: Run): Promise<number> {
  const name = options.stdinFilename ? path.resolve(io.cwd, options.stdinFilename) : undefined;
  const { decodeBytes, encodeText } = await import("@gongwen-lint/core");
  let decoded: ReturnType<typeof decodeBytes>;
  try {
    decoded = decodeBytes(await readAll(io.stdin), options.encoding);
  } catch (error) {
    err(`gwlint：<stdin>：${(error as Error).message}`);
    return 2;
  }
  const { text } = decoded;
  const { processText } = await import("./process.js");
  const { result, output } = await processText(text, name, base);
  if (result.configError) {
    err(`gwlint：${result.configError}`);
    return 2;
  }
  const out = options.output ? openOutput(io, options.output, err) : io.stdout;
  if (!out) return 2;
  const finish = async (data: string | Buffer): Promise<void> => {
    out.write(data);
    if (options.output) {
      out.end();
      await once(out, "finish");
    }
  };
  const kept = keep(result);
  if (options.fix) {
    // The fixed text goes out as it came in: same encoding, same byte-order mark.
    await finish(options.dryRun ? (result.diff ?? "") : encodeText(output ?? text, decoded.encoding, decoded.bom));
    return exitCode(count([kept]), 0, options.maxWarnings);
  }
  const formatter = (await options.loadFormatter())({ cwd: io.cwd, color: options.color, quiet: options.quiet, version: VERSION });
  const summary = { ...emptySummary(), ...count([kept]), files: 1, chars: text.length, seconds: (performance.now() - started) / 1000 };
  await finish(formatter.begin() + formatter.file(kept) + formatter.end(summary, []));
  return exitCode(summary, 0, options.maxWarnings);
}

interface Selection {
  files: string[];
  outOfScope: string[];
  /** Files that could not be checked (missing, unreadable, unsupported), already reported on stderr. */
  failed: FailedFile[];
}

/** The files to check: discovery, .gwlintignore, --files-from and --shard; what is skipped is said on stderr. */
async function selectFiles({ options, io, err, rel }: Run): Promise<Selection | { usage: string }> {
  let ignores: IgnoreFile;
  try {
    ignores = new IgnoreFile(io.cwd, options.ignorePath);
  } catch (error) {
    return { usage: `${(error as Error).message}：${(error as FileError).filePath}` };
  }
  let listed: string[] = [];
  if (options.filesFrom) {
    try {
      const list = options.filesFrom === "-" ? await readAll(io.stdin) : readFileSync(path.resolve(io.cwd, options.filesFrom));
      listed = parseFileList(list.toString("utf8"));
    } catch (error) {
      return { usage: `无法读取 --files-from 清单：${(error as Error).message}` };
    }
  }
  const found = await discover(options.positionals, io.cwd, ignores, listed);
  const inShard = (f: string): boolean => !options.shard || shardOf(f, io.cwd, options.shard.count) === options.shard.index;
  // --annotate does not check the copies it wrote before.
  const wanted = (file: string): boolean => inShard(file) && !(options.annotate && isAnnotatedCopy(file));
  const selection: Selection = { files: found.files.filter(wanted), outOfScope: found.outOfScope.filter(inShard), failed: [] };
  for (const e of found.errors) {
    selection.failed.push({ filePath: e.filePath, code: e.code, message: e.message });
    err(`gwlint：${rel(e.filePath)}：${e.message}`);
  }
  if (!options.quiet) {
    for (const file of found.ignored) err(`gwlint：${rel(file)}：已被 .gwlintignore 忽略`);
    for (const file of selection.outOfScope) err(`gwlint：${rel(file)}：不支持 ${path.extname(file)} 格式，已跳过（可另存为 .docx 或 .txt 后检查）`);
  }
  return selection;
}

/** Cache keys per file: its configuration file and that file's content, the rules' build, the rule options. */
function cacheKeys(base: Omit<Task, "filePath">): (file: string) => string {
  const configOfDir = new Map<string, string>();
  const keyOfConfig = new Map<string, string>();
  return (file) => {
    const dir = path.dirname(file);
    let configFile = configOfDir.get(dir);
    if (configFile === undefined) {
      configFile = base.configFile ?? findConfigFile(dir) ?? "";
      configOfDir.set(dir, configFile);
    }
    let key = keyOfConfig.get(configFile);
    if (key === undefined) {
      let digest: string;
      try {
        const bytes = configFile ? readFileSync(configFile) : undefined;
        digest = bytes ? sha256(bytes) : "";
        // docx-layout's reference file is part of the configuration: a changed template re-checks the files.
        const template = bytes ? configuredTemplate(configFile, bytes.toString("utf8")) : undefined;
        if (template) digest += sha256(readFileSync(template));
      } catch {
        digest = "unreadable";
      }
      key = sha256(JSON.stringify([VERSION, presetFingerprint(), configFile, digest, base.only, base.disable]));
      keyOfConfig.set(configFile, key);
    }
    return key;
  };
}

/** The -o file opened for writing, or undefined after saying why it cannot be. */
function openOutput(io: Io, output: string, err: (line: string) => void): NodeJS.WritableStream | undefined {
  const file = path.resolve(io.cwd, output);
  try {
    return createWriteStream(file, { fd: openSync(file, "w") });
  } catch (error) {
    err(`gwlint：无法写入输出文件 ${output}（${writeFailure(error)}）`);
    return undefined;
  }
}

/** Why a file could not be written, in a few words. */
export function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EISDIR") return "这是一个目录";
  if (code === "ENOENT" || code === "ENOTDIR") return "所在目录不存在";
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "没有写入权限";
  if (code === "ENOSPC") return "磁盘空间不足";
  return code ?? (error as Error).message;
}

/** Runs one batch of files: cache hits are answered here, the rest go to the runner; fresh results are cached. */
function batchRunner(
  base: Omit<Task, "filePath">,
  cache: ResultCache | undefined,
  getRunner: () => Promise<Runner>,
): (batch: string[]) => Promise<FileResult[]> {
  const keyFor = cacheKeys(base);
  // --annotate: a cached result stands only while the annotated copy is newer than its file.
  const upToDate = (file: string): boolean => {
    if (!base.annotate) return true;
    try {
      return statSync(annotatedPath(file, base.cwd, base.annotate.dir)).mtimeMs >= statSync(file).mtimeMs;
    } catch {
      return false;
    }
  };
  return async (batch) => {
    const out: Array<FileResult | undefined> = new Array(batch.length);
    const keys = batch.map((f) => (cache ? keyFor(f) : ""));
    if (cache) for (const [k, f] of batch.entries()) out[k] = upToDate(f) ? cache.lookup(f, keys[k]) : undefined;
    const missing = batch.flatMap((_f, k) => (out[k] ? [] : [k]));
    if (missing.length) {
      const done = await (await getRunner()).run(missing.map((k) => ({ ...base, filePath: batch[k] })));
      for (const [j, k] of missing.entries()) {
        out[k] = done[j];
        cache?.store(done[j], keys[k]);
      }
    }
    return out as FileResult[];
  };
}

/** Adds one file's counts to the summary. */
function tally(summary: Summary, result: FileResult, kept: FileResult): void {
  summary.files++;
  summary.chars += result.chars;
  if (result.fromCache) summary.cacheHits++;
  if (result.fixed) {
    summary.fixed += result.fixed;
    summary.fixedFiles++;
  }
  const c = count([kept]);
  summary.errors += c.errors;
  summary.warnings += c.warnings;
  summary.infos += c.infos;
  summary.fixable += c.fixable;
}

/** Lints (or fixes) the selected files on worker threads, streaming results in path order to the formatter. */
async function lintFiles(run: Run, { files, outOfScope, failed }: Selection): Promise<number> {
  const { options, io, base, err, rel, keep } = run;
  const cacheFile = path.resolve(io.cwd, options.cacheLocation ?? ".gwlintcache");
  if (options.cache && existsSync(cacheFile) && statSync(cacheFile).isDirectory()) {
    err(`gwlint：缓存位置 ${options.cacheLocation} 是一个目录，请指定文件（如 ${path.join(options.cacheLocation ?? ".", ".gwlintcache")}）`);
    return 2;
  }
  const cache = options.cache ? new ResultCache(cacheFile) : undefined;
  const formatter = (await options.loadFormatter())({ cwd: io.cwd, color: options.color, quiet: options.quiet, version: VERSION });
  const stream = options.output ? openOutput(io, options.output, err) : io.stdout;
  if (!stream) return 2;
  const write = async (text: string): Promise<void> => {
    if (text && !stream.write(text)) await once(stream, "drain");
  };
  const diffs: string[] = [];
  const summary = emptySummary();
  let runner: Runner | undefined;
  let runnerReady: Promise<Runner> | undefined;
  // As many threads as the input's size makes worth starting (a few small files run on one).
  const threads = threadsFor(files, options.jobs);
  const getRunner = (): Promise<Runner> =>
    (runnerReady ??=
      // More than one file runs on worker threads (one with --jobs 1), where a file over --timeout can be stopped.
      (files.length > 1 ? workerRunner(threads, options.timeout) : inlineRunner()).then((r) => (runner = r)));
  const progress = options.progress && io.stderr.isTTY && files.length > 1 ? await startProgress(io, files.length) : undefined;
  let configError: string | undefined;

  try {
    await write(formatter.begin());
    // Cache hits are answered here; misses go to the threads in batches; results come back in path order.
    const size = batchSize(files.length, threads);
    const batches: string[][] = [];
    for (let i = 0; i < files.length; i += size) batches.push(files.slice(i, i + size));
    const runBatch = batchRunner(base, cache, getRunner);
    outer: for await (const [, results] of ordered(batches, Math.max(2, threads * 2), runBatch)) {
      for (const result of results) {
        progress?.tick();
        if (result.configError) {
          configError = result.configError;
          break outer;
        }
        if (result.ignored) continue;
        if (result.error) {
          failed.push({ filePath: result.filePath, code: result.error.code, message: result.error.message });
          err(`gwlint：${rel(result.filePath)}：${result.error.message}`);
          continue;
        }
        if (!options.quiet) for (const notice of result.notices) err(`gwlint：${rel(result.filePath)}：${notice}`);
        // A copy written in this run (a cached result's copy is current and was left alone).
        const copy = result.annotated;
        if (copy && !result.fromCache && !options.quiet)
          err(
            `gwlint：${rel(result.filePath)}：已写出批注副本 ${rel(copy.path)}：批注 ${copy.comments} 条，修订 ${copy.revisions} 处${copy.commentsOnly ? `（${copy.commentsOnly}）` : ""}`,
          );
        const kept = keep(result);
        tally(summary, result, kept);
        if (result.diff) diffs.push(result.diff);
        if (!options.dryRun) await write(formatter.file(kept));
      }
    }
  } finally {
    progress?.stop();
    await runner?.close();
  }
  if (configError) {
    err(`gwlint：${configError}`);
    if (options.output) stream.end();
    return 2;
  }
  summary.skipped = outOfScope.length;
  summary.failed = failed.length;
  summary.seconds = (performance.now() - run.started) / 1000;
  if (options.dryRun) await write(diffs.join(""));
  else await write(formatter.end(summary, failed));
  if (options.output) {
    stream.end();
    await once(stream, "finish");
  }
  try {
    await cache?.save();
  } catch (error) {
    err(`gwlint：无法写入缓存 ${rel(cacheFile)}（${writeFailure(error)}）`);
    return 2;
  }
  if (!options.quiet && options.format !== "stylish") {
    const { statsLine } = await import("./formatters/types.js");
    err(`gwlint：${statsLine(summary)}`);
  }
  if (options.fix && !options.dryRun && summary.fixedFiles > 0) err(`gwlint：已自动修复 ${summary.fixed} 处问题（${summary.fixedFiles} 个文件）`);
  return exitCode(summary, failed.length, options.maxWarnings);
}

function emptySummary(): Summary {
  return {
    files: 0,
    chars: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    fixable: 0,
    skipped: 0,
    failed: 0,
    cacheHits: 0,
    fixed: 0,
    fixedFiles: 0,
    seconds: 0,
  };
}

function count(results: FileResult[]): { errors: number; warnings: number; infos: number; fixable: number } {
  const c = { errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (const r of results) {
    for (const m of r.messages) {
      if (m.severity === SEVERITY_ERROR) c.errors++;
      else if (m.severity === SEVERITY_WARNING) c.warnings++;
      else c.infos++;
      if (m.fix) c.fixable++;
    }
  }
  return c;
}

function exitCode(c: { errors: number; warnings: number }, failures: number, maxWarnings: number): number {
  if (failures > 0) return 2;
  if (c.errors > 0) return 1;
  if (maxWarnings >= 0 && c.warnings > maxWarnings) return 1;
  return 0;
}

/** A progress bar on stderr: files done/total, rate, time left. */
async function startProgress(io: Io, total: number): Promise<{ tick(): void; stop(): void }> {
  const { SingleBar } = await import("cli-progress");
  const bar = new SingleBar({
    stream: io.stderr as NodeJS.WriteStream,
    format: "检查中 [{bar}] {value}/{total} 个文件 | {rate} 个/秒 | 剩余 {eta_formatted}",
    barCompleteChar: "█",
    barIncompleteChar: "░",
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
  });
  const start = performance.now();
  bar.start(total, 0, { rate: "0" });
  let done = 0;
  return {
    tick() {
      done++;
      const rate = done / Math.max(0.001, (performance.now() - start) / 1000);
      bar.update(done, { rate: rate.toFixed(rate < 10 ? 1 : 0) });
    },
    stop() {
      bar.stop();
    },
  };
}
