import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BYTES_PER_THREAD, batchSize, ordered, threadsFor } from "./pool.js";

describe("threadsFor", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "gwlint-pool-"));
  const file = (name: string, bytes: number): string => {
    const f = path.join(dir, name);
    writeFileSync(f, Buffer.alloc(bytes, 0x61));
    return f;
  };
  const small = Array.from({ length: 20 }, (_, i) => file(`s${i}.txt`, 1000));
  const large = Array.from({ length: 4 }, (_, i) => file(`l${i}.txt`, BYTES_PER_THREAD));

  it("starts one thread for a few small files, whatever --jobs asks", () => {
    expect(threadsFor(small, 8)).toBe(1);
  });
  it("starts a thread per BYTES_PER_THREAD of input, up to --jobs and the number of files", () => {
    expect(threadsFor(large.slice(0, 2), 8)).toBe(2);
    expect(threadsFor(large, 3)).toBe(3);
    expect(threadsFor([...large, ...small], 8)).toBe(5);
    expect(threadsFor(large.slice(0, 1), 8)).toBe(1);
  });
  it("counts a missing file as empty (it is reported when read)", () => {
    expect(threadsFor([path.join(dir, "missing.txt"), ...large.slice(0, 2)], 4)).toBe(2);
  });
});

describe("batchSize and ordered", () => {
  it("keeps every thread busy and yields in input order however the work finishes", async () => {
    expect(batchSize(10, 2)).toBe(1);
    expect(batchSize(10_000, 2)).toBe(16);
    const delays = [30, 0, 20, 10];
    const out: number[] = [];
    for await (const [item] of ordered(delays, 2, (ms) => new Promise((r) => setTimeout(() => r(ms), ms)))) out.push(item);
    expect(out).toEqual(delays);
  });
});
