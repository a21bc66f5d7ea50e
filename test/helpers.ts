import { spawnSync } from "node:child_process";
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

/** Runs the built gwlint as a subprocess. */
export function gwlint(args: string[], options: { cwd?: string; input?: string | Buffer } = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder, optionally seeded with fixture files. */
export function workdir(...fixtures: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "gwlint-e2e-"));
  for (const f of fixtures) cpSync(path.join(FIXTURES, f), path.join(dir, path.basename(f)));
  return dir;
}
