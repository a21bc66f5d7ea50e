// Build step: packs src/rules/confusable-char/model.json into dist/rules/confusable-char/model.bin
// (typed arrays, loaded in milliseconds). Run by `npm run build` after tsc.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { pack, serialize } = await import(path.join(pkg, "dist/rules/confusable-char/packed.js"));
const model = JSON.parse(readFileSync(path.join(pkg, "src/rules/confusable-char/model.json"), "utf8"));
writeFileSync(path.join(pkg, "dist/rules/confusable-char/model.bin"), serialize(pack(model)));
