// Random text through every rule, with and without fixing: no crash, positions inside the text and on the right
// line, fixes idempotent, and the text survives every encoding it can be written in.
import { describe, expect, it } from "vitest";
import { resolveConfig } from "./config.js";
import { decodeBytes, type Encoding, encodeText } from "./decode.js";
import { Engine } from "./engine.js";
import { random, text } from "../../../test/random-text.js";

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
