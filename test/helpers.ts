import { execFileSync, spawn, spawnSync } from "node:child_process";
import { Readable, Writable } from "node:stream";
import { cpSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const BIN = path.join(ROOT, "packages/cli/bin/gwlint.js");
export const FIXTURES = path.join(ROOT, "test/fixtures");

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built gwlint as a subprocess (for what only a real process shows: exit codes, the bin script). */
export function gwlint(args: string[], options: { cwd?: string; input?: string | Buffer } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
    child.stdin.end(options.input ?? "");
  });
}

type Main = (argv: string[], io: Record<string, unknown>) => Promise<number>;
let main: Main | undefined;

/** A stream that keeps what is written to it. */
function sink(): Writable & { text: () => string } {
  const chunks: Buffer[] = [];
  const w = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return Object.assign(w, { text: () => Buffer.concat(chunks).toString("utf8") });
}

/** Runs gwlint's `main(argv, io)` in this process: the same code as the command, without a process start. */
export async function run(args: string[], options: { cwd?: string; input?: string | Buffer } = {}): Promise<RunResult> {
  main ??= ((await import(path.join(ROOT, "packages/cli/dist/main.js"))) as { main: Main }).main;
  const stdout = sink();
  const stderr = sink();
  const stdin = Readable.from(options.input === undefined ? [] : [Buffer.from(options.input)]);
  const code = await main(args, { stdout, stderr, stdin, cwd: options.cwd ?? ROOT, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined } });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** A fresh temporary folder, optionally seeded with fixture files. */
export function workdir(...fixtures: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "gwlint-e2e-"));
  for (const f of fixtures) cpSync(path.join(FIXTURES, f), path.join(dir, path.basename(f)));
  return dir;
}

let office: { available: boolean; required: boolean } | undefined;
/**
 * LibreOffice and poppler-utils (scripts/install-word-processor.sh): whether they are installed, and whether the
 * checks that use them must run (.ci/run installs them and sets GWLINT_REQUIRE_WORD_PROCESSOR).
 */
export function wordProcessor(): { available: boolean; required: boolean } {
  const has = (command: string, flag: string): boolean => spawnSync(command, [flag], { stdio: "ignore" }).status === 0;
  office ??= {
    available: has("soffice", "--version") && has("pdfinfo", "-v") && has("pdftotext", "-v"),
    required: process.env.GWLINT_REQUIRE_WORD_PROCESSOR === "1",
  };
  return office;
}
export const WORD_PROCESSOR_MISSING = "LibreOffice（soffice）或 poppler-utils 未安装：请运行 bash scripts/install-word-processor.sh";

/** Runs LibreOffice headless in `dir`, with a profile of its own there: a LibreOffice the user has open does not take it over. */
export function soffice(dir: string, args: string[]): string {
  return execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", ...args], {
    cwd: dir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 120_000,
  });
}
