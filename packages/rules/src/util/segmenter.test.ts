import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Jieba } from "@node-rs/jieba";
import { dictionaryPath, lexiconLines, Segmenter, segmenter, tag } from "./segmenter.js";
import { deserializeDictionary, packDictionary, serializeDictionary } from "./segmenter-dict.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const corpora = ["corpus/modern", "corpus/clean"].map((d) => path.resolve(root, "../shared", d));

/** Paragraphs of the .txt files in a folder. */
function paragraphs(dir: string, every = 1): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => readFileSync(path.join(dir, f), "utf8").split("\n"))
    .filter((p, k) => p.trim() && k % every === 0);
}

/** Paragraphs whose tags differ from jieba's own tagging (HMM off), with the first difference. */
function differences(texts: string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const ours = tag(text);
    const theirs = segmenter().tag(text, false);
    const k = theirs.findIndex((t, i) => t.word !== ours[i]?.word || t.tag !== ours[i]?.tag);
    if (k >= 0 || ours.length !== theirs.length) out.push(`${text.slice(0, 40)}: ${theirs[k]?.word}/${theirs[k]?.tag}`);
  }
  return out;
}

describe("tag", () => {
  it("gives jieba's own tags, from one cut and the words' dictionary tags", () => {
    const texts = [
      ...paragraphs(path.join(root, "samples")),
      "2026年1-6月，GDP增长5.2%，CPU占用率达到100%。",
      "在 Markdown 里写 `code` 和 https://example.gov.cn/a_b?c=1 以及 e-mail：a.b@c.cn。",
      "同志们：要不折不扣的抓好落实，认真的做好各项工作，更好的发展和壮大自己。",
      "ＡＢＣ１２３　全角字母、数字和空格；①②③、㈠㈡。",
    ];
    expect(differences(texts)).toEqual([]);
  });

  it.skipIf(!corpora.every(existsSync))(
    "gives jieba's own tags on proofread official text (../shared)",
    () => {
      expect(differences(corpora.flatMap((dir) => paragraphs(dir, 3)))).toEqual([]);
    },
    120_000,
  );
});

/** jieba with the whole dictionary and the lexicon loaded up front, as the segmenter was built before. */
function wholeJieba(): Jieba {
  const jieba = Jieba.withDict(readFileSync(dictionaryPath()));
  jieba.loadDict(Buffer.from(lexiconLines()));
  return jieba;
}

/** Texts whose cut, tags or cutAll differ between a segmenter that loads words as needed and the whole dictionary. */
function lazyDifferences(texts: string[], fresh = 25): string[] {
  const whole = wholeJieba();
  const out: string[] = [];
  let lazy = new Segmenter();
  texts.forEach((text, k) => {
    if (k % fresh === 0) lazy = new Segmenter(); // partly loaded again
    const ours = [lazy.cut(text, false), lazy.tag(text, false), lazy.cutAll(text.slice(0, 12))];
    const theirs = [whole.cut(text, false), whole.tag(text, false), whole.cutAll(text.slice(0, 12))];
    if (JSON.stringify(ours) !== JSON.stringify(theirs)) out.push(text.slice(0, 40));
  });
  return out;
}

describe("the segmenter's dictionary, loaded as texts need it", () => {
  const texts = [
    ...paragraphs(path.join(root, "samples")),
    ...paragraphs(path.join(root, "test/fixtures")),
    "2026年1-6月，GDP增长5.2%，CPU占用率达到100%。",
    "ＡＢＣ１２３　全角字母、数字和空格；①②③、㈠㈡。𠀀𠀁字",
  ];

  it("cuts and tags as the whole dictionary does, from the first text on and after it is all loaded", () => {
    expect(texts.length).toBeGreaterThan(30);
    expect(lazyDifferences(texts, 5)).toEqual([]);
    expect(lazyDifferences(texts, texts.length)).toEqual([]);
  });

  it("loads a few characters' words for a short text, and the rest at once after a few loads", () => {
    const lazy = new Segmenter();
    lazy.cut("同志们：今天召开全县经济工作会议。", false);
    expect(lazy.wholeDictionary).toBe(false);
    // Each text brings characters not seen before: the ninth load takes the whole dictionary.
    for (const text of ["一", "二", "三", "四", "五", "六", "七"]) lazy.cut(text, false);
    expect(lazy.wholeDictionary).toBe(false);
    lazy.cut("八", false);
    expect(lazy.wholeDictionary).toBe(true);
    expect(lazy.cut("贯彻落实全会精神", false)).toEqual(wholeJieba().cut("贯彻落实全会精神", false));
  });

  it.skipIf(!corpora.every(existsSync))(
    "cuts and tags proofread official text as the whole dictionary does (../shared)",
    () => {
      expect(
        lazyDifferences(
          corpora.flatMap((dir) => paragraphs(dir, 7)),
          300,
        ),
      ).toEqual([]);
    },
    120_000,
  );
});

describe("packDictionary", () => {
  it("merges a second dictionary as jieba's loadDict does: the new frequency, the first tag", () => {
    const packed = packDictionary("甲乙 1000000 n\n甲 100 n\n乙 100 n\n丙 5000 n\n", "甲乙 1 v\n丁 7 x\n");
    const decoded = deserializeDictionary(serializeDictionary(packed));
    expect(decoded.total).toBe(1 + 100 + 100 + 5000 + 7);
    expect(new TextDecoder().decode(decoded.lines)).toBe("丁 7 x\n丙 5000 n\n乙 100 n\n甲乙 1 n\n甲 100 n\n");
    expect(decoded.ranges.get("甲".codePointAt(0)!)).toEqual({ start: 29, end: 50, freq: 101 });
    // jieba's own merge, for comparison: 甲乙 is split once its frequency is 1 (the total is recomputed).
    const jieba = Jieba.withDict(Buffer.from("甲乙 1000000 n\n甲 100 n\n乙 100 n\n丙 5000 n\n"));
    jieba.loadDict(Buffer.from("甲乙 1 v\n丁 7 x\n"));
    const fresh = Jieba.withDict(Buffer.from(decoded.lines));
    expect(fresh.cut("甲乙丁", false)).toEqual(jieba.cut("甲乙丁", false));
    expect(fresh.tag("甲乙", false)).toEqual(jieba.tag("甲乙", false));
  });

  it("refuses a file that is not a packed dictionary", () => {
    expect(() => deserializeDictionary(new Uint8Array(16))).toThrow(/not a packed dictionary/);
  });
});
