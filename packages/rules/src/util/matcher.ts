/**
 * Finds occurrences of many fixed strings. Candidates are indexed by their first two characters, so a
 * paragraph is scanned once instead of once per string (a large regex alternation is tried at every
 * position and costs far more), and each position tries only the few words that share its first two.
 */
export class WordMatcher {
  /** Words of two or more characters by their first two UTF-16 code units (first × 65536 + second), longest first. */
  private readonly byPair = new Map<number, string[]>();
  /** Words of one character. */
  private readonly single = new Uint8Array(0x10000);
  /** 1 where some word starts with that UTF-16 code unit: most characters are rejected by one array read. */
  private readonly starts = new Uint8Array(0x10000);
  /** 1 at pairHash(first, second) of every word's first two code units: most pairs are rejected without a lookup. */
  private readonly pairs = new Uint8Array(PAIR_SLOTS);

  constructor(words: Iterable<string>) {
    for (const w of new Set(words)) {
      if (!w) continue;
      const first = w.charCodeAt(0);
      this.starts[first] = 1;
      if (w.length === 1) {
        this.single[first] = 1;
        continue;
      }
      const second = w.charCodeAt(1);
      this.pairs[pairHash(first, second)] = 1;
      const key = first * 0x10000 + second;
      const list = this.byPair.get(key);
      if (list) list.push(w);
      else this.byPair.set(key, [w]);
    }
    for (const list of this.byPair.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Words of two or more characters that may start at text[i], longest first (undefined: none could). */
  private candidates(text: string, i: number): string[] | undefined {
    if (i + 1 >= text.length) return undefined;
    const first = text.charCodeAt(i);
    const second = text.charCodeAt(i + 1);
    return this.pairs[pairHash(first, second)] === 0 ? undefined : this.byPair.get(first * 0x10000 + second);
  }

  /** Leftmost-longest, non-overlapping matches. */
  find(text: string): Array<{ index: number; word: string }> {
    const out: Array<{ index: number; word: string }> = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.starts[code] === 0) continue;
      let word: string | undefined;
      const list = this.candidates(text, i);
      if (list)
        for (const w of list)
          if (text.startsWith(w, i)) {
            word = w;
            break;
          }
      if (word === undefined && this.single[code] === 1) word = text[i];
      if (word) {
        out.push({ index: i, word });
        i += word.length - 1;
      }
    }
    return out;
  }

  /** Whether any of the words occurs in `text`. */
  has(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.starts[code] === 0) continue;
      if (this.single[code] === 1) return true;
      const list = this.candidates(text, i);
      if (list) for (const w of list) if (text.startsWith(w, i)) return true;
    }
    return false;
  }

  /** Every position where some word starts (overlapping), with all words starting there, longest first. */
  findAll(text: string): Array<{ index: number; words: string[] }> {
    const out: Array<{ index: number; words: string[] }> = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.starts[code] === 0) continue;
      const list = this.candidates(text, i);
      let words: string[] | undefined;
      if (list) for (const w of list) if (text.startsWith(w, i)) (words ??= []).push(w);
      if (this.single[code]) (words ??= []).push(text[i]);
      if (words) out.push({ index: i, words });
    }
    return out;
  }
}

const PAIR_SLOTS = 1 << 16;
const pairHash = (first: number, second: number): number => Math.imul((first << 16) | second, 0x9e3779b1) >>> 16;
