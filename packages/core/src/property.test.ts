// Random text through every rule, with and without fixing: no crash, positions inside the text and on the right
// line, fixes idempotent, and the text survives every encoding it can be written in.
import { describe, expect, it } from "vitest";
import { resolveConfig } from "./config.js";
import { decodeBytes, type Encoding, encodeText } from "./decode.js";
import { Engine } from "./engine.js";

/** A small deterministic generator (mulberry32), so a failure names its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ..."的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞",
  ..."ABCxyz0123456789 .,:;!?()[]{}\"'-_/#@+=<>",
  ..."，。、；：！？“”‘’（）《》〈〉【】…—·　",
  "😀",
  "👍🏽",
  "\u200d",
  "\ud800", // a lone high surrogate
  "\udc00", // a lone low surrogate
  "\n",
  "\r",
  "\r\n",
  "一、",
  "（二）",
  "3.",
  "浏览量:42",
  "XX镇",
  "我们们",
  "的的",
  "拼博",
];

function text(next: () => number): string {
  const n = Math.floor(next() * 300);
  let out = "";
  for (let i = 0; i < n; i++) out += PIECES[Math.floor(next() * PIECES.length)];
  return out;
}

/** The 1-based line and column (textlint's convention) of an offset, with CR, LF and CRLF each ending a line. */
function lineColumn(s: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (s[i] === "\n" || (s[i] === "\r" && s[i + 1] !== "\n")) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

describe("random text through every rule", () => {
  const engine = new Engine();
  const config = resolveConfig({}, undefined);
  for (const ext of [".txt", ".md"]) {
    it(`${ext}: no crash, positions in the text and on their line, fixes idempotent`, async () => {
      for (let seed = 1; seed <= 40; seed++) {
        const input = text(random(seed * (ext === ".md" ? 7 : 1)));
        const file = `/tmp/random${ext}`;
        const { messages } = await engine.lintText(input, config, file);
        for (const m of messages) {
          expect(m.range[0], `seed ${seed}`).toBeGreaterThanOrEqual(0);
          expect(m.range[1], `seed ${seed}`).toBeLessThanOrEqual(input.length);
          expect(m.ruleId, `seed ${seed}: ${m.message}`).not.toBe("plugin-error");
          if (ext === ".txt")
            expect({ line: m.loc.start.line, column: m.loc.start.column }, `seed ${seed} ${m.ruleId}`).toEqual(lineColumn(input, m.range[0]));
        }
        const once = await engine.fixText(input, config, file);
        const twice = await engine.fixText(once.output, config, file);
        expect(twice.output, `seed ${seed}: fixing again changes the text`).toBe(once.output);
      }
    });
  }

  it("every encoding the text can be written in reads it back unchanged", () => {
    const encodings: Encoding[] = ["utf-8", "utf-16le", "utf-16be", "gb18030"];
    for (let seed = 1; seed <= 40; seed++) {
      // Text a file can hold: no lone surrogates, and at least one line break (as every real file has).
      const input = `${text(random(seed)).replace(/[\ud800-\udfff]/g, "")}\n`;
      for (const encoding of encodings) {
        for (const bom of encoding === "gb18030" ? [false] : [true, false]) {
          const bytes = encodeText(input, encoding, bom);
          const back = decodeBytes(bytes, encoding);
          expect(back.text, `seed ${seed} ${encoding} bom ${bom}`).toBe(input);
          expect(encodeText(back.text, back.encoding, back.bom).equals(bytes)).toBe(true);
        }
      }
    }
  });
});
