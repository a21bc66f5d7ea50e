// Where --annotate writes a .docx's annotated copy: 文件.gwlint.docx beside it, or under --annotate-dir with the
// file's path relative to the current folder (its name alone when it lies outside).
import path from "node:path";

export const ANNOTATED_SUFFIX = ".gwlint.docx";

/** Whether a file is an annotated copy gwlint wrote (not checked again by --annotate). */
export const isAnnotatedCopy = (file: string): boolean => file.toLowerCase().endsWith(ANNOTATED_SUFFIX);

export function annotatedPath(file: string, cwd: string, dir?: string): string {
  const name = `${path.basename(file, path.extname(file))}${ANNOTATED_SUFFIX}`;
  if (!dir) return path.join(path.dirname(file), name);
  const relative = path.relative(cwd, path.dirname(file));
  const inside = relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
  return path.join(dir, inside ? relative : "", name);
}
