import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { BinaryContentError, decodeBytes, encodeText } from "./decode.js";

const TEXT = "同志们：\r\n今天召开会议。€“引号”\n";

describe("decodeBytes / encodeText", () => {
  it.each([
    ["utf-8", false, Buffer.from(TEXT, "utf8")],
    ["utf-8", true, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, "utf8")])],
    ["utf-16le", true, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")])],
    ["utf-16be", true, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, "utf16le").swap16()])],
    ["gb18030", false, iconv.encode(TEXT, "gb18030")],
  ] as const)("round-trips %s (BOM %s)", (encoding, bom, bytes) => {
    const decoded = decodeBytes(bytes);
    expect(decoded).toEqual({ text: TEXT, encoding, bom });
    expect(encodeText(decoded.text, decoded.encoding, decoded.bom).equals(bytes)).toBe(true);
  });

  it("reads GBK bytes as GB18030", () => {
    const gbk = iconv.encode("台账管理制度", "gbk");
    expect(decodeBytes(gbk).text).toBe("台账管理制度");
    expect(decodeBytes(gbk).encoding).toBe("gb18030");
  });

  it("treats an empty file as UTF-8 text", () => {
    expect(decodeBytes(Buffer.alloc(0))).toEqual({ text: "", encoding: "utf-8", bom: false });
  });

  it("refuses binary content", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(() => decodeBytes(png)).toThrow(BinaryContentError);
    const noisy = Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 37) % 256).filter((b) => b !== 0));
    expect(() => decodeBytes(noisy)).toThrow(BinaryContentError);
  });
});
