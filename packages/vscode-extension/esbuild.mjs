// Bundles the client and the server (with @gongwen-lint/core, the rules and textlint) into dist/,
// and copies each rule's documentation into docs/ (diagnostics link to it).
import { build } from "esbuild";
import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
await build({
  absWorkingDir: here,
  entryPoints: { client: "src/client/extension.ts", server: "src/server/server.ts" },
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["vscode"],
  sourcemap: true,
  legalComments: "linked",
  logLevel: "warning",
});

const rules = path.join(here, "../rules/src/rules");
const docs = path.join(here, "docs");
rmSync(docs, { recursive: true, force: true });
mkdirSync(docs);
for (const id of readdirSync(rules)) cpSync(path.join(rules, id, "README.md"), path.join(docs, `${id}.md`));
