// The extension in a real VS Code: code-server (VS Code 1.100 in the browser, installed from the npm registry by
// scripts/install-code-server.sh, which .ci/run runs) driven with playwright-core and Debian's chromium. Opens a
// draft, waits for the status bar's count, opens the 公文校对 view from it, applies the 拼博 quick fix, runs fix-all from the command palette, and
// checks that settings.json is "不检查此文件". Skipped, saying why, where code-server or chromium is missing.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const CODE_SERVER = path.join(ROOT, ".cache/code-server/node_modules/.bin/code-server");
const CHROMIUM = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p));
const missing = !existsSync(CODE_SERVER) ? "code-server (run scripts/install-code-server.sh)" : !CHROMIUM ? "chromium" : "";
if (missing) console.warn(`test/vscode.test.ts skipped: ${missing} is not installed`);

describe.skipIf(Boolean(missing))("the extension in a real VS Code (code-server)", () => {
  let server: ChildProcess;
  let browser: Browser;
  let page: Page;
  let workspace: string;

  beforeAll(async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), "gwlint-vscode-"));
    // Packaged into the test's own folder (test/vsix.test.ts packages the shared one at the same time).
    const vsix = path.join(tmp, "gongwen-lint.vsix");
    execFileSync(path.join(ROOT, "node_modules/.bin/vsce"), ["package", "--no-dependencies", "--allow-missing-repository", "--out", vsix], {
      cwd: path.join(ROOT, "packages/vscode-extension"),
      stdio: "ignore",
    });
    workspace = path.join(tmp, "ws");
    mkdirSync(workspace);
    writeFileSync(path.join(workspace, "sample.txt"), "要发扬拼博精神。\n同志们:今天开会.\n");
    const dirs = ["--extensions-dir", path.join(tmp, "extensions"), "--user-data-dir", path.join(tmp, "data")];
    execFileSync(CODE_SERVER, [...dirs, "--install-extension", vsix], { stdio: "ignore" });
    server = spawn(
      CODE_SERVER,
      [
        "--auth",
        "none",
        "--bind-addr",
        "127.0.0.1:0",
        ...dirs,
        "--disable-telemetry",
        "--disable-workspace-trust",
        "--disable-update-check",
        workspace,
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("code-server did not start")), 60_000);
      server.stdout!.on("data", (d) => {
        const m = /HTTP server listening on (http:\/\/\S+)/.exec(String(d));
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    page = await browser.newPage();
    await page.goto(`${url.replace(/\/$/, "")}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
    // The explorer lists the workspace once the workbench is ready for input.
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "sample.txt" }).waitFor({ timeout: 60_000 });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  const status = () => page.locator(".statusbar-item", { hasText: /公文校对|不检查此文件/ }).first();
  // biome-ignore lint/performance/useDomNodeTextContent: the editor's lines are separate elements; innerText keeps the line breaks
  const editorText = async () => (await page.locator(".monaco-editor .view-lines").first().innerText()).replace(/\u00a0/g, " ");
  const command = async (keys: string, text: string) => {
    await page.keyboard.press(keys);
    await page.waitForTimeout(500);
    await page.keyboard.type(text);
    await page.waitForTimeout(800);
    await page.keyboard.press("Enter");
  };

  it("shows the count, applies the 拼博 quick fix, fixes all, and says settings.json is not checked", async () => {
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "sample.txt" }).click();
    // Three errors: 拼博 (typo), ":" and "." (no-ascii-punctuation).
    await expect.poll(async () => (await status().textContent())?.trim(), { timeout: 60_000 }).toBe("3 公文校对");
    // The status bar opens the 公文校对 view: gongwen-lint's problems only, by file.
    await status().click();
    const problemRows = page.locator(".pane-body .monaco-list-row", { hasText: /typo \[1, 4\]|no-ascii-punctuation \[2, / });
    await expect.poll(() => problemRows.count(), { timeout: 20_000 }).toBe(3);

    await command("Control+G", "1:4");
    await page.keyboard.press("Control+.");
    const rows = page.locator(".action-widget .monaco-list-row");
    await rows.filter({ hasText: "改为“拼搏”（typo）" }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press("Enter"); // the preferred fix is focused first
    await expect.poll(editorText, { timeout: 10_000 }).toBe("要发扬拼搏精神。\n同志们:今天开会.");

    await command("F1", "修复全部可自动修复的问题");
    await expect.poll(editorText, { timeout: 10_000 }).toBe("要发扬拼搏精神。\n同志们：今天开会。");
    await expect.poll(async () => (await status().textContent())?.trim(), { timeout: 20_000 }).toBe("公文校对");

    await command("F1", "Open User Settings (JSON)");
    await expect.poll(async () => (await status().textContent())?.trim(), { timeout: 20_000 }).toBe("不检查此文件");
  }, 180_000);
});
