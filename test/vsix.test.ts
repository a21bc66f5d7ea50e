import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";
import { TestClient } from "./lsp-client.js";

describe("the VS Code extension package", () => {
  it("builds a .vsix offline that holds the client, the server bundle and the rule docs", () => {
    const dir = path.join(ROOT, "packages/vscode-extension");
    const r = spawnSync("npm", ["run", "package"], { cwd: dir, encoding: "utf8", timeout: 240_000 });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const files = Object.keys(unzipSync(readFileSync(path.join(dir, "gongwen-lint.vsix"))));
    expect(files).toEqual(
      expect.arrayContaining([
        "extension/package.json",
        "extension/dist/client.js",
        "extension/dist/server.js",
        "extension/docs/no-ascii-punctuation.md",
        "extension/readme.md",
        "extension/LICENSE.txt",
        "extension/THIRD-PARTY-NOTICES.md",
        "extension/dist/node_modules/@node-rs/jieba/index.js",
        "extension/dist/segmenter-dict.bin",
        "extension/dist/model.bin",
        "extension/docs/confusable-char.md",
      ]),
    );
    expect(files.some((f) => /^extension\/dist\/node_modules\/@node-rs\/jieba-[^/]+\/jieba\..+\.node$/.test(f))).toBe(true);
    expect(files.some((f) => f.includes("/src/") || f.endsWith(".map") || f.startsWith("extension/node_modules"))).toBe(false);
  });

  // Unpacked outside the repository, the server finds nothing but what the .vsix holds: the modules loaded on first
  // use (the Markdown parser, the option validator) must be in its bundle.
  it("runs its server from the unpacked .vsix: Markdown, rule options from a configuration file", async () => {
    const unpacked = mkdtempSync(path.join(os.tmpdir(), "gwlint-vsix-"));
    try {
      for (const [name, data] of Object.entries(unzipSync(readFileSync(path.join(ROOT, "packages/vscode-extension/gongwen-lint.vsix"))))) {
        if (name.endsWith("/")) continue;
        mkdirSync(path.dirname(path.join(unpacked, name)), { recursive: true });
        writeFileSync(path.join(unpacked, name), data);
      }
      const workspace = path.join(unpacked, "ws");
      mkdirSync(workspace);
      writeFileSync(path.join(workspace, ".gwlintrc.json"), JSON.stringify({ rules: { "no-web-residue": { phrases: ["常见片段"] } } }));
      const client = new TestClient(workspace, {}, path.join(unpacked, "extension/dist/server.js"));
      try {
        await client.initialize();
        const uri = await client.open("draft.md", "# 标题\n\n同志们:今天开会。\n\n本单位常见片段\n");
        const codes = (await client.diagnostics(uri, 1)).map((d) => d.code);
        expect(codes).toEqual(["no-ascii-punctuation", "no-web-residue"]);
      } finally {
        await client.stop();
      }
    } finally {
      rmSync(unpacked, { recursive: true, force: true });
    }
  });
});
