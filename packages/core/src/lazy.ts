// Modules a run may not need (the Markdown parser, the zip and XML libraries, the schema validator) are loaded on
// first use, so that checking a plain-text file does not pay for them at start-up.
import { createRequire } from "node:module";

const nodeRequire = createRequire(import.meta.url);

/**
 * A getter that loads the CommonJS module `id` once, on its first call. `bundled` is `() => require(id)` written
 * out, for the language server's bundle: there `require` is the bundle's own, which holds the module; run as ES
 * modules under Node, the module is found from this file.
 */
export function lazy<T>(id: string, bundled: () => unknown): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= (typeof require === "function" ? bundled() : nodeRequire(id)) as T;
    return loaded;
  };
}
