/**
 * Finds occurrences of many fixed strings. Candidates are indexed by their first two characters, so a
 * paragraph is scanned once instead of once per string (a large regex alternation is tried at every
 * position and costs far more), and each position tries only the few words that share its first two.
 */
export class WordMatcher {
  /** Words of two or more characters by their first and second UTF-16 code units, longest first. */
  private readonly byPrefix = new Map<number, Map<number, string[]>>();
  /** Words of one character. */
  private readonly single = new Uint8Array(0x10000);
  /** 1 where some word starts with that UTF-16 code unit: most characters are rejected by one array read. */
  private readonly starts = new Uint8Array(0x10000);

  constructor(words: Iterable<string>) {
    for (const w of new Set(words)) {
      if (!w) continue;
      const first = w.charCodeAt(0);
      this.starts[first] = 1;
      if (w.length === 1) {
        this.single[first] = 1;
        continue;
      }
      let seconds = this.byPrefix.get(first);
      if (!seconds) this.byPrefix.set(first, (seconds = new Map()));
      const list = seconds.get(w.charCodeAt(1)) ?? [];
      list.push(w);
      seconds.set(w.charCodeAt(1), list);
    }
    for (const seconds of this.byPrefix.values()) for (const list of seconds.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Words of two or more characters that start at text[i], longest first (undefined: none could). */
  private candidates(text: string, i: number): string[] | undefined {
    return i + 1 < text.length ? this.byPrefix.get(text.charCodeAt(i))?.get(text.charCodeAt(i + 1)) : undefined;
  }

  /** Leftmost-longest, non-overlapping matches. */
  find(text: string): Array<{ index: number; word: string }> {
    const out: Array<{ index: number; word: string }> = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.starts[code] === 0) continue;
      const word = this.candidates(text, i)?.find((w) => text.startsWith(w, i)) ?? (this.single[code] ? text[i] : undefined);
      if (word) {
        out.push({ index: i, word });
        i += word.length - 1;
      }
    }
    return out;
  }

  /** Every position where some word starts (overlapping), with all words starting there, longest first. */
  findAll(text: string): Array<{ index: number; words: string[] }> {
    const out: Array<{ index: number; words: string[] }> = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.starts[code] === 0) continue;
      const words = this.candidates(text, i)?.filter((w) => text.startsWith(w, i)) ?? [];
      if (this.single[code]) words.push(text[i]);
      if (words.length) out.push({ index: i, words });
    }
    return out;
  }
}
