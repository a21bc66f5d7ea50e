import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { segmenter, tag } from "./segmenter.js";

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
