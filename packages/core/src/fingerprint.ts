import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

let cached: string | undefined;

const FINGERPRINT_FILE = "fingerprint.txt";

function rulesDist(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("textlint-rule-preset-gongwen/package.json")), "dist");
}

/**
 * A hash of the built rules and their dictionaries: caches keyed on it are invalidated whenever a
 * rule or a data file changes, whatever the version number says. `npm run build` stores it in the
 * rules' dist/fingerprint.txt (read in a fraction of the time hashing takes); without that file it
 * is computed.
 */
export function presetFingerprint(): string {
  if (cached) return cached;
  try {
    cached = readFileSync(path.join(rulesDist(), FINGERPRINT_FILE), "utf8").trim();
    if (cached) return cached;
  } catch {
    // not built by npm run build: compute it
  }
  cached = computePresetFingerprint();
  return cached;
}

/** Hashes every .js and .json file of the built rules (what `npm run build` stores). */
export function computePresetFingerprint(): string {
  const dist = rulesDist();
  const hash = createHash("sha256");
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(js|json)$/.test(entry.name)) hash.update(entry.name).update(readFileSync(file));
    }
  };
  walk(dist);
  return hash.digest("hex").slice(0, 16);
}

/** Writes the fingerprint file next to the built rules (run by `npm run build`). */
export function writePresetFingerprint(): string {
  const value = computePresetFingerprint();
  writeFileSync(path.join(rulesDist(), FINGERPRINT_FILE), `${value}\n`);
  return value;
}
