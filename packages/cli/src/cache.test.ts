import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ResultCache } from "./cache.js";
import type { FileResult } from "./types.js";

const result = (filePath: string, observed?: { size: number; mtimeMs: number }): FileResult => ({
  filePath,
  chars: 4,
  messages: [],
  notices: [],
  fixed: 0,
  hash: "h-of-what-was-read",
  observed,
});

describe("the result cache under concurrent edits", () => {
  it("keys a result to the file as it was read: an edit saved during the run is linted again next time", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "gwlint-cache-"));
    const file = path.join(dir, "x.txt");
    writeFileSync(file, "同志们:\n");
    const seen = statSync(file);
    // The run read the file; the user saves an edit before the result is stored.
    writeFileSync(file, "同志们：今天开会。\n");
    const cache = new ResultCache(path.join(dir, ".gwlintcache"));
    cache.store(result(file, { size: seen.size, mtimeMs: seen.mtimeMs }), "k");
    await cache.save();
    expect(new ResultCache(path.join(dir, ".gwlintcache")).lookup(file, "k")).toBeUndefined();
  });

  it("does not keep a result of a file that changed while it was being read", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "gwlint-cache-"));
    const file = path.join(dir, "x.txt");
    writeFileSync(file, "同志们：\n");
    const cache = new ResultCache(path.join(dir, ".gwlintcache"));
    cache.store(result(file, undefined), "k");
    await cache.save();
    expect(new ResultCache(path.join(dir, ".gwlintcache")).lookup(file, "k")).toBeUndefined();
  });

  it("answers an unchanged file from the cache", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "gwlint-cache-"));
    const file = path.join(dir, "x.txt");
    writeFileSync(file, "同志们：\n");
    const seen = statSync(file);
    const cache = new ResultCache(path.join(dir, ".gwlintcache"));
    cache.store(result(file, { size: seen.size, mtimeMs: seen.mtimeMs }), "k");
    await cache.save();
    expect(new ResultCache(path.join(dir, ".gwlintcache")).lookup(file, "k")).toMatchObject({ filePath: file, fromCache: true });
  });
});
