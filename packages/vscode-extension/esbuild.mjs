// Bundles the client and the server (with @gongwen-lint/core, the rules and textlint) into dist/,
// and copies each rule's documentation into docs/ (diagnostics link to it).
import { build } from "esbuild";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
// A clean dist/: nothing left over from an earlier build goes into the .vsix.
rmSync(path.join(here, "dist"), { recursive: true, force: true });
await build({
  absWorkingDir: here,
  entryPoints: { client: "src/client/extension.ts", server: "src/server/server.ts" },
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // @node-rs/jieba is a native module: shipped next to the bundle in dist/node_modules (below).
  external: ["vscode", "@node-rs/jieba"],
  define: { "import.meta.url": "__importMetaUrl" },
  banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  sourcemap: true,
  legalComments: "linked",
  logLevel: "warning",
});

const rules = path.join(here, "../rules/src/rules");
// confusable-char reads its packed model next to its module: in the bundle, next to server.js.
cpSync(path.join(here, "../rules/dist/rules/confusable-char/model.bin"), path.join(here, "dist/model.bin"));
// So does the segmenter its packed dictionary (in place of jieba's dict.txt).
cpSync(path.join(here, "../rules/dist/util/segmenter-dict.bin"), path.join(here, "dist/segmenter-dict.bin"));
const docs = path.join(here, "docs");
rmSync(docs, { recursive: true, force: true });
mkdirSync(docs);
for (const id of readdirSync(rules)) cpSync(path.join(rules, id, "README.md"), path.join(docs, `${id}.md`));
// The data the bundle carries comes with its licences.
cpSync(path.join(here, "../rules/THIRD-PARTY-NOTICES.md"), path.join(here, "THIRD-PARTY-NOTICES.md"));

// The segmenter: its JavaScript and the native binary of this platform (the dictionary is segmenter-dict.bin). A .vsix
// built here runs where this machine's binary runs (package per target: see the README).
const require = createRequire(import.meta.url);
const jieba = path.dirname(require.resolve("@node-rs/jieba/package.json"));
const target = path.join(here, "dist/node_modules/@node-rs");
rmSync(target, { recursive: true, force: true });
mkdirSync(path.join(target, "jieba"), { recursive: true });
for (const file of ["index.js", "package.json", "LICENSE"]) cpSync(path.join(jieba, file), path.join(target, "jieba", file));
const scope = path.dirname(jieba);
const natives = readdirSync(scope).filter((d) => d.startsWith("jieba-") && existsSync(path.join(scope, d, "package.json")));
if (natives.length === 0) throw new Error("no @node-rs/jieba native package installed for this platform");
for (const native of natives) cpSync(path.join(scope, native), path.join(target, native), { recursive: true });
