import type { Formatter } from "./types.js";

/** textlint's json formatter shape: [{ filePath, messages: [...] }], ranges in UTF-16 offsets. */
export const json: Formatter = (reports) =>
  JSON.stringify(reports.map((r) => ({ filePath: r.filePath, messages: r.messages })));
