import type { Formatter } from "./types.js";

/** textlint's json formatter shape: [{ filePath, messages: [...] }], ranges in UTF-16 offsets. */
export const json: Formatter = () => {
  let first = true;
  return {
    begin: () => "[",
    file: (r) => {
      const messages = r.messages.map(({ context: _c, part: _p, ...m }) => m);
      const out = (first ? "" : ",") + JSON.stringify({ filePath: r.filePath, messages });
      first = false;
      return out;
    },
    end: () => "]\n",
  };
};
