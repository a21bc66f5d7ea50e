// Text of a Word .docx: one line per Word paragraph (body, including tables and text boxes,
// then headers, footers, footnotes and endnotes). A real zip reader (yauzl) with limits against
// zip bombs, and a strict XML parser (saxes) that resolves no DTD and no external entity.
import type yauzlModule from "yauzl";
import { FileError } from "./errors.js";
import { lazy } from "./lazy.js";

/** The XML parser, shared with docx-layout. */
export const saxes = lazy<typeof import("saxes")>("saxes", () => require("saxes"));

export const DOCX_LIMITS = {
  /** Entries in the archive. */
  maxEntries: 5000,
  /** Declared uncompressed size of all entries together. */
  maxTotalBytes: 512 * 1024 * 1024,
  /** Bytes inflated from the parts that are read. */
  maxPartBytes: 64 * 1024 * 1024,
  /** Uncompressed/compressed ratio of an entry above 1 MB. */
  maxRatio: 200,
};

export type DocxPart = "正文" | "页眉" | "页脚" | "脚注" | "尾注";

/** The XML the page and typography are read from (docx-layout). */
export interface DocxLayoutXml {
  document: string;
  styles?: string;
  theme?: string;
  /** word/settings.xml (evenAndOddHeaders) and word/_rels/document.xml.rels (which footer file is which). */
  settings?: string;
  rels?: string;
  footers: string[];
  /** The footers' file names, in the order of `footers` (word/footer1.xml). */
  footerNames?: string[];
}

export interface DocxText {
  /** Paragraphs joined by "\n": line N is paragraph N. */
  text: string;
  /** The part each line comes from. */
  parts: DocxPart[];
  /** The XML the page and typography are read from (docx-layout). */
  layout: DocxLayoutXml;
}

const PARTS: Array<{ re: RegExp; part: DocxPart }> = [
  { re: /^word\/document\.xml$/, part: "正文" },
  { re: /^word\/header\d*\.xml$/, part: "页眉" },
  { re: /^word\/footer\d*\.xml$/, part: "页脚" },
  { re: /^word\/footnotes\.xml$/, part: "脚注" },
  { re: /^word\/endnotes\.xml$/, part: "尾注" },
];

/** The text parts of a package in the order their paragraphs are read: body, headers, footers, footnotes, endnotes. */
export function textParts(names: readonly string[]): Array<{ name: string; part: DocxPart }> {
  const order: DocxPart[] = ["正文", "页眉", "页脚", "脚注", "尾注"];
  return names
    .flatMap((name) => {
      const part = PARTS.find((p) => p.re.test(name))?.part;
      return part ? [{ name, part }] : [];
    })
    .sort((a, b) => order.indexOf(a.part) - order.indexOf(b.part) || a.name.localeCompare(b.name, "en", { numeric: true }));
}

/** A separator or continuation note: not text of the document. */
export const isSeparatorNote = (name: string, type: string | undefined): boolean =>
  (name === "w:footnote" || name === "w:endnote") && /separator|continuation/i.test(type ?? "");

/** Parts read only for the layout, not for text. */
const LAYOUT_PARTS: Record<string, "样式" | "主题" | "设置" | "关系"> = {
  "word/styles.xml": "样式",
  "word/theme/theme1.xml": "主题",
  "word/settings.xml": "设置",
  "word/_rels/document.xml.rels": "关系",
};

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Elements whose content is not the text of the document: deleted text, field instructions, fallback content. */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set(["w:del", "w:delText", "w:instrText", "mc:Fallback", "w:fldData"]);

/** Elements that stand for one character of a paragraph's text: tabs, breaks, a non-breaking hyphen. */
export const TEXT_ATOMS: Readonly<Record<string, string>> = { "w:tab": "\t", "w:ptab": "\t", "w:br": " ", "w:cr": " ", "w:noBreakHyphen": "-" };

/** Where each line of `text` split at "\n" starts (UTF-16 offsets). */
export function lineStarts(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  return starts;
}

/** Paragraph texts of one WordprocessingML part. */
export function docxParagraphs(xml: string): string[] {
  const parser = new (saxes().SaxesParser)({ xmlns: false });
  const out: string[] = [];
  const open: string[] = []; // paragraphs being read (text boxes nest paragraphs)
  let inText = 0;
  let skip = 0; // inside deleted text, field instructions, fallback content or a separator note
  const SKIPPED = SKIPPED_ELEMENTS;
  const skippedNote = (tag: { name: string; attributes: Record<string, string> }): boolean => isSeparatorNote(tag.name, tag.attributes["w:type"]);
  parser.on("doctype", () => {
    throw new Error("含 DOCTYPE 声明（Word 文件不含 DTD），为防范外部实体攻击已拒绝处理");
  });
  parser.on("opentag", (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    if (SKIPPED.has(tag.name) || skippedNote({ name: tag.name, attributes: attrs })) skip++;
    if (skip > 0) return;
    if (tag.name === "w:p") open.push("");
    else if (tag.name === "w:t") inText++;
    else if (open.length > 0 && TEXT_ATOMS[tag.name] !== undefined) open[open.length - 1] += TEXT_ATOMS[tag.name];
  });
  parser.on("text", (text) => {
    if (skip === 0 && inText > 0 && open.length > 0) open[open.length - 1] += text;
  });
  parser.on("closetag", (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    if (SKIPPED.has(tag.name) || skippedNote({ name: tag.name, attributes: attrs })) {
      skip--;
      return;
    }
    if (skip > 0) return;
    if (tag.name === "w:t") inText--;
    else if (tag.name === "w:p") out.push(open.pop()!.replace(/\r?\n/g, " "));
  });
  parser.write(xml).close();
  return out;
}

const yauzl = lazy<typeof yauzlModule>("yauzl", () => require("yauzl"));

function openZip(bytes: Buffer): Promise<yauzlModule.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl().fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) =>
      err ? reject(err) : resolve(zip!),
    ),
  );
}

function readEntry(zip: yauzlModule.ZipFile, entry: yauzlModule.Entry, budget: { left: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error("无法读取压缩项"));
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => {
        budget.left -= chunk.length;
        if (budget.left < 0) {
          stream.destroy(new Error("bomb"));
          return;
        }
        chunks.push(chunk);
      });
      stream.on("error", reject);
      stream.on("end", () => resolve(Buffer.concat(chunks)));
    });
  });
}

/**
 * The entries of a .docx that `wanted` selects (name and bytes, in the package's order), within the reader's limits:
 * too many entries, too large a declared size or compression ratio, or more than `budget` bytes read is a zip bomb.
 */
async function zipEntries(
  bytes: Buffer,
  filePath: string,
  wanted: (name: string) => boolean,
  budget: number,
): Promise<Array<{ name: string; data: Buffer }>> {
  if (bytes.subarray(0, 8).equals(CFB_SIGNATURE)) {
    throw new FileError(filePath, "文件受密码保护（已加密）或实为旧版 Word（.doc）格式，无法读取", "encrypted");
  }
  let zip: yauzlModule.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch {
    throw new FileError(filePath, "文件已损坏或不是 Word 文档（无法作为 .docx 打开）", "corrupt");
  }
  const bomb = (why: string): FileError => new FileError(filePath, `疑似压缩炸弹（${why}），已拒绝处理`, "zip-bomb");
  const out: Array<{ name: string; data: Buffer }> = [];
  const left = { left: budget };
  let entries = 0;
  let declared = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on("error", reject);
      zip.on("end", resolve);
      zip.on("entry", (entry: yauzlModule.Entry) => {
        entries++;
        declared += entry.uncompressedSize;
        if (entries > DOCX_LIMITS.maxEntries) return reject(bomb(`超过 ${DOCX_LIMITS.maxEntries} 个压缩项`));
        if (declared > DOCX_LIMITS.maxTotalBytes) return reject(bomb("解压后总大小超过上限"));
        if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize / Math.max(1, entry.compressedSize) > DOCX_LIMITS.maxRatio) {
          return reject(bomb(`压缩比超过 ${DOCX_LIMITS.maxRatio}:1`));
        }
        if (entry.fileName.endsWith("/") || !wanted(entry.fileName)) return zip.readEntry();
        readEntry(zip, entry, left).then(
          (data) => {
            out.push({ name: entry.fileName, data });
            zip.readEntry();
          },
          (error: Error) => reject(error.message === "bomb" ? bomb("解压后大小超过上限") : error),
        );
      });
      zip.readEntry();
    });
  } catch (error) {
    zip.close();
    if (error instanceof FileError) throw error;
    throw new FileError(filePath, `文件已损坏（${(error as Error).message}）`, "corrupt");
  }
  return out;
}

/** Every entry of a .docx (name and bytes, in the package's order), within the reader's limits. */
export const readZipEntries = (bytes: Buffer, filePath: string): Promise<Array<{ name: string; data: Buffer }>> =>
  zipEntries(bytes, filePath, () => true, DOCX_LIMITS.maxTotalBytes);

/** Reads the paragraphs of a .docx given as bytes; throws FileError with a clear reason. */
export async function readDocx(bytes: Buffer, filePath: string): Promise<DocxText> {
  const partOf = (name: string) => PARTS.find((p) => p.re.test(name))?.part ?? LAYOUT_PARTS[name];
  const found = (await zipEntries(bytes, filePath, (name) => partOf(name) !== undefined, DOCX_LIMITS.maxPartBytes)).map((e) => ({
    name: e.name,
    part: partOf(e.name)!,
    xml: e.data.toString("utf8"),
  }));
  if (!found.some((f) => f.part === "正文")) throw new FileError(filePath, "不是有效的 Word 文档（缺少 word/document.xml）", "corrupt");
  const styles = found.find((f) => f.part === "样式")?.xml;
  const theme = found.find((f) => f.part === "主题")?.xml;
  const settings = found.find((f) => f.part === "设置")?.xml;
  const rels = found.find((f) => f.part === "关系")?.xml;
  const rank = new Map(textParts(found.map((f) => f.name)).map((t, k) => [t.name, k]));
  found.sort((a, b) => (rank.get(a.name) ?? rank.size) - (rank.get(b.name) ?? rank.size));
  const lines: string[] = [];
  const parts: DocxPart[] = [];
  for (const f of found) {
    if (f.part === "样式" || f.part === "主题" || f.part === "设置" || f.part === "关系") continue;
    let paragraphs: string[];
    try {
      paragraphs = docxParagraphs(f.xml);
    } catch (error) {
      const message = (error as Error).message;
      if (message.includes("DOCTYPE")) throw new FileError(filePath, `${f.name} ${message}`, "unsafe-xml");
      throw new FileError(filePath, `${f.name} 不是有效的 XML（${message.split("\n")[0]}）`, "corrupt");
    }
    for (const p of paragraphs) {
      lines.push(p);
      parts.push(f.part);
    }
  }
  const layout = {
    document: found.find((f) => f.part === "正文")!.xml,
    ...(styles ? { styles } : {}),
    ...(theme ? { theme } : {}),
    ...(settings ? { settings } : {}),
    ...(rels ? { rels } : {}),
    footers: found.filter((f) => f.part === "页脚").map((f) => f.xml),
    footerNames: found.filter((f) => f.part === "页脚").map((f) => f.name),
  };
  return { text: lines.join("\n"), parts, layout };
}
