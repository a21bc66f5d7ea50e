import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

let cached: string | undefined;

/**
 * A hash of the built rules and their dictionaries: caches keyed on it are invalidated whenever a
 * rule or a data file changes, whatever the version number says.
 */
export function presetFingerprint(): string {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const dist = path.join(path.dirname(require.resolve("textlint-rule-preset-gongwen/package.json")), "dist");
  const hash = createHash("sha256");
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(js|json)$/.test(entry.name)) hash.update(entry.name).update(readFileSync(file));
    }
  };
  walk(dist);
  cached = hash.digest("hex").slice(0, 16);
  return cached;
}
