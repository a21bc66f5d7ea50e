// Build step: packs jieba's dictionary with the lexicon merged in, grouped by first character, into
// dist/util/segmenter-dict.bin (the segmenter loads the words a text needs from it). Run by `npm run build` after tsc.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { packDictionary, serializeDictionary } = await import(path.join(pkg, "dist/util/segmenter-dict.js"));
const { dictionaryPath, lexiconLines } = await import(path.join(pkg, "dist/util/segmenter.js"));
writeFileSync(
  path.join(pkg, "dist/util/segmenter-dict.bin"),
  serializeDictionary(packDictionary(readFileSync(dictionaryPath(), "utf8"), lexiconLines())),
);
