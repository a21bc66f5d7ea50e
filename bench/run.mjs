// npm run bench (part 1): gwlint on a generated archive, against textlint's own CLI running the
// same preset sequentially on the same files, in one run. Ratios are what compare across machines.
//   gwlint --jobs 1, --jobs N (N = cores), warm --cache, textlint; then 5× the files for memory growth.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./generate.mjs";
import { modelLoadMs } from "../packages/rules/scripts/common.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const files = Number(process.env.BENCH_FILES ?? 1000);
const chars = Number(process.env.BENCH_CHARS ?? 1750);
const cores = os.availableParallelism();
const hook = path.join(root, "bench/rss-hook.mjs");
const gwlint = path.join(root, "packages/cli/bin/gwlint.js");
const textlint = path.join(root, "node_modules/textlint/bin/textlint.js");

function measure(label, args, bytes, rounds = 3) {
  const times = [];
  let rss = 0;
  let findings = 0;
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ["--import", hook, ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
    if (r.status !== 1) throw new Error(`${label} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    rss = Math.max(rss, Number(/@@maxrss (\d+)/.exec(r.stderr)?.[1] ?? 0));
    findings = JSON.parse(r.stdout).reduce((n, f) => n + f.messages.length, 0);
  }
  const seconds = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
  const result = { label, seconds, mbps: bytes / 1048576 / seconds, rssMb: rss / 1024, findings };
  console.log(
    `${label.padEnd(34)} ${seconds.toFixed(2).padStart(6)} s ${result.mbps.toFixed(2).padStart(7)} MB/s   peak RSS ${result.rssMb.toFixed(0).padStart(4)} MB   findings ${findings}`,
  );
  return result;
}

function archive(count) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "gwlint-bench-"));
  const bytes = generate(dir, count, chars);
  return { dir, bytes };
}

const small = archive(files);
console.log(`archive: ${files} files, ${(small.bytes / 1048576).toFixed(2)} MB (UTF-8), ${cores} cores; median of 3 runs\n`);
const base = measure("textlint --preset gongwen (baseline)", [textlint, "--preset", "gongwen", "--format", "json", small.dir], small.bytes);
const one = measure("gwlint --jobs 1", [gwlint, "-f", "json", "--jobs", "1", small.dir], small.bytes);
const many = measure(`gwlint --jobs ${cores}`, [gwlint, "-f", "json", "--jobs", String(cores), small.dir], small.bytes);
const without = measure(
  `  … --disable-rule confusable-char`,
  [gwlint, "-f", "json", "--jobs", String(cores), "--disable-rule", "confusable-char", small.dir],
  small.bytes,
);
const cacheFile = path.join(small.dir, ".bench-cache");
measure("gwlint --cache (cold, fills it)", [gwlint, "-f", "json", "--cache", "--cache-location", cacheFile, small.dir], small.bytes, 1);
const warm = measure("gwlint --cache (warm)", [gwlint, "-f", "json", "--cache", "--cache-location", cacheFile, small.dir], small.bytes);
if (new Set([base.findings, one.findings, many.findings, warm.findings]).size !== 1) console.log("note: finding counts differ between runs");

// confusable-char's model load, in a fresh process (median of 3).
const loads = [0, 1, 2].map(() => modelLoadMs()).sort((a, b) => a - b);
console.log(`confusable-char model load             ${loads[1].toFixed(0).padStart(6)} ms`);

const large = archive(files * 5);
console.log(`\narchive: ${files * 5} files, ${(large.bytes / 1048576).toFixed(2)} MB`);
const big = measure(`gwlint --jobs ${cores}`, [gwlint, "-f", "json", "--jobs", String(cores), large.dir], large.bytes, 1);

const check = (ok) => (ok ? "ok" : "MISSED");
console.log(`
throughput, all rules, ${cores} threads: ${many.mbps.toFixed(2)} MB/s              target ≥ 1 MB/s      ${check(many.mbps >= 1)}
confusable-char costs:               ×${(many.seconds / without.seconds).toFixed(2)} time (${without.mbps.toFixed(2)} MB/s without it)
confusable-char model load:         ${loads[1].toFixed(0)} ms                 target ≤ 300 ms      ${check(loads[1] <= 300)}
speed-up 1 → ${cores} threads:            ×${(one.seconds / many.seconds).toFixed(2)}                 target ≥ 1.8×        ${check(one.seconds / many.seconds >= 1.8)}
gwlint (${cores} threads) vs textlint CLI: ×${(base.seconds / many.seconds).toFixed(2)}                 target ≥ 2×          ${check(base.seconds / many.seconds >= 2)}
warm cache vs cold:                 ×${(many.seconds / warm.seconds).toFixed(1)}                  target ≥ 20×         ${check(many.seconds / warm.seconds >= 20)}
peak RSS ${files} / ${files * 5} files:         ${many.rssMb.toFixed(0)} / ${big.rssMb.toFixed(0)} MB            target ≤ 400 MB, flat ${check(big.rssMb <= 400 && big.rssMb <= many.rssMb * 1.5)}`);
rmSync(small.dir, { recursive: true, force: true });
rmSync(large.dir, { recursive: true, force: true });
