import { type Stats, statSync } from "node:fs";
import path from "node:path";
import { FileError, fileErrorFrom } from "@gongwen-lint/core/errors";
import { LINTABLE_EXTENSIONS } from "@gongwen-lint/core/locate";
import { IGNORE_FILE, IgnoreFile, walkFiles } from "@gongwen-lint/core/walk";

export { IGNORE_FILE, IgnoreFile };

const ALWAYS_SKIPPED = ["**/node_modules/**", "**/.git/**"];
/** What gwlint checks: text and Markdown files, and Word .docx. */
export const CHECKED_EXTENSIONS: readonly string[] = [...LINTABLE_EXTENSIONS, ".docx"];
/** Office formats out of scope: listed with a notice and counted, never read. */
export const OUT_OF_SCOPE_EXTENSIONS: readonly string[] = [".doc", ".wps", ".pdf"];
const WALKED = new Set([...CHECKED_EXTENSIONS, ...OUT_OF_SCOPE_EXTENSIONS]);

/** Files under `dir` that gwlint walks into (checked and out-of-scope formats). */
const walk = (dir: string): string[] => walkFiles(dir, WALKED);

const isGlob = (pattern: string): boolean => /[*?[\]{}()!]/.test(pattern);

const extOf = (file: string): string => path.extname(file).toLowerCase();
export const isChecked = (file: string): boolean => CHECKED_EXTENSIONS.includes(extOf(file));
const isOutOfScope = (file: string): boolean => OUT_OF_SCOPE_EXTENSIONS.includes(extOf(file));

export interface Discovery {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Inputs that could not be used. */
  errors: FileError[];
  /** Files named explicitly but ignored by .gwlintignore. */
  ignored: string[];
  /** .doc/.wps/.pdf files found (sorted). */
  outOfScope: string[];
}

/** Paths listed one per line (a --files-from list); blank lines and lines starting with # are skipped. */
export function parseFileList(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith("#"));
}

/**
 * Expands files, directories and globs into the files to lint. `literal` paths (from a
 * --files-from list) are never taken as globs.
 */
export async function discover(patterns: string[], cwd: string, ignores: IgnoreFile, literal: string[] = []): Promise<Discovery> {
  const files = new Set<string>();
  const outOfScope = new Set<string>();
  const errors: FileError[] = [];
  const ignored: string[] = [];
  const add = (file: string, explicit: boolean): void => {
    if (ignores.ignores(file)) {
      if (explicit) ignored.push(file);
    } else if (isChecked(file)) files.add(file);
    else if (isOutOfScope(file)) outOfScope.add(file);
    else if (explicit) errors.push(new FileError(file, `不支持的文件类型（支持 ${CHECKED_EXTENSIONS.join(" ")}），已跳过`, "unsupported"));
  };
  const inputs = [...patterns.map((p) => ({ p, literal: false })), ...literal.map((p) => ({ p, literal: true }))];
  for (const { p: pattern, literal: isLiteral } of inputs) {
    const absolute = path.resolve(cwd, pattern);
    let stat: Stats | undefined;
    try {
      stat = statSync(absolute);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
        errors.push(fileErrorFrom(absolute, error));
        continue;
      }
    }
    if (stat?.isFile()) {
      add(absolute, true);
      continue;
    }
    if (stat?.isDirectory()) {
      const before = files.size + outOfScope.size;
      for (const file of walk(absolute)) add(file, false);
      if (files.size + outOfScope.size === before) {
        errors.push(new FileError(absolute, `目录中没有可检查的文件（${CHECKED_EXTENSIONS.join(" ")}）`, "not-found"));
      }
      continue;
    }
    if (!isLiteral && isGlob(pattern)) {
      const { default: fg } = await import("fast-glob"); // only for glob patterns
      // As the directory walk does: files and links to files, never into a link to a directory (`ln -s . self`
      // would loop).
      const entries = await fg(pattern, {
        cwd,
        absolute: true,
        onlyFiles: false,
        dot: false,
        ignore: ALWAYS_SKIPPED,
        suppressErrors: true,
        followSymbolicLinks: false,
      });
      const found = entries.filter((f) => {
        try {
          return !statSync(f).isDirectory();
        } catch {
          return true; // a broken or looping link: reported when it is read, as the walk does
        }
      });
      const before = files.size + outOfScope.size;
      for (const f of found) add(path.resolve(f), false);
      if (files.size + outOfScope.size === before) errors.push(new FileError(pattern, "没有匹配的可检查文件", "not-found"));
      continue;
    }
    errors.push(new FileError(absolute, "文件或目录不存在", "not-found"));
  }
  return { files: [...files].sort(), errors, ignored, outOfScope: [...outOfScope].sort() };
}

/** FNV-1a of the path relative to `cwd` (POSIX separators): a shard that does not depend on the machine. */
export function shardOf(file: string, cwd: string, count: number): number {
  const key = path.relative(cwd, file).split(path.sep).join("/");
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % count;
}
