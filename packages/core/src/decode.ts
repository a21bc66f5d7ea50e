import { TextDecoder } from "node:util";
import { lazy } from "./lazy.js";

// Big5 and writing back in a legacy encoding need iconv-lite; UTF-8 and GB18030 text is read without it.
const iconv = lazy<typeof import("iconv-lite")>("iconv-lite", () => require("iconv-lite"));

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5";

/** The encodings `--encoding` accepts (and their usual other names). */
export const ENCODING_NAMES: Record<string, Encoding> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "utf-16le": "utf-16le",
  "utf-16be": "utf-16be",
  gb18030: "gb18030",
  gbk: "gb18030",
  gb2312: "gb18030",
  big5: "big5",
};

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** Whether the bytes began with a byte-order mark (kept when writing back). */
  bom: boolean;
}

export class BinaryContentError extends Error {
  constructor(message = "不是文本文件（含二进制内容或无法识别的编码），已跳过") {
    super(message);
    this.name = "BinaryContentError";
  }
}

const TRUNCATED = "UTF-8 文件末尾的字符不完整（文件可能被截断），已跳过";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const gb18030 = new TextDecoder("gb18030", { fatal: true });

// C0 controls other than tab, line feed, vertical tab, form feed, carriage return and escape.
const CONTROL = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F\u007F]/g;

function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls > 0 && controls / text.length > 0.001;
}

/**
 * Decodes file bytes: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when its zero bytes
 * show it), otherwise GB18030/GBK — or Big5 where the double-byte pairs are not those of GB text — when the
 * bytes are not valid UTF-8. Anything else is binary. `forced` skips the detection.
 */
export function decodeBytes(bytes: Uint8Array, forced?: Encoding): DecodedText {
  if (forced) return decodeAs(bytes, forced);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return checked({ text: decodeOrThrow(utf8, bytes.subarray(3)), encoding: "utf-8", bom: true });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return checked({ text: new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2)), encoding: "utf-16le", bom: true });
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checked({ text: new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2)), encoding: "utf-16be", bom: true });
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16;
  if (bytes.includes(0)) throw new BinaryContentError();
  try {
    return checked({ text: utf8.decode(bytes), encoding: "utf-8", bom: false });
  } catch (error) {
    if (error instanceof BinaryContentError) throw error;
  }
  if (truncatedUtf8(bytes)) throw new BinaryContentError(TRUNCATED);
  if (looksBig5(bytes)) return decodeAs(bytes, "big5");
  return checked({ text: decodeOrThrow(gb18030, bytes), encoding: "gb18030", bom: false });
}

/** Decodes as the given encoding (a BOM, if there is one, is kept for writing back). */
function decodeAs(bytes: Uint8Array, encoding: Encoding): DecodedText {
  const has = (...b: number[]) => b.every((x, i) => bytes[i] === x);
  switch (encoding) {
    case "utf-8": {
      const bom = has(0xef, 0xbb, 0xbf);
      return checked({ text: decodeOrThrow(utf8, bytes.subarray(bom ? 3 : 0)), encoding, bom });
    }
    case "utf-16le":
    case "utf-16be": {
      const bom = encoding === "utf-16le" ? has(0xff, 0xfe) : has(0xfe, 0xff);
      return checked({ text: decodeOrThrow(new TextDecoder(encoding, { fatal: true }), bytes.subarray(bom ? 2 : 0)), encoding, bom });
    }
    case "gb18030":
      return checked({ text: decodeOrThrow(gb18030, bytes), encoding, bom: false });
    case "big5": {
      const text = iconv().decode(Buffer.from(bytes), "big5");
      if (text.includes("\ufffd")) throw new BinaryContentError("不是有效的 Big5 文本，已跳过");
      return checked({ text, encoding, bom: false });
    }
  }
}

/** UTF-16 without a byte-order mark: even length, and (line breaks, ASCII) zero bytes mostly on one side. */
function utf16WithoutBom(bytes: Uint8Array): DecodedText | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  // ASCII and line breaks put their zero on one side; a few Han characters (开 U+5F00) on the other.
  if (Math.max(even, odd) < 2 || Math.max(even, odd) < 3 * Math.min(even, odd)) return undefined;
  const encoding: Encoding = odd > even ? "utf-16le" : "utf-16be";
  try {
    return checked({ text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding, bom: false });
  } catch {
    return undefined;
  }
}

/** Whether the bytes are valid UTF-8 but for an incomplete character at the very end. */
function truncatedUtf8(bytes: Uint8Array): boolean {
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const lead = bytes[bytes.length - cut];
    if (lead < 0xc0) continue; // a continuation byte: look further back
    const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (needed <= cut) return false;
    try {
      utf8.decode(bytes.subarray(0, bytes.length - cut));
      return true;
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * Big5 rather than GB18030: in GB text nearly every double-byte pair lies in the GB2312 area (both bytes
 * A1–FE); Big5's second bytes are 40–7E half the time. The bytes must also be clean Big5.
 */
function looksBig5(bytes: Uint8Array): boolean {
  let pairs = 0;
  let gb2312 = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x81) continue;
    const trail = bytes[i + 1] ?? 0;
    pairs++;
    if (bytes[i] >= 0xa1 && bytes[i] <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) gb2312++;
    i++;
  }
  if (pairs < 4 || gb2312 / pairs > 0.8) return false;
  return !iconv().decode(Buffer.from(bytes), "big5").includes("\ufffd");
}

function decodeOrThrow(decoder: TextDecoder, bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new BinaryContentError();
  }
}

function checked(decoded: DecodedText): DecodedText {
  if (looksBinary(decoded.text)) throw new BinaryContentError();
  return decoded;
}

/** Encodes text back to the bytes of its original encoding, BOM included. */
export function encodeText(text: string, encoding: Encoding, bom: boolean): Buffer {
  switch (encoding) {
    case "utf-8":
      return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, "utf8")]);
    case "utf-16le":
      return Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, "utf16le")]);
    case "utf-16be": {
      const body = Buffer.from(text, "utf16le");
      body.swap16();
      return Buffer.concat([bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), body]);
    }
    case "gb18030":
      return iconv().encode(text, "gb18030");
    case "big5":
      return iconv().encode(text, "big5");
  }
}
