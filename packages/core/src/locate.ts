// Finding the configuration file that applies to a folder. Kept free of heavy imports: the CLI
// uses it to key its cache before deciding whether the engine is needed at all.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const CONFIG_FILE = ".gwlintrc.json";

function packageJsonHasConfig(file: string): boolean {
  try {
    const raw = JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
    return typeof raw === "object" && raw !== null && "gwlint" in raw;
  } catch {
    return false; // a broken package.json that is not ours to judge
  }
}

/** Finds the configuration that applies to files in `dir`: the nearest .gwlintrc.json or package.json with "gwlint". */
export function findConfigFile(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    const rc = path.join(current, CONFIG_FILE);
    if (existsSync(rc) && statSync(rc).isFile()) return rc;
    const pkg = path.join(current, "package.json");
    if (existsSync(pkg) && packageJsonHasConfig(pkg)) return pkg;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/**
 * The reference .docx that docx-layout's `template` option names in a configuration (its parsed JSON, the
 * "gwlint" section of a package.json), as an absolute path: relative to the configuration file's folder.
 */
export function layoutTemplate(config: unknown, baseDir: string): string | undefined {
  const rules = typeof config === "object" && config !== null ? (config as { rules?: unknown }).rules : undefined;
  const setting = typeof rules === "object" && rules !== null ? (rules as Record<string, unknown>)["docx-layout"] : undefined;
  const template = typeof setting === "object" && setting !== null ? (setting as { template?: unknown }).template : undefined;
  return typeof template === "string" ? path.resolve(baseDir, template) : undefined;
}

/**
 * The template a configuration file names (see layoutTemplate); undefined if none or the file is not JSON. `text` is
 * the file's content where the caller has already read it.
 */
export function configuredTemplate(configFile: string, text?: string): string | undefined {
  try {
    const raw = JSON.parse((text ?? readFileSync(configFile, "utf8")).replace(/^\uFEFF/, ""));
    return layoutTemplate(path.basename(configFile) === "package.json" ? raw?.gwlint : raw, path.dirname(configFile));
  } catch {
    return undefined;
  }
}

const MARKDOWN_EXTENSIONS = [".md", ".markdown"];
const TEXT_EXTENSIONS = [".txt", ".text"];
/** File extensions the engine lints as text. */
export const LINTABLE_EXTENSIONS: readonly string[] = [...TEXT_EXTENSIONS, ...MARKDOWN_EXTENSIONS];

/** Whether a file name is Markdown (.md, .markdown). */
export const isMarkdownPath = (filePath: string): boolean => MARKDOWN_EXTENSIONS.includes(path.extname(filePath).toLowerCase());
/** Whether a file name is plain text (.txt, .text). */
export const isTextPath = (filePath: string): boolean => TEXT_EXTENSIONS.includes(path.extname(filePath).toLowerCase());

export function isLintable(filePath: string): boolean {
  return LINTABLE_EXTENSIONS.includes(path.extname(filePath).toLowerCase());
}

/** The textlint kernel extension for a file: Markdown for .md/.markdown, plain text otherwise. */
export function kernelExt(filePath: string | undefined): ".md" | ".txt" {
  return filePath && isMarkdownPath(filePath) ? ".md" : ".txt";
}

/** Deepest nesting the Markdown parser is given: beyond it parsing takes minutes or overflows the stack. */
export const MAX_MARKDOWN_NESTING = 200;

/**
 * Why a Markdown text cannot be parsed safely, or undefined: brackets or block quotes nested deeper than
 * MAX_MARKDOWN_NESTING (a real document nests a few levels; 50,000 “[” stalls a whole batch).
 */
export function markdownHazard(text: string): string | undefined {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b)
      deepest = Math.max(deepest, ++depth); // [
    else if (c === 0x5d && depth > 0) depth--; // ]
  }
  if (deepest > MAX_MARKDOWN_NESTING) return `方括号嵌套 ${deepest} 层`;
  for (const m of text.matchAll(/^[ \t]*((?:>[ \t]*)+)/gm)) {
    const quotes = m[1].split(">").length - 1;
    if (quotes > MAX_MARKDOWN_NESTING) return `引用（>）嵌套 ${quotes} 层`;
  }
  return undefined;
}
