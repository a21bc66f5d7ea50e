/**
 * Finds occurrences of many fixed strings. Candidates are indexed by their first character, so a
 * paragraph is scanned once instead of once per string (a large regex alternation is tried at every
 * position and costs far more).
 */
export class WordMatcher {
  private readonly byFirst = new Map<number, string[]>();
  /** 1 where some word starts with that UTF-16 code unit: most characters are rejected by one array read. */
  private readonly starts = new Uint8Array(0x10000);

  constructor(words: Iterable<string>) {
    for (const w of new Set(words)) {
      if (!w) continue;
      const first = w.charCodeAt(0);
      const list = this.byFirst.get(first) ?? [];
      list.push(w);
      this.byFirst.set(first, list);
      this.starts[first] = 1;
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Leftmost-longest, non-overlapping matches. */
  find(text: string): Array<{ index: number; word: string }> {
    const out: Array<{ index: number; word: string }> = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.starts[code] === 0) continue;
      const list = this.byFirst.get(code)!;
      const word = list.find((w) => text.startsWith(w, i));
      if (word) {
        out.push({ index: i, word });
        i += word.length - 1;
      }
    }
    return out;
  }

  /** Every position where some word starts (overlapping), with all words starting there. */
  findAll(text: string): Array<{ index: number; words: string[] }> {
    const out: Array<{ index: number; words: string[] }> = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.starts[code] === 0) continue;
      const words = this.byFirst.get(code)!.filter((w) => text.startsWith(w, i));
      if (words.length) out.push({ index: i, words });
    }
    return out;
  }
}
