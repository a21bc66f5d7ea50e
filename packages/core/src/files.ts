import { promises as fs, readFileSync, type Stats, statSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { BinaryContentError, decodeBytes, encodeText, type DecodedText } from "./decode.js";
import { FileError, fileErrorFrom } from "./errors.js";

export interface Document extends DecodedText {
  filePath: string;
  /** Size in bytes on disk. */
  size: number;
  /** The bytes as read, to check that writing back preserves them. */
  bytes: Buffer;
}

/** Files above this size are refused (a 公文 is rarely above 1 MB). */
export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Reads and decodes a file. The calls are synchronous (cheaper than promise-based fs by far per
 * file): the CLI reads on worker threads, so nothing else waits on them.
 */
export async function readDocument(filePath: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<Document> {
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
  let bytes: Buffer;
  try {
    bytes = readFileSync(filePath);
  } catch (error) {
    throw fileErrorFrom(filePath, error);
  }
  try {
    return { filePath, size: bytes.length, bytes, ...decodeBytes(bytes) };
  } catch (error) {
    if (error instanceof BinaryContentError) throw new FileError(filePath, error.message, "binary");
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
  const dir = path.dirname(doc.filePath);
  const temp = path.join(dir, `.${path.basename(doc.filePath)}.gwlint-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    const stat = await fs.stat(doc.filePath);
    const handle = await fs.open(temp, "wx", stat.mode & 0o7777);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, doc.filePath);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw new FileError(doc.filePath, `写回失败，原文件未改动（${(error as Error).message}）`, "write-failed");
  }
}
