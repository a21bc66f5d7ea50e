// The language server's per-line lint (findings of unchanged lines kept, only edited lines linted again) must give
// exactly what one run over the whole text gives, after any sequence of edits.
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Diagnostic } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { describe, expect, it } from "vitest";
import { ConfigResolver, Engine } from "@gongwen-lint/core";
import { random as rng } from "../../../../test/random-text.js";
import { DEFAULT_SETTINGS, enginePath, LintService, lineCounters, toDiagnostic } from "./service.js";

const root = path.resolve(__dirname, "../../../..");
const fixture = (name: string): string => readFileSync(path.join(root, "test/fixtures", name), "utf8");
const sample = readFileSync(path.join(root, "samples/讲话稿.txt"), "utf8");

/** Edits a drafter makes: type a character or a slip, delete a span, split or join lines, paste a line again. */
function edit(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const pieces = ["的", "，", ":", " ", "拼博", "\n", "一、总体要求\n", "（一）", "2026年03月05日", "“", "XX镇"];
  switch (Math.floor(random() * 5)) {
    case 0:
      return text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(random() * 6)));
    case 2: {
      const nl = text.indexOf("\n", at);
      return nl < 0 ? text : text.slice(0, nl) + text.slice(nl + 1);
    }
    case 3: {
      const lines = text.split("\n");
      const k = Math.floor(random() * lines.length);
      lines.splice(Math.floor(random() * lines.length), 0, lines[k]);
      return lines.join("\n");
    }
    default:
      return `${text.slice(0, at)}\n${text.slice(at)}`;
  }
}

/** A diagnostic as the drafter sees it: where, which rule, what, and its fix and suggestions. */
const settled = (d: Diagnostic): string => {
  const data = d.data as { fix?: unknown; suggestions?: unknown } | undefined;
  return JSON.stringify([d.range, d.code, d.message, data?.fix, data?.suggestions]);
};

describe("per-line lint in the language server", () => {
  const dir = os.tmpdir();
  const cached = new LintService(DEFAULT_SETTINGS, dir, () => [dir]);
  const engine = new Engine();
  const resolver = new ConfigResolver({});

  for (const [name, start] of [
    ["the sample speech", sample],
    ["the draft speech fixture", fixture("draft-speech.txt")],
    ["the notice fixture", fixture("notice.txt")],
    ["the traps fixture (CRLF)", fixture("traps.txt").replace(/\n/g, "\r\n")],
  ] as const) {
    it(`gives the findings of a whole-text run after 25 random edits: ${name}`, async () => {
      const random = rng(name.length * 7919);
      let text = start;
      for (let version = 1; version <= 25; version++) {
        text = edit(text, random);
        const doc = TextDocument.create(`file://${dir}/draft-${name.length}.txt`, "plaintext", version, text);
        const incremental = (await cached.diagnostics(doc)).map(settled);
        // One run of every rule over the whole text, as the CLI does it.
        const file = enginePath(doc, dir);
        const whole = (await engine.lintText(text, resolver.forFile(file), file)).messages.map((m) => settled(toDiagnostic(doc, m, dir)));
        expect(incremental.sort(), `version ${version}`).toEqual(whole.sort());
      }
    }, 120_000);
  }

  it("gives the findings of a whole-text run where a rule passes its limit of findings (lines known from another draft)", async () => {
    const line = (i: number) => `　　同志们:今天召开第${i}次会议,安排部署下一步工作.`;
    const small = Array.from({ length: 150 }, (_, i) => line(i)).join("\n");
    const large = Array.from({ length: 300 }, (_, i) => line(i)).join("\n");
    await cached.diagnostics(TextDocument.create(`file://${dir}/small.txt`, "plaintext", 1, small));
    // Then a draft of lines never seen: one run over them passes the limit itself; then a few of those lines.
    const unseen = Array.from({ length: 300 }, (_, i) => line(1000 + i)).join("\n");
    for (const [version, text] of [large, `${large}\n${line(9999)}`, unseen, unseen.split("\n").slice(-10).join("\n")].entries()) {
      const doc = TextDocument.create(`file://${dir}/large.txt`, "plaintext", version + 1, text);
      const file = enginePath(doc, dir);
      const whole = (await engine.lintText(text, resolver.forFile(file), file)).messages.map((m) => settled(toDiagnostic(doc, m, dir)));
      if (version < 3) expect(whole.length).toBeGreaterThan(500);
      expect((await cached.diagnostics(doc)).map(settled).sort()).toEqual(whole.sort());
    }
  });

  it("lints only the edited line after a one-character edit", async () => {
    const service = new LintService(DEFAULT_SETTINGS, dir, () => [dir]);
    const uri = `file://${dir}/one-edit.txt`;
    await service.diagnostics(TextDocument.create(uri, "plaintext", 1, sample));
    const before = { ...lineCounters };
    const lines = sample.split("\n");
    const k = lines.findIndex((l) => l.length > 10);
    lines[k] = `${lines[k].slice(0, 5)}的${lines[k].slice(5)}`;
    await service.diagnostics(TextDocument.create(uri, "plaintext", 2, lines.join("\n")));
    expect(lineCounters.linted - before.linted).toBe(1);
    expect(lineCounters.reused - before.reused).toBe(lines.length - 1);
  });
});
