// The fix audit: copies corpora, runs `gwlint --fix` on the copies, and prints every word-level rewrite
// (a change that replaces or removes Chinese characters) with its context and the rule that made it.
// On proofread text every such rewrite is a corruption until read and judged a real slip.
// Usage: npm run audit:fix [-- DIR ...]   (default: ../shared/corpus/modern and ../shared/corpus/clean)
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const gwlint = path.join(root, "packages/cli/bin/gwlint.js");
const dirs = process.argv.slice(2);
if (dirs.length === 0) dirs.push(path.resolve(root, "../shared/corpus/modern"), path.resolve(root, "../shared/corpus/clean"));
const HAN = /\p{Script=Han}/u;

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(txt|md)$/i.test(name)) out.push(p);
  }
  return out;
}

function run(args) {
  const r = spawnSync(process.execPath, [gwlint, "--no-progress", "--no-color", ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`gwlint ${args.join(" ")}: exit ${r.status}\n${r.stderr}`);
  return r.stdout;
}

let total = 0;
let rewrites = 0;
for (const dir of dirs) {
  if (!existsSync(dir)) {
    console.log(`${dir}: not found, skipped`);
    continue;
  }
  const copy = mkdtempSync(path.join(tmpdir(), "gwlint-audit-"));
  cpSync(dir, copy, { recursive: true });
  // What each fix would change, as the json report has it, then the real --fix on the copy.
  const report = JSON.parse(run(["-f", "json", copy]));
  run(["--fix", "--quiet", copy]);
  const byFile = new Map(report.map((r) => [path.resolve(r.filePath), r.messages]));
  const byRule = new Map();
  let chars = 0;
  let changedFiles = 0;
  for (const fixedPath of files(copy)) {
    const original = readFileSync(path.join(dir, path.relative(copy, fixedPath)), "utf8");
    const fixed = readFileSync(fixedPath, "utf8");
    chars += original.length;
    if (original === fixed) continue;
    changedFiles++;
    // Each changed line, trimmed to what differs, attributed to the rules whose fixes touch that line.
    const a = original.split("\n");
    const b = fixed.split("\n");
    if (a.length !== b.length) console.log(`LINES\t${path.relative(copy, fixedPath)}: ${a.length} lines became ${b.length}`);
    const messages = byFile.get(fixedPath) ?? [];
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] === b[i]) continue;
      let p = 0;
      while (p < a[i].length && a[i][p] === b[i][p]) p++;
      let q = 0;
      while (q < a[i].length - p && q < b[i].length - p && a[i][a[i].length - 1 - q] === b[i][b[i].length - 1 - q]) q++;
      const removed = a[i].slice(p, a[i].length - q);
      const inserted = b[i].slice(p, b[i].length - q);
      // Punctuation and symbols (○→〇, : → ：) are not word-level; ○ is the zero 〇 mistyped.
      if (!HAN.test(removed.replace(/〇/g, "○"))) continue;
      // Same length, differing only where the original has no Chinese character: punctuation fixes on one line.
      const norm = (x) => x.replace(/〇/g, "○");
      if (removed.length === inserted.length && [...norm(removed)].every((c, j) => c === norm(inserted)[j] || !HAN.test(c))) continue;
      rewrites++;
      const rules = [...new Set(messages.filter((m) => m.fix && m.line === i + 1).map((m) => m.ruleId))].join("+") || "?";
      for (const r of rules.split("+")) byRule.set(r, (byRule.get(r) ?? 0) + 1);
      const context = `${a[i].slice(Math.max(0, p - 12), p)}【${removed}→${inserted}】${a[i].slice(a[i].length - q, a[i].length - q + 12)}`;
      console.log(`${rules}\t${path.relative(copy, fixedPath)}:${i + 1}\t${context.replace(/\s/g, " ")}`);
    }
  }
  const again = JSON.parse(run(["-f", "json", copy]));
  const unstable = again.filter((r) => r.messages.some((m) => m.fix)).length;
  total += chars;
  const perRule = [...byRule].map(([r, n]) => `${r} ${n}`).join(", ") || "none";
  console.log(
    `# ${dir}: ${chars.toLocaleString("en")} characters, ${changedFiles} files changed, word-level rewrites by rule: ${perRule}; files with fixes left after --fix: ${unstable}`,
  );
  rmSync(copy, { recursive: true, force: true });
}
console.log(`# ${rewrites} word-level rewrites in ${total.toLocaleString("en")} characters`);
