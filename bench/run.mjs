// npm run bench (part 1): throughput, start-up, per-file overhead and memory of gwlint, each next to a baseline
// measured in the same run on the same input, so that ratios compare across machines and loads:
//   - the reports: ../shared/corpus/modern and clean when present (real text), else a generated archive;
//   - the floor: jieba alone cutting the same paragraphs (in-process, and a whole process that loads and cuts);
//   - the textlint CLI running the same preset on the same files;
//   - gwlint --jobs 1 and --jobs N, interleaved with the others, several rounds, medians.
// Then a one-line .txt (start-up), 2,000 one-line files (per-file overhead), 10,000 files with --jobs 2 (peak RSS),
// the warm cache and confusable-char's model load. The machine's load average is printed at the start and the end.
// BENCH_ROUNDS (default 3), BENCH_FILES / BENCH_CHARS (the generated archive when ../shared is absent).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { modelLoadMs, root, shared } from "../packages/rules/scripts/common.mjs";
import { generate } from "./generate.mjs";

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const cores = os.availableParallelism();
const hook = path.join(root, "bench/rss-hook.mjs");
const gwlint = path.join(root, "packages/cli/bin/gwlint.js");
const textlint = path.join(root, "node_modules/textlint/bin/textlint.js");
const segmenterModule = path.join(root, "packages/rules/dist/util/segmenter.js");
const MiB = 1048576;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

/** Runs a node script in a child process: wall seconds, CPU seconds (all threads), peak RSS (MiB), stdout. */
function run(args, cwd = root) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--import", hook, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  const cpu = Number(/@@cpu (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1e6;
  return { seconds, cpu, rssMb: Number(/@@maxrss (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024, stdout: r.stdout };
}
const findings = (stdout) => JSON.parse(stdout).reduce((n, f) => n + f.messages.length, 0);

// The input: real reports when ../shared is there, else a deterministic generated archive.
const tmp = mkdtempSync(path.join(os.tmpdir(), "gwlint-bench-"));
const corpus = path.join(shared, "corpus");
let inputs;
let label;
if (existsSync(path.join(corpus, "modern")) && existsSync(path.join(corpus, "clean"))) {
  inputs = ["modern", "clean"].flatMap((d) =>
    readdirSync(path.join(corpus, d))
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => path.join(corpus, d, f)),
  );
  label = "../shared/corpus/modern + clean (laws, regulations and reports)";
} else {
  const dir = path.join(tmp, "archive");
  generate(dir, Number(process.env.BENCH_FILES ?? 1000), Number(process.env.BENCH_CHARS ?? 1750));
  inputs = readdirSync(dir)
    .sort()
    .map((f) => path.join(dir, f));
  label = "a generated archive (../shared absent)";
}
const list = path.join(tmp, "files.txt");
writeFileSync(list, inputs.join("\n"));
const contents = inputs.map((f) => readFileSync(f));
const bytes = contents.reduce((n, b) => n + b.length, 0);
const chars = contents.reduce((n, b) => n + b.toString("utf8").length, 0);

console.log(`load average at start: ${load()}   cores: ${cores}   rounds: ${rounds} (medians)`);
console.log(`input: ${label}: ${inputs.length} files, ${(bytes / MiB).toFixed(2)} MiB, ${chars.toLocaleString("en")} characters\n`);

// The floor: jieba cutting the same paragraphs (HMM off, as the rules cut), in-process and as a whole process.
const floorScript = `
const { readFileSync } = await import("node:fs");
const { segmenter } = await import(${JSON.stringify(segmenterModule)});
const t0 = performance.now();
const j = segmenter();
j.loadAll(); // the whole dictionary, as a long batch loads it
const files = readFileSync(${JSON.stringify(list)}, "utf8").split("\\n");
const t1 = performance.now();
let n = 0;
for (const f of files) for (const p of readFileSync(f, "utf8").split("\\n")) n += j.cut(p, false).length;
console.log(JSON.stringify({ loadMs: t1 - t0, cutMs: performance.now() - t1, words: n }));`;
const floorFile = path.join(tmp, "floor.mjs");
writeFileSync(floorFile, floorScript);

const series = { floorIn: [], floorProcess: [], textlint: [], one: [], many: [] };
// CPU time of the same runs: less disturbed than wall time by other work on a shared machine.
const cpu = { floorProcess: [], textlint: [], one: [], many: [] };
let counts;
for (let round = 0; round < rounds; round++) {
  const f = run([floorFile]);
  const { cutMs } = JSON.parse(f.stdout);
  series.floorIn.push(cutMs / 1000);
  series.floorProcess.push(f.seconds);
  cpu.floorProcess.push(f.cpu);
  const t = run([textlint, "--preset", "gongwen", "--format", "json", ...inputs]);
  series.textlint.push(t.seconds);
  cpu.textlint.push(t.cpu);
  const one = run([gwlint, "-f", "json", "--jobs", "1", "--files-from", list]);
  series.one.push(one.seconds);
  cpu.one.push(one.cpu);
  const many = run([gwlint, "-f", "json", "--jobs", String(cores), "--files-from", list]);
  series.many.push(many.seconds);
  cpu.many.push(many.cpu);
  counts ??= { textlint: findings(t.stdout), one: findings(one.stdout), many: findings(many.stdout), rss: many.rssMb };
}
const m = Object.fromEntries(Object.entries(series).map(([k, v]) => [k, median(v)]));
const c = Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, median(v)]));
const rate = (s) => bytes / MiB / s;
const row = (name, s, cpuSeconds, extra = "") =>
  console.log(
    `${name.padEnd(44)} ${s.toFixed(2).padStart(7)} s ${rate(s).toFixed(2).padStart(7)} MiB/s ${cpuSeconds === undefined ? "" : `${cpuSeconds.toFixed(2).padStart(7)} s CPU`}${extra}`,
  );
console.log(`${"".padEnd(44)} ${"wall".padStart(7)}   ${"".padStart(13)} ${"CPU, all threads".padStart(16)}`);
row("jieba alone, in-process (floor)", m.floorIn);
row("jieba alone, whole process (load + cut)", m.floorProcess, c.floorProcess);
row("textlint --preset gongwen (one core)", m.textlint, c.textlint, `  findings ${counts.textlint}`);
row("gwlint --jobs 1", m.one, c.one, `  findings ${counts.one}`);
row(`gwlint --jobs ${cores}`, m.many, c.many, `  findings ${counts.many}`);
if (new Set([counts.textlint, counts.one, counts.many]).size !== 1) console.log("note: finding counts differ between runs");

// Start-up: one line of text.
const one = path.join(tmp, "one.txt");
writeFileSync(one, "同志们：今天召开全县经济工作会议，主要任务是贯彻落实上级会议精神。\n");
const startup = median(Array.from({ length: Math.max(5, rounds) }, () => run([gwlint, one]).seconds));
// Per-file overhead: 2,000 one-line files, one core, beyond one file's start-up.
const tiny = path.join(tmp, "tiny");
mkdirSync(tiny);
for (let i = 0; i < 2000; i++) writeFileSync(path.join(tiny, `${String(i).padStart(4, "0")}.txt`), `第${i + 1}号通知：请各单位按时报送材料。\n`);
const tinyRun = median(Array.from({ length: rounds }, () => run([gwlint, "-f", "json", "--jobs", "1", tiny]).seconds));
const perFileMs = ((tinyRun - startup) / 2000) * 1000;
// Memory: 10,000 small files with --jobs 2.
const many = path.join(tmp, "many");
generate(many, 10_000, 600);
const big = run([gwlint, "-f", "json", "--jobs", "2", many]);
// Warm cache.
const cacheFile = path.join(tmp, ".bench-cache");
run([gwlint, "-f", "json", "--cache", "--cache-location", cacheFile, "--files-from", list]);
const warm = median(
  Array.from({ length: rounds }, () => run([gwlint, "-f", "json", "--cache", "--cache-location", cacheFile, "--files-from", list]).seconds),
);
const loads = [0, 1, 2].map(() => modelLoadMs());

console.log(`
one-line .txt (start-up)                     ${startup.toFixed(2).padStart(7)} s
2,000 one-line files, --jobs 1               ${tinyRun.toFixed(2).padStart(7)} s   ${perFileMs.toFixed(2)} ms per file beyond start-up
10,000 files, --jobs 2                       ${big.seconds.toFixed(2).padStart(7)} s   peak RSS ${big.rssMb.toFixed(0)} MiB
warm --cache                                 ${warm.toFixed(2).padStart(7)} s
confusable-char model load                   ${median(loads).toFixed(0).padStart(7)} ms`);

const check = (ok) => (ok ? "ok" : "MISSED");
const mibs = rate(m.one);
console.log(`
one core, whole preset:         ${mibs.toFixed(2)} MiB/s                  target ≥ 3 MiB/s           ${check(mibs >= 3)}
  vs the textlint CLI:          ×${(m.textlint / m.one).toFixed(2)}                        target ≥ 3×                ${check(m.textlint / m.one >= 3)}
    (CPU time: ×${(c.textlint / c.one).toFixed(2)}; vs jieba's whole process ×${(c.one / c.floorProcess).toFixed(2)} the CPU time)
  vs jieba alone (in-process):  ×${(m.one / m.floorIn).toFixed(2)} the time              target within 2×           ${check(m.one / m.floorIn <= 2)}
--jobs ${cores} vs --jobs 1:             ×${(m.one / m.many).toFixed(2)} speed-up                target never slower (≥ 1×) ${check(m.many <= m.one)}
start-up, one-line .txt:        ${startup.toFixed(2)} s                     target ≤ 0.4 s             ${check(startup <= 0.4)}
per-file overhead:              ${perFileMs.toFixed(2)} ms                   target ≤ 0.5 ms            ${check(perFileMs <= 0.5)}
peak RSS, 10,000 files, -j 2:   ${big.rssMb.toFixed(0)} MiB                    target ≤ 250 MiB           ${check(big.rssMb <= 250)}
warm cache vs --jobs 1:         ×${(m.one / warm).toFixed(1)}                        target ≥ 20×               ${check(m.one / warm >= 20)}
confusable-char model load:     ${median(loads).toFixed(0)} ms                    target ≤ 300 ms            ${check(median(loads) <= 300)}

load average at end: ${load()}`);
rmSync(tmp, { recursive: true, force: true });
