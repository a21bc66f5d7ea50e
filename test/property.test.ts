// Random documents on disk, in every encoding gwlint writes back: every formatter runs, --fix keeps the file's
// encoding and byte-order mark and is idempotent, and a second --fix changes nothing.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { decodeBytes, type Encoding, encodeText } from "@gongwen-lint/core";
import { describe, expect, it } from "vitest";
import { run, workdir } from "./helpers.js";
import { random, text } from "./random-text.js";

const FORMS: Array<[Encoding, boolean]> = [
  ["utf-8", false],
  ["utf-8", true],
  ["utf-16le", true],
  ["utf-16be", true],
  ["gb18030", false],
];

describe("random documents on disk", () => {
  it("every formatter, and --fix twice, in every encoding", async () => {
    const dir = workdir();
    const files: Array<{ name: string; encoding: Encoding; bom: boolean }> = [];
    for (let seed = 1; seed <= 15; seed++) {
      const [encoding, bom] = FORMS[seed % FORMS.length];
      // What a file can hold: no lone surrogates; at least one Han character, so the encoding is not in doubt.
      const body = `同志们：${text(random(seed * 13)).replace(/[\ud800-\udfff]/g, "")}\n`;
      const name = `doc-${seed}${seed % 3 === 0 ? ".md" : ".txt"}`;
      writeFileSync(path.join(dir, name), encodeText(body, encoding, bom));
      files.push({ name, encoding, bom });
    }
    const names = files.map((f) => f.name);
    for (const format of ["json", "sarif", "stylish", "html"]) {
      const r = await run(["-f", format, "--no-progress", ...names], { cwd: dir });
      expect([0, 1], `${format}: ${r.stderr}`).toContain(r.code);
      if (format === "json") expect(JSON.parse(r.stdout)).toHaveLength(files.length);
      if (format === "sarif") expect(JSON.parse(r.stdout).runs[0].results.length).toBeGreaterThan(0);
      if (format === "html") expect(r.stdout).toContain("</html>");
    }
    const fixed = await run(["--fix", "--no-progress", ...names], { cwd: dir });
    expect(fixed.stderr).not.toContain("失败");
    const after = files.map((f) => readFileSync(path.join(dir, f.name)));
    for (const [k, f] of files.entries()) {
      const decoded = decodeBytes(after[k]);
      expect([decoded.encoding, decoded.bom], f.name).toEqual([f.encoding, f.bom]);
    }
    await run(["--fix", "--no-progress", ...names], { cwd: dir });
    for (const [k, f] of files.entries())
      expect(readFileSync(path.join(dir, f.name)).equals(after[k]), `${f.name}: a second --fix changed it`).toBe(true);
  });
});
