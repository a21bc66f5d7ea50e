import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run, workdir } from "./helpers.js";

// Debian's chromium (installed by .ci/run); the test skips where there is none.
const CHROMIUM = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p));

describe.skipIf(!CHROMIUM)("the HTML report in a browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("loads offline, renders the charts, and filters findings by rule", async () => {
    const dir = workdir("draft-speech.txt", "notice.txt", "clean.txt");
    const r = await run(["-f", "html", "-o", "报告.html", "."], { cwd: dir });
    expect(r.code).toBe(1);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("request", (req) => requests.push(req.url()));
    await page.goto(pathToFileURL(path.join(dir, "报告.html")).href);
    expect(await page.title()).toBe("公文校对报告");
    expect(errors).toEqual([]);
    expect(requests.every((u) => u.startsWith("file:"))).toBe(true);

    // Totals and charts.
    expect(await page.locator("#cards .card").count()).toBeGreaterThanOrEqual(6);
    const bars = page.locator("#chart-rule svg rect.bar");
    expect(await bars.count()).toBeGreaterThanOrEqual(5);
    const widths = await bars.evaluateAll((els) => els.map((e) => Number(e.getAttribute("width"))));
    expect(widths.every((w) => w > 0)).toBe(true);
    expect(widths[0]).toBe(Math.max(...widths));
    expect(await page.locator("#chart-cat svg rect.bar").count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator("#worst tbody tr").count()).toBe(2);
    await page.screenshot({ path: path.join(dir, "report.png"), fullPage: false });

    // Each finding in context, the offending text highlighted.
    const rows = page.locator("#docs tbody tr:not(.hidden)");
    const total = await rows.count();
    expect(total).toBeGreaterThan(15);
    expect(await page.locator("#docs mark", { hasText: "XX" }).count()).toBeGreaterThan(0);

    // Filter by rule: only that rule's rows stay visible; documents without one are hidden.
    await page.selectOption("#filter-rule", "no-placeholder");
    const visible = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-rule")));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(total);
    expect(new Set(visible)).toEqual(new Set(["no-placeholder"]));
    expect(await page.locator("details.doc:not(.hidden)").count()).toBe(1);
    expect(await page.locator("#shown").textContent()).toBe(`显示 ${visible.length} 处`);
    await page.selectOption("#filter-rule", "");
    await page.selectOption("#filter-sev", "1");
    const warnings = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-sev")));
    expect(new Set(warnings)).toEqual(new Set(["1"]));
    await page.close();
  });
});
