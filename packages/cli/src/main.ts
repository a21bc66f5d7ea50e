import { readFileSync, promises as fs } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createTwoFilesPatch } from "diff";
import {
  ConfigError,
  ConfigResolver,
  Engine,
  FileError,
  decodeBytes,
  readDocument,
  ruleMetas,
  writeDocument,
  type ResolvedConfig,
} from "@gongwen-lint/core";
import { IgnoreFile, discover } from "./discover.js";
import { formatters, type FileReport } from "./formatters/index.js";
import { SEVERITY_ERROR, SEVERITY_WARNING } from "./formatters/types.js";
import ignore from "ignore";

export const VERSION: string = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;

export const HELP = `gwlint — 公文校对工具（gongwen-lint ${VERSION}）

用法：gwlint [选项] <文件|目录|通配符...>
      gwlint --stdin [--stdin-filename 名称.md] < 文稿.txt

检查 .txt / .md 文稿（UTF-8、UTF-16、GBK/GB18030 自动识别）。目录会递归查找，
并遵循当前目录下 .gwlintignore（与 .gitignore 相同语法）。

选项：
  -f, --format <名称>        输出格式：stylish（默认）、json（textlint 格式）、sarif（2.1.0）
  -o, --output <文件>        把报告写入文件而不是标准输出
      --fix                  自动修复可安全修复的问题并写回原文件（保留编码、BOM、换行符）
      --dry-run              与 --fix 同用：不写文件，输出统一 diff
      --stdin                从标准输入读取文本；与 --fix 同用时输出修复后的文本
      --stdin-filename <名>  标准输入文本的文件名（决定格式与配置查找）
      --rule <规则>          只运行指定规则（可重复）
      --disable-rule <规则>  关闭指定规则（可重复）
      --max-warnings <数>    警告超过该数时以 1 退出
      --quiet                只报告错误，不报告警告和提示
  -c, --config <文件>        使用指定配置文件，不再逐级查找 .gwlintrc.json
      --ignore-path <文件>   忽略文件（默认 ./.gwlintignore）
      --list-rules           列出全部规则
      --color / --no-color   强制开启或关闭颜色（默认：终端中开启，遵循 NO_COLOR）
  -v, --version              显示版本
  -h, --help                 显示本帮助

退出码：0 无问题（或仅有不超过阈值的警告）；1 发现错误或警告超过阈值；
        2 用法或配置错误，或有文件无法检查（不存在、无法读取、二进制等）。

示例：
  gwlint 讲话稿.txt                      检查一个文件
  gwlint docs/ "archive/**/*.md"         检查目录和通配符匹配的文件
  gwlint --fix --dry-run 讲话稿.txt      预览自动修复
  gwlint --format json 讲话稿.txt > r.json
  gwlint --format sarif -o gwlint.sarif docs/
  gwlint --disable-rule ellipsis-and-dash --max-warnings 0 报告.md
  cat 通知.txt | gwlint --stdin
`;

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const defaultIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env });

class UsageError extends Error {}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f", default: "stylish" },
        output: { type: "string", short: "o" },
        fix: { type: "boolean", default: false },
        "dry-run": { type: "boolean", default: false },
        stdin: { type: "boolean", default: false },
        "stdin-filename": { type: "string" },
        rule: { type: "string", multiple: true, default: [] },
        "disable-rule": { type: "string", multiple: true, default: [] },
        "max-warnings": { type: "string" },
        quiet: { type: "boolean", default: false },
        config: { type: "string", short: "c" },
        "ignore-path": { type: "string" },
        "list-rules": { type: "boolean", default: false },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        version: { type: "boolean", short: "v", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function readStdin(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

function keepSeverities(report: FileReport, quiet: boolean): FileReport {
  return quiet ? { ...report, messages: report.messages.filter((m) => m.severity === SEVERITY_ERROR) } : report;
}

function isConfigIgnored(filePath: string, config: ResolvedConfig): boolean {
  if (config.ignore.length === 0) return false;
  const rel = path.relative(config.baseDir, filePath);
  if (!rel || rel.startsWith("..") || path.isAbsolute(rel)) return false;
  return ignore().add(config.ignore).ignores(rel.split(path.sep).join("/"));
}

/** Runs gwlint; returns the exit code. */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const err = (line: string): void => {
    io.stderr.write(line.endsWith("\n") ? line : line + "\n");
  };
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    err(`gwlint：${(error as Error).message}\n运行 gwlint --help 查看用法。`);
    return 2;
  }
  const opts = args.values;
  if (opts.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (opts.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (opts["list-rules"]) {
    for (const m of ruleMetas) {
      io.stdout.write(`${m.id.padEnd(28)}${m.category}  ${m.defaultSeverity.padEnd(8)}${m.fixable ? "可修复  " : "        "}${m.description}\n`);
    }
    return 0;
  }
  const usage = (message: string): number => {
    err(`gwlint：${message}\n运行 gwlint --help 查看用法。`);
    return 2;
  };
  const formatter = formatters[opts.format!];
  if (!formatter) return usage(`未知输出格式“${opts.format}”（可用：${Object.keys(formatters).join("、")}）`);
  if (opts["dry-run"] && !opts.fix) return usage("--dry-run 需与 --fix 同用");
  if (opts["stdin-filename"] && !opts.stdin) return usage("--stdin-filename 需与 --stdin 同用");
  if (opts.stdin && args.positionals.length > 0) return usage("使用 --stdin 时不能同时指定文件");
  if (!opts.stdin && args.positionals.length === 0) return usage("请指定要检查的文件或目录");
  let maxWarnings = -1;
  if (opts["max-warnings"] !== undefined) {
    if (!/^\d+$/.test(opts["max-warnings"])) return usage(`--max-warnings 应为非负整数，而不是“${opts["max-warnings"]}”`);
    maxWarnings = Number(opts["max-warnings"]);
  }
  const color = opts.color ?? (!opts["no-color"] && !opts.output && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR);

  const resolver = new ConfigResolver({
    configFile: opts.config ? path.resolve(io.cwd, opts.config) : undefined,
    overrides: { only: opts.rule, disable: opts["disable-rule"] },
  });
  const engine = new Engine();
  const reports: FileReport[] = [];
  const fileErrors: FileError[] = [];
  let fixedCount = 0;
  let fixedFiles = 0;
  const diffs: string[] = [];

  try {
    if (opts.stdin) {
      const name = opts["stdin-filename"] ? path.resolve(io.cwd, opts["stdin-filename"]) : undefined;
      const config = name ? resolver.forFile(name) : resolver.forDir(io.cwd);
      let text: string;
      try {
        text = decodeBytes(await readStdin(io.stdin)).text;
      } catch (error) {
        err(`gwlint：<stdin>：${(error as Error).message}`);
        return 2;
      }
      if (opts.fix) {
        const outcome = await engine.fixText(text, config, name);
        if (opts["dry-run"]) {
          const label = opts["stdin-filename"] ?? "<stdin>";
          if (outcome.output !== text) io.stdout.write(createTwoFilesPatch(label, label, text, outcome.output));
        } else io.stdout.write(outcome.output);
        const remaining = keepSeverities({ filePath: name ?? "<stdin>", messages: outcome.remaining.messages, source: outcome.output }, opts.quiet);
        return exitCode([remaining], [], maxWarnings);
      }
      const result = await engine.lintText(text, config, name);
      reports.push(keepSeverities({ filePath: name ?? "<stdin>", messages: result.messages, source: text }, opts.quiet));
    } else {
      let ignores: IgnoreFile;
      try {
        ignores = new IgnoreFile(io.cwd, opts["ignore-path"]);
      } catch (error) {
        return usage((error as Error).message + `：${(error as FileError).filePath}`);
      }
      const found = await discover(args.positionals, io.cwd, ignores);
      fileErrors.push(...found.errors);
      for (const file of found.ignored) {
        if (!opts.quiet) err(`gwlint：${path.relative(io.cwd, file)}：已被 .gwlintignore 忽略`);
      }
      // Reading runs ahead of linting (a few files at a time); results keep the sorted order.
      const docs = readAhead(found.files, READ_AHEAD, async (file) => {
        const config = resolver.forFile(file);
        if (isConfigIgnored(file, config)) return undefined;
        return { config, doc: await readDocument(file) };
      });
      for (const [file, pending] of docs) {
        let loaded;
        try {
          loaded = await pending;
        } catch (error) {
          if (!(error instanceof FileError)) throw error;
          fileErrors.push(error);
          continue;
        }
        if (!loaded) continue;
        const { config, doc } = loaded;
        try {
          if (doc.text.trim().length === 0 && !opts.quiet) err(`gwlint：${path.relative(io.cwd, file)}：空文件，没有可检查的内容`);
          if (opts.fix) {
            const outcome = await engine.fixText(doc.text, config, file);
            if (outcome.output !== doc.text) {
              fixedCount += outcome.applied.length;
              fixedFiles++;
              const rel = path.relative(io.cwd, file);
              if (opts["dry-run"]) diffs.push(createTwoFilesPatch(rel, rel, doc.text, outcome.output));
              else await writeDocument(doc, outcome.output);
            }
            reports.push(keepSeverities({ filePath: file, messages: outcome.remaining.messages, source: outcome.output }, opts.quiet));
          } else {
            const result = await engine.lintText(doc.text, config, file);
            reports.push(keepSeverities({ filePath: file, messages: result.messages, source: doc.text }, opts.quiet));
          }
        } catch (error) {
          if (!(error instanceof FileError)) throw error;
          fileErrors.push(error);
        }
      }
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      err(`gwlint：${error.message}`);
      return 2;
    }
    throw error;
  }

  fileErrors.sort((a, b) => a.filePath.localeCompare(b.filePath));
  for (const e of fileErrors) {
    const shown = path.isAbsolute(e.filePath) ? path.relative(io.cwd, e.filePath) || e.filePath : e.filePath;
    err(`gwlint：${shown}：${e.message}`);
  }
  if (opts.fix && opts["dry-run"]) {
    io.stdout.write(diffs.join(""));
  } else {
    const output = formatter(reports, { cwd: io.cwd, color, errors: fileErrors, fileCount: reports.length, quiet: opts.quiet, version: VERSION });
    if (opts.output) {
      await fs.writeFile(path.resolve(io.cwd, opts.output), output);
    } else io.stdout.write(output);
    if (opts.fix && fixedFiles > 0) err(`gwlint：已自动修复 ${fixedCount} 处问题（${fixedFiles} 个文件）`);
  }
  return exitCode(reports, fileErrors, maxWarnings);
}

const READ_AHEAD = 8;

/**
 * Starts `load` for up to `limit` items ahead of the consumer, yielding [item, promise] in input
 * order. A rejected promise is handled by the consumer when it reaches that item.
 */
function* readAhead<T, R>(items: readonly T[], limit: number, load: (item: T) => Promise<R>): Generator<[T, Promise<R>]> {
  const started: Array<Promise<R>> = [];
  const start = (i: number): void => {
    if (i < items.length) {
      const p = load(items[i]);
      p.catch(() => undefined); // observed by the consumer; avoid an unhandled-rejection warning meanwhile
      started[i] = p;
    }
  };
  for (let i = 0; i < Math.min(limit, items.length); i++) start(i);
  for (let i = 0; i < items.length; i++) {
    start(i + limit);
    yield [items[i], started[i]];
    delete started[i];
  }
}

function exitCode(reports: FileReport[], fileErrors: FileError[], maxWarnings: number): number {
  if (fileErrors.length > 0) return 2;
  let errors = 0;
  let warnings = 0;
  for (const r of reports) {
    for (const m of r.messages) {
      if (m.severity === SEVERITY_ERROR) errors++;
      else if (m.severity === SEVERITY_WARNING) warnings++;
    }
  }
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) return 1;
  return 0;
}
