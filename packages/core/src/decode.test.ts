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

describe("encodings a user's archive holds", () => {
  const roundTrip = (bytes: Buffer) => {
    const d = decodeBytes(bytes);
    expect(encodeText(d.text, d.encoding, d.bom).equals(bytes)).toBe(true);
    return d;
  };

  it("Big5 is told from GB18030 by its double-byte pairs, and written back as Big5", () => {
    const text = "各位同志，今天我們召開會議，總結工作，部署任務。\n";
    expect(roundTrip(iconv.encode(text, "big5"))).toMatchObject({ text, encoding: "big5" });
    const gbk = "各位同志，今天我们召开会议，总结工作，部署任务。\n";
    expect(roundTrip(iconv.encode(gbk, "gbk"))).toMatchObject({ text: gbk, encoding: "gb18030" });
  });

  it("UTF-16 without a byte-order mark, by where its zero bytes are (开 U+5F00 has one on the other side)", () => {
    const text = "同志们:开会.\n";
    expect(roundTrip(iconv.encode(text, "utf16le"))).toMatchObject({ text, encoding: "utf-16le", bom: false });
    expect(roundTrip(iconv.encode(text, "utf16be"))).toMatchObject({ text, encoding: "utf-16be", bom: false });
  });

  it("a UTF-8 file cut inside its last character is said to be truncated, not binary", () => {
    const cut = Buffer.from("同志们：开会".repeat(3), "utf8").subarray(0, -1);
    expect(() => decodeBytes(cut)).toThrow("UTF-8 文件末尾的字符不完整（文件可能被截断），已跳过");
  });

  it("a forced encoding is used as it is, and refused when the bytes are not in it", () => {
    const bytes = iconv.encode("各位同志，今天开会。\n", "gbk");
    expect(decodeBytes(bytes, "gb18030").text).toBe("各位同志，今天开会。\n");
    expect(() => decodeBytes(bytes, "utf-8")).toThrow(BinaryContentError);
    expect(decodeBytes(Buffer.from("\ufeff同志们\n"), "utf-8")).toMatchObject({ text: "同志们\n", bom: true });
  });
});
