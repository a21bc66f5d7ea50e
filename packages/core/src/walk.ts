// What a folder holds to check, shared by gwlint's file discovery and the editor's "check workspace": the
// directory walk and the .gwlintignore file.
import { type Dirent, existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import { FileError } from "./errors.js";

export const IGNORE_FILE = ".gwlintignore";
const SKIPPED_DIRS = new Set(["node_modules", ".git"]);

/**
 * Files under `dir` whose extension is in `extensions`; dot-entries, node_modules and .git are skipped and
 * links are not followed. Everything but directories is listed: a broken or looping link in an archive is
 * reported when it is read.
 */
export function walkFiles(dir: string, extensions: ReadonlySet<string>, out: string[] = []): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walkFiles(file, extensions, out);
    } else if (extensions.has(path.extname(entry.name).toLowerCase())) out.push(file);
  }
  return out;
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
