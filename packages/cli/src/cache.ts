// The --cache file: per file its size, mtime, content hash, the key of the configuration and rules
// it was linted with, and the result. A file is skipped when its key matches and either its size
// and mtime are unchanged or its content hash is.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, type Stats, statSync, promises as fs } from "node:fs";
import path from "node:path";
import type { FileResult } from "./types.js";

interface Entry {
  size: number;
  mtimeMs: number;
  hash: string;
  key: string;
  /** The FileResult as JSON: parsed only on a hit, so loading the cache stays cheap. */
  result: string;
}

const FORMAT = 2;

export class ResultCache {
  private entries = new Map<string, Entry>();
  private dirty = false;
  hits = 0;

  constructor(readonly file: string) {
    try {
      if (existsSync(file)) {
        const data = JSON.parse(readFileSync(file, "utf8"));
        if (data?.format === FORMAT && data.entries && typeof data.entries === "object") this.entries = new Map(Object.entries(data.entries));
      }
    } catch {
      // a damaged cache is a cold cache
    }
  }

  /** The stored result if it is still valid for this file and key. */
  lookup(filePath: string, key: string): FileResult | undefined {
    const entry = this.entries.get(filePath);
    if (!entry || entry.key !== key) return undefined;
    let stat: Stats;
    try {
      stat = statSync(filePath);
    } catch {
      return undefined;
    }
    if (stat.size !== entry.size) return undefined;
    if (stat.mtimeMs !== entry.mtimeMs) {
      const hash = createHash("sha256").update(readFileSync(filePath)).digest("hex");
      if (hash !== entry.hash) return undefined;
      entry.mtimeMs = stat.mtimeMs;
      this.dirty = true;
    }
    this.hits++;
    return { ...(JSON.parse(entry.result) as FileResult), fromCache: true };
  }

  /**
   * Keeps a result with the size and mtime observed when the file was read (not now: a file edited since must
   * not pass for the one that was checked). A fix changes the file, and a file that changed while being read
   * has nothing to key on: neither is cached.
   */
  store(result: FileResult, key: string): void {
    if (!result.hash || !result.observed || result.fixed || result.error || result.configError) {
      if (this.entries.delete(result.filePath)) this.dirty = true;
      return;
    }
    const { fromCache: _unused, observed, ...stored } = result;
    this.entries.set(result.filePath, { size: observed.size, mtimeMs: observed.mtimeMs, hash: result.hash, key, result: JSON.stringify(stored) });
    this.dirty = true;
  }

  async save(): Promise<void> {
    if (!this.dirty) return;
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      await fs.writeFile(temp, JSON.stringify({ format: FORMAT, entries: Object.fromEntries(this.entries) }));
      await fs.rename(temp, this.file);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
  }
}
