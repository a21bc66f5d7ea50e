// npm run bench: throughput and peak memory of gwlint against textlint's own CLI running the
// same preset on the same synthetic archive, in one run (ratios, not absolute times, are what
// compare across machines).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./generate.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const files = Number(process.env.BENCH_FILES ?? 300);
const chars = Number(process.env.BENCH_CHARS ?? 2500);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const dir = mkdtempSync(path.join(os.tmpdir(), "gwlint-bench-"));
const bytes = generate(dir, files, chars);
const hook = path.join(root, "bench/rss-hook.mjs");

function measure(label, args) {
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
  const seconds = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  return { label, seconds, mbps: bytes / 1048576 / seconds, rssMb: rss / 1024, findings };
}

console.log(`archive: ${files} files, ${(bytes / 1048576).toFixed(2)} MB, median of ${rounds} runs`);
const textlint = measure("textlint --preset gongwen (baseline)", [
  path.join(root, "node_modules/textlint/bin/textlint.js"),
  "--preset",
  "gongwen",
  "--format",
  "json",
  dir,
]);
const gwlint = measure("gwlint", [path.join(root, "packages/cli/bin/gwlint.js"), "--format", "json", dir]);
for (const r of [textlint, gwlint]) {
  console.log(
    `${r.label.padEnd(40)} ${r.seconds.toFixed(2)} s  ${r.mbps.toFixed(2)} MB/s  peak RSS ${r.rssMb.toFixed(0)} MB  findings ${r.findings}`,
  );
}
console.log(`gwlint / textlint: speed ×${(textlint.seconds / gwlint.seconds).toFixed(2)}, peak RSS ×${(gwlint.rssMb / textlint.rssMb).toFixed(2)}`);
if (textlint.findings !== gwlint.findings) console.log(`note: finding counts differ (${textlint.findings} vs ${gwlint.findings})`);
rmSync(dir, { recursive: true, force: true });
