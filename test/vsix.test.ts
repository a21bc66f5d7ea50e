import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

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
        "extension/dist/node_modules/@node-rs/jieba/dict.txt",
        "extension/dist/model.bin",
        "extension/docs/confusable-char.md",
      ]),
    );
    expect(files.some((f) => /^extension\/dist\/node_modules\/@node-rs\/jieba-[^/]+\/jieba\..+\.node$/.test(f))).toBe(true);
    expect(files.some((f) => f.includes("/src/") || f.endsWith(".map") || f.startsWith("extension/node_modules"))).toBe(false);
  });
});
