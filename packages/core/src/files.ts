import { promises as fs, readFileSync, type Stats, statSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { BinaryContentError, decodeBytes, encodeText, type DecodedText, type Encoding } from "./decode.js";
import { FileError, fileErrorFrom } from "./errors.js";

export interface Document extends DecodedText {
  filePath: string;
  /** Size in bytes on disk. */
  size: number;
  /** The bytes as read, to check that writing back preserves them. */
  bytes: Buffer;
  /** Size and modification time seen when the file was read; undefined when it changed while being read. */
  observed?: { size: number; mtimeMs: number };
}

/** Files above this size are refused (a 公文 is rarely above 1 MB). */
export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Reads and decodes a file. The calls are synchronous (cheaper than promise-based fs by far per
 * file): the CLI reads on worker threads, so nothing else waits on them.
 */
export async function readDocument(filePath: string, maxBytes = DEFAULT_MAX_FILE_BYTES, encoding?: Encoding): Promise<Document> {
  let stat: Stats;
  try {
    stat = statSync(filePath);
  } catch (error) {
    throw fileErrorFrom(filePath, error);
  }
  if (!stat.isFile()) throw new FileError(filePath, "不是普通文件，已跳过", "not-a-file");
  if (stat.size > maxBytes) {
    throw new FileError(
      filePath,
      `文件过大（${(stat.size / 1048576).toFixed(1)} MB，上限 ${(maxBytes / 1048576).toFixed(0)} MB），已跳过`,
      "too-large",
    );
  }
  const { bytes, observed } = readObserved(filePath, stat);
  try {
    return { filePath, size: bytes.length, bytes, observed, ...decodeBytes(bytes, encoding) };
  } catch (error) {
    if (error instanceof BinaryContentError) throw new FileError(filePath, error.message, "binary");
    throw error;
  }
}

/**
 * Reads a file's bytes and what was observed about it: size and mtime from before the read, kept only when the
 * file looks the same after it (a file being edited meanwhile is not taken as unchanged later).
 */
export function readObserved(filePath: string, before: Stats = statSync(filePath)): { bytes: Buffer; observed?: { size: number; mtimeMs: number } } {
  let bytes: Buffer;
  let after: Stats;
  try {
    bytes = readFileSync(filePath);
    after = statSync(filePath);
  } catch (error) {
    throw fileErrorFrom(filePath, error);
  }
  const stable = after.size === before.size && after.mtimeMs === before.mtimeMs && bytes.length === before.size;
  return { bytes, observed: stable ? { size: before.size, mtimeMs: before.mtimeMs } : undefined };
}

/**
 * Writes a new file through a temporary file in its folder (created if missing) and a rename: a reader never sees
 * half of it, and a failed write leaves no temporary file behind.
 */
export async function writeFileAtomic(target: string, data: string | Buffer): Promise<void> {
  const temp = tempPathFor(target);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(temp, data, { flag: "wx" });
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/**
 * Writes `text` back in the document's encoding, BOM and (untouched) line endings, atomically:
 * a temporary file in the same folder, then rename. Refuses when the original bytes would not
 * survive a round trip through the encoding, so a file is never silently altered elsewhere.
 */
export async function writeDocument(doc: Document, text: string): Promise<void> {
  const original = encodeText(doc.text, doc.encoding, doc.bom);
  if (!original.equals(doc.bytes)) {
    throw new FileError(doc.filePath, `无法按原编码（${doc.encoding}）无损写回，未修改此文件`, "encoding");
  }
  const bytes = encodeText(text, doc.encoding, doc.bom);
  // A symbolic link is written through: the file it points to is the document.
  let target: string;
  try {
    target = await fs.realpath(doc.filePath);
  } catch (error) {
    throw new FileError(doc.filePath, `写回失败，原文件未改动（${(error as Error).message}）`, "write-failed");
  }
  await removeStaleTemps(path.dirname(target));
  let current: Buffer;
  try {
    current = await fs.readFile(target);
  } catch (error) {
    throw new FileError(doc.filePath, `写回失败，原文件未改动（${(error as Error).message}）`, "write-failed");
  }
  if (!current.equals(doc.bytes)) {
    throw new FileError(doc.filePath, "文件在检查期间被修改，未写回修复（请重新运行）", "changed");
  }
  const temp = tempPathFor(target);
  try {
    const stat = await fs.stat(target);
    const handle = await fs.open(temp, "wx", stat.mode & 0o7777);
    let inPlace = stat.nlink > 1; // a hard link's twins must see the change: the file itself is rewritten
    try {
      await handle.writeFile(bytes);
      await handle.sync();
      // Keep the owner and group (a root run must not take a user's file away); where that is not allowed,
      // rewrite the file in place instead of replacing it.
      if (!inPlace && (stat.uid !== process.getuid?.() || stat.gid !== process.getgid?.())) {
        inPlace = !(await handle.chown(stat.uid, stat.gid).then(
          () => true,
          () => false,
        ));
      }
      await handle.chmod(stat.mode & 0o7777);
    } finally {
      await handle.close();
    }
    if (inPlace) await rewriteInPlace(target, bytes, doc.bytes);
    else await fs.rename(temp, target);
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(doc.filePath, `写回失败，原文件未改动（${(error as Error).message}）`, "write-failed");
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/**
 * Overwrites a file's content in place (hard links and ownership stay), after the new content was safely written
 * to a temporary copy. If writing fails midway, the original bytes are put back.
 */
async function rewriteInPlace(file: string, bytes: Buffer, originalBytes: Buffer): Promise<void> {
  const handle = await fs.open(file, "r+");
  try {
    try {
      await handle.truncate(0);
      await handle.write(bytes, 0, bytes.length, 0);
      await handle.sync();
    } catch (error) {
      await handle.truncate(0);
      await handle.write(originalBytes, 0, originalBytes.length, 0);
      await handle.sync();
      throw new FileError(file, `写回失败，原文件已恢复（${(error as Error).message}）`, "write-failed");
    }
  } finally {
    await handle.close();
  }
}

/** A hidden temporary file beside `target`, named so that removeStaleTemps knows it (TEMP). */
function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.gwlint-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

/** Temporary files of our own pattern left by an earlier run that was killed: `.NAME.gwlint-PID-XXXXXXXX.tmp`. */
const TEMP = /^\..+\.gwlint-(\d+)-[0-9a-f]{8}\.tmp$/;
const PROCESS_STARTED = Date.now() - process.uptime() * 1000;
const swept = new Set<string>();

/** Removes, once per folder and run, temporary files that an earlier (killed) run left there. */
async function removeStaleTemps(dir: string): Promise<void> {
  if (swept.has(dir)) return;
  swept.add(dir);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || Number(m[1]) === process.pid) continue;
    const file = path.join(dir, name);
    try {
      const stat = await fs.lstat(file);
      if (stat.isFile() && stat.mtimeMs < PROCESS_STARTED) await fs.rm(file, { force: true });
    } catch {
      // gone meanwhile
    }
  }
}
