import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import ignore, { type Ignore } from "ignore";
import { FileError, LINTABLE_EXTENSIONS, fileErrorFrom, isLintable } from "@gongwen-lint/core";

export const IGNORE_FILE = ".gwlintignore";
const ALWAYS_SKIPPED = ["**/node_modules/**", "**/.git/**"];
const LINTABLE_GLOB = `**/*.{${LINTABLE_EXTENSIONS.map((e) => e.slice(1)).join(",")}}`;

export interface Discovery {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Inputs that could not be used. */
  errors: FileError[];
  /** Files named explicitly but ignored by .gwlintignore. */
  ignored: string[];
}

/** Patterns of a .gitignore-style file, relative to `cwd`. */
export class IgnoreFile {
  private readonly matcher: Ignore;

  constructor(
    private readonly cwd: string,
    ignorePath?: string,
  ) {
    this.matcher = ignore();
    const file = path.resolve(cwd, ignorePath ?? IGNORE_FILE);
    if (existsSync(file)) this.matcher.add(readFileSync(file, "utf8"));
    else if (ignorePath) throw new FileError(file, "找不到 --ignore-path 指定的忽略文件", "not-found");
  }

  ignores(absolutePath: string): boolean {
    const rel = path.relative(this.cwd, absolutePath);
    if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return false;
    return this.matcher.ignores(rel.split(path.sep).join("/"));
  }
}

/** Expands files, directories and globs into the files to lint. */
export async function discover(patterns: string[], cwd: string, ignores: IgnoreFile): Promise<Discovery> {
  const files = new Set<string>();
  const errors: FileError[] = [];
  const ignored: string[] = [];
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    let stat;
    try {
      stat = statSync(absolute);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
        errors.push(fileErrorFrom(absolute, error));
        continue;
      }
    }
    if (stat?.isFile()) {
      if (ignores.ignores(absolute)) ignored.push(absolute);
      else if (!isLintable(absolute)) {
        errors.push(new FileError(absolute, `不支持的文件类型（支持 ${LINTABLE_EXTENSIONS.join(" ")}），已跳过`, "unsupported"));
      } else files.add(absolute);
      continue;
    }
    if (stat?.isDirectory()) {
      const found = await fg(LINTABLE_GLOB, {
        cwd: absolute,
        absolute: true,
        onlyFiles: true,
        dot: false,
        caseSensitiveMatch: false,
        followSymbolicLinks: false,
        ignore: ALWAYS_SKIPPED,
        suppressErrors: true,
      });
      const kept = found.map((f) => path.resolve(f)).filter((f) => !ignores.ignores(f));
      if (kept.length === 0) {
        errors.push(new FileError(absolute, `目录中没有可检查的文件（${LINTABLE_EXTENSIONS.join(" ")}）`, "not-found"));
      }
      for (const f of kept) files.add(f);
      continue;
    }
    if (fg.isDynamicPattern(pattern)) {
      const found = await fg(pattern, {
        cwd,
        absolute: true,
        onlyFiles: true,
        dot: false,
        ignore: ALWAYS_SKIPPED,
        suppressErrors: true,
      });
      const kept = found.map((f) => path.resolve(f)).filter((f) => isLintable(f) && !ignores.ignores(f));
      if (kept.length === 0) errors.push(new FileError(pattern, "没有匹配的可检查文件", "not-found"));
      for (const f of kept) files.add(f);
      continue;
    }
    errors.push(new FileError(absolute, "文件或目录不存在", "not-found"));
  }
  return { files: [...files].sort(), errors, ignored };
}
