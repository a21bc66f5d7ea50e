import iconv from "iconv-lite";
import { TextDecoder } from "node:util";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** Whether the bytes began with a byte-order mark (kept when writing back). */
  bom: boolean;
}

export class BinaryContentError extends Error {
  constructor() {
    super("不是文本文件（含二进制内容或无法识别的编码），已跳过");
    this.name = "BinaryContentError";
  }
}

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
 * Decodes file bytes: UTF-8 (with or without BOM), UTF-16 with BOM, otherwise GB18030/GBK
 * when the bytes are not valid UTF-8 but are valid GB18030. Anything else is binary.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return checked({ text: decodeOrThrow(utf8, bytes.subarray(3)), encoding: "utf-8", bom: true });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return checked({ text: new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2)), encoding: "utf-16le", bom: true });
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checked({ text: new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2)), encoding: "utf-16be", bom: true });
  }
  if (bytes.includes(0)) throw new BinaryContentError();
  try {
    return checked({ text: utf8.decode(bytes), encoding: "utf-8", bom: false });
  } catch (error) {
    if (error instanceof BinaryContentError) throw error;
  }
  return checked({ text: decodeOrThrow(gb18030, bytes), encoding: "gb18030", bom: false });
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
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    case "utf-16be": {
      const body = Buffer.from(text, "utf16le");
      body.swap16();
      return Buffer.concat([Buffer.from([0xfe, 0xff]), body]);
    }
    case "gb18030":
      return iconv.encode(text, "gb18030");
  }
}
