// npm run findings:save / npm run findings:check — the whole preset's json over ../shared/corpus/modern and clean,
// saved before a change that must not change a finding (a speed-up) and compared byte for byte after it (the json
// has no timings). The snapshot lives in .cache/, for this clone. Skips cleanly when ../shared is absent.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root, shared } from "../packages/rules/scripts/common.mjs";

const mode = process.argv[2];
if (mode !== "save" && mode !== "check") {
  console.error("usage: node scripts/findings-snapshot.mjs save|check [--jobs N]");
  process.exit(2);
}
const corpus = path.join(shared, "corpus");
const dirs = ["modern", "clean"].filter((d) => existsSync(path.join(corpus, d)));
if (dirs.length === 0) {
  console.log("findings snapshot: ../shared/corpus not found, nothing to compare (skipped).");
  process.exit(0);
}
const jobs = process.argv.includes("--jobs") ? process.argv[process.argv.indexOf("--jobs") + 1] : "1";
const r = spawnSync(process.execPath, [path.join(root, "packages/cli/bin/gwlint.js"), "-f", "json", "--jobs", jobs, ...dirs], {
  cwd: corpus,
  encoding: "utf8",
  maxBuffer: 1 << 30,
});
if (r.status !== 0 && r.status !== 1) {
  console.error(r.stderr);
  process.exit(2);
}
const snapshot = path.join(root, ".cache/findings-snapshot.json");
const digest = (s) => createHash("sha256").update(s).digest("hex").slice(0, 16);
const count = (s) => JSON.parse(s).reduce((n, f) => n + f.messages.length, 0);
if (mode === "save") {
  mkdirSync(path.dirname(snapshot), { recursive: true });
  writeFileSync(snapshot, r.stdout);
  console.log(`saved ${count(r.stdout)} findings (${digest(r.stdout)}) to ${path.relative(root, snapshot)}`);
} else {
  if (!existsSync(snapshot)) {
    console.error("no snapshot: run `npm run findings:save` before the change");
    process.exit(2);
  }
  const before = readFileSync(snapshot, "utf8");
  if (before === r.stdout) {
    console.log(`identical: ${count(r.stdout)} findings (${digest(r.stdout)})`);
  } else {
    const a = JSON.parse(before);
    const b = JSON.parse(r.stdout);
    const key = (f, m) => `${f.filePath}\t${m.ruleId}\t${m.range.join("-")}\t${m.message}`;
    const sa = new Set(a.flatMap((f) => f.messages.map((m) => key(f, m))));
    const sb = new Set(b.flatMap((f) => f.messages.map((m) => key(f, m))));
    const gone = [...sa].filter((k) => !sb.has(k));
    const added = [...sb].filter((k) => !sa.has(k));
    console.log(`DIFFERENT: ${count(before)} findings before, ${count(r.stdout)} now; ${gone.length} gone, ${added.length} new`);
    for (const k of gone.slice(0, 20)) console.log(`- ${k}`);
    for (const k of added.slice(0, 20)) console.log(`+ ${k}`);
    if (!gone.length && !added.length) console.log("(the same findings; their fields or order differ)");
    process.exit(1);
  }
}
