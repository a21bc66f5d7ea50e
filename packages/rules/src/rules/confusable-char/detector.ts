// Finds characters that a similar-sounding or similar-looking one would turn into a frequent word.
//
// Where jieba leaves a single-character token (建/没, 会/仪), every window of 2–4 characters around it
// is tried with one character replaced by a confusable one. A replacement that makes the window a
// dictionary word is scored by how much more probable it makes the surrounding text under a word
// unigram model (jieba's frequencies: the best segmentation's log-probability, before and after), plus
// how much more usual it makes the character pairs (bigram counts from official documents), plus a
// prior for the kind of confusion (same pinyin and tone, other tone, similar shape).
import type { Token } from "../../util/segmenter.js";

export interface Model {
  total: number;
  /** Word (1–4 characters) → jieba frequency. */
  words: Record<string, number>;
  /** Character → "same pinyin and tone|same pinyin, other tone|similar shape". */
  confusion: Record<string, string>;
  /** Two adjacent characters → count in the clean official documents. */
  bigrams: Record<string, number>;
}

export interface Candidate {
  /** Index of the suspect character. */
  index: number;
  original: string;
  replacement: string;
  /** The word the replacement forms: text indices [start, end). */
  start: number;
  end: number;
  score: number;
  confidence: number;
}

/** Words a replacement may form: frequent enough that their absence from the text means something. */
const MIN_TARGET_FREQ = 20;
/** Frequency assumed for a word jieba knows but the model left out (below its cut-off). */
const RARE_WORD_FREQ = 10;
const PRIOR = [0, -1, -1.5];
const BIGRAM_WEIGHT = 0.5;
/** A character pair seen this often in the official documents is not a slip. */
const SEEN = 2;
/** Score at which confidence is 0.5, and the score per unit of logistic slope. */
const MID = 8.5;
const SLOPE = 3.25;

export class Detector {
  private readonly logTotal: number;
  private readonly freq: Record<string, number | undefined>;
  /**
   * For words of length L with character j left out (map (L-2)*4+j): the other characters as a number
   * (15 bits each, see `code`) → the characters that complete the word. Numbers hash far faster than
   * freshly built strings.
   */
  private readonly wild: Array<Map<number, string | Set<string>>> = Array.from({ length: 12 }, () => new Map());
  private readonly kinds = new Map<string, Map<string, number>>();
  private readonly bigrams: Record<string, number | undefined>;

  constructor(model: Model) {
    this.logTotal = Math.log(model.total);
    // The parsed objects serve as hash tables: copying them into Maps would cost a third of the load time.
    this.freq = model.words;
    this.bigrams = model.bigrams;
    for (const w in model.words) {
      const f = model.words[w];
      if (w.length < 2 || f < MIN_TARGET_FREQ) continue;
      for (let j = 0; j < w.length; j++) {
        let key = 0;
        for (let i = 0; i < w.length; i++) if (i !== j) key = key * 32768 + code(w, i);
        const map = this.wild[(w.length - 2) * 4 + j];
        map.set(key, ((map.get(key) as string | undefined) ?? "") + w[j]);
      }
    }
    // Long lists (?子: hundreds of words end in 子) become sets: looked up from the confusables' side.
    for (const map of this.wild) for (const [key, fills] of map) if (typeof fills === "string" && fills.length > 16) map.set(key, new Set(fills));
    for (const [c, sets] of Object.entries(model.confusion)) {
      const m = new Map<string, number>();
      sets.split("|").forEach((set, kind) => {
        for (const d of set) if (!m.has(d)) m.set(d, kind);
      });
      this.kinds.set(c, m);
    }
  }

  private logp(word: string, known = false): number {
    const f = this.freq[word] ?? (word.length === 1 ? 0.5 : known ? RARE_WORD_FREQ : 0);
    return f > 0 ? Math.log(f) - this.logTotal : -Infinity;
  }

  /** Log-probability of the best segmentation of `s` into model words (single characters always allowed). */
  /** `extra`: more words as [start, length, log-probability] (jieba's own words of the context). */
  private best(s: string, extra: Array<[number, number, number]>): number {
    const dp = new Float64Array(s.length + 1).fill(-Infinity);
    dp[0] = 0;
    for (let i = 0; i < s.length; i++) {
      if (dp[i] === -Infinity) continue;
      for (let l = 1; l <= 4 && i + l <= s.length; l++) {
        const lp = this.logp(s.slice(i, i + l));
        if (lp > -Infinity && dp[i] + lp > dp[i + l]) dp[i + l] = dp[i] + lp;
      }
      for (const [start, l, lp] of extra) if (start === i && dp[i] + lp > dp[i + l]) dp[i + l] = dp[i] + lp;
    }
    return dp[s.length];
  }

  /** Whether the suspect character, with a neighbour inside the word, occurs in the official documents. */
  private seen(text: string, p: number, a: number, b: number): boolean {
    return (p > a && this.bigram(text[p - 1], text[p]) >= SEEN) || (p + 1 < b && this.bigram(text[p], text[p + 1]) >= SEEN);
  }

  private bigram(a: string, b: string): number {
    return this.bigrams[a + b] ?? 0;
  }

  /**
   * Suspect characters of `text`, at most one per word, best first within overlaps.
   * `skip[i]` = 1 excludes index i (names, titles, Latin, allow-listed words …).
   */
  detect(text: string, tokens: Token[], skip: Uint8Array): Candidate[] {
    // Token index of each text index.
    const tokenAt = new Int32Array(text.length).fill(-1);
    tokens.forEach((t, k) => tokenAt.fill(k, t.start, t.start + t.word.length));
    const n = text.length;
    // 1 where a character may take part in a window: Chinese and not excluded.
    const ok = new Uint8Array(n);
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      ok[i] = skip[i] === 0 && c >= 0x4e00 && c <= 0x9fff ? 1 : 0;
      codes[i] = code(text, i);
    }
    // Windows already tried, as bit `len` of tried[start]: neighbouring single characters share them.
    const tried = new Uint8Array(n);

    const found = new Map<string, Candidate>();
    // 1 where jieba left a single character.
    const single = new Uint8Array(n);
    for (const t of tokens) if (t.word.length === 1) single[t.start] = 1;
    for (const t of tokens) {
      if (t.word.length !== 1 || ok[t.start] === 0 || FUNCTION_CHARS.has(t.word)) continue;
      const q = t.start;
      for (let len = 2; len <= 4; len++) {
        for (let a = Math.max(0, q - len + 1); a <= q && a + len <= n; a++) {
          const b = a + len;
          if (tried[a] & (1 << len)) continue;
          tried[a] |= 1 << len;
          let usable = true;
          let singles = 0;
          for (let i = a; i < b && usable; i++) {
            usable = ok[i] === 1;
            singles += single[i];
          }
          // A four-character word a slip broke leaves at least two single characters (按/步/就/班).
          if (!usable || (len === 4 && singles < 2)) continue;
          const options: Array<[number, string | Set<string>]> = [];
          let isWord = false;
          for (let p = a; p < b && !isWord; p++) {
            let key = 0;
            for (let i = a; i < b; i++) if (i !== p) key = key * 32768 + codes[i];
            const fills = this.wild[(len - 2) * 4 + (p - a)].get(key);
            if (fills === undefined) continue;
            if (typeof fills === "string" ? fills.includes(text[p]) : fills.has(text[p])) isWord = true; // already a word
            else options.push([p, fills]);
          }
          if (isWord) continue;
          for (const [p, fills] of options) {
            const kinds = this.kinds.get(text[p]);
            if (!kinds) continue;
            const matches: Array<[string, number]> = [];
            if (typeof fills === "string") {
              for (const x of fills) {
                const kind = kinds.get(x);
                if (kind !== undefined) matches.push([x, kind]);
              }
            } else if (fills.size < kinds.size) {
              for (const x of fills) {
                const kind = kinds.get(x);
                if (kind !== undefined) matches.push([x, kind]);
              }
            } else for (const [x, kind] of kinds) if (fills.has(x)) matches.push([x, kind]);
            if (matches.length === 0 || this.seen(text, p, a, b)) continue;
            for (const [x, kind] of matches) {
              const key = `${p}:${x}`;
              const prev = found.get(key);
              if (prev && prev.end - prev.start >= len) continue;
              const score = this.score(text, tokens, tokenAt, p, x, a, b, kind);
              found.set(key, { index: p, original: text[p], replacement: x, start: a, end: b, score, confidence: confidence(score) });
            }
          }
        }
      }
    }
    // Keep the best candidate among overlapping words.
    const all = [...found.values()].sort((x, y) => y.score - x.score);
    const taken = new Uint8Array(text.length);
    const out: Candidate[] = [];
    for (const c of all) {
      let free = true;
      for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
      if (!free) continue;
      taken.fill(1, c.start, c.end);
      out.push(c);
    }
    return out.sort((x, y) => x.index - y.index);
  }

  private score(text: string, tokens: Token[], tokenAt: Int32Array, p: number, x: string, a: number, b: number, kind: number): number {
    // The tokens the window touches, and one more on each side.
    const first = Math.max(0, tokenAt[a] - 1);
    const last = Math.min(tokens.length - 1, tokenAt[b - 1] + 1);
    const s = tokens[first].start;
    const e = tokens[last].start + tokens[last].word.length;
    const before = text.slice(s, e);
    const after = before.slice(0, p - s) + x + before.slice(p - s + 1);
    // jieba's words around the suspect count on both sides (some are below the model's frequency cut-off).
    let jiebaScore = 0;
    const extra: Array<[number, number, number]> = [];
    for (let k = first; k <= last; k++) {
      const t = tokens[k];
      const lp = this.logp(t.word, true);
      jiebaScore += lp;
      if (t.word.length > 1 && (p < t.start || p >= t.start + t.word.length)) extra.push([t.start - s, t.word.length, lp]);
    }
    const gain = this.best(after, extra) - Math.max(this.best(before, extra), jiebaScore);

    let bigram = 0;
    if (p > a) bigram += Math.log((this.bigram(text[p - 1], x) + 1) / (this.bigram(text[p - 1], text[p]) + 1));
    if (p + 1 < b) bigram += Math.log((this.bigram(x, text[p + 1]) + 1) / (this.bigram(text[p], text[p + 1]) + 1));
    return gain + PRIOR[kind] + BIGRAM_WEIGHT * bigram;
  }
}

/**
 * Frequent single-character words: windows are tried around them only through another single
 * character (a slip in 的确 leaves 确 alone too).
 */
const FUNCTION_CHARS = new Set("的了和是在与及等对把被为从向以而并也都就要将不有这那其之于中上下个")

/** A CJK unified ideograph (U+4E00–U+9FFF) as a 15-bit number. */
function code(s: string, i: number): number {
  return (s.charCodeAt(i) - 0x4e00) & 0x7fff;
}

export function confidence(score: number): number {
  return 1 / (1 + Math.exp(-(score - MID) / SLOPE));
}
