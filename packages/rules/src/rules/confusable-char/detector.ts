// Finds characters that a similar-sounding or similar-looking one would turn into a frequent word.
//
// Where jieba leaves a single-character token (建/没, 会/仪), every window of 2–4 characters around it
// is tried with one character replaced by a confusable one. A replacement that makes the window a
// dictionary word is scored by how much more probable it makes the surrounding text under a word
// unigram model (jieba's frequencies: the best segmentation's log-probability, before and after), plus
// how much more usual it makes the character pairs (bigram counts from official documents), plus a
// prior for the kind of confusion (same pinyin and tone, other tone, similar shape).
import type { Token } from "../../util/segmenter.js";
import { cjk, keyA, keyB, lookup, openTag, PAIR, type Packed } from "./packed.js";

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

/** Frequency assumed for a word jieba knows but the model left out (below its cut-off). */
const RARE_WORD_FREQ = 10;
/** Frequency of a character the model does not know (or of a non-Chinese one). */
const UNKNOWN_CHAR_FREQ = 0.5;
const PRIOR = [0, -1, -1];
const BIGRAM_WEIGHT = 0.5;
/** A character pair seen this often in the official documents is not a slip. */
const SEEN = 2;
/** Score at which confidence is 0.5, and the score per unit of logistic slope (fitted on ECSpell training data). */
const MID = 8.5;
const SLOPE = 3.25;

/**
 * Frequent single-character words: windows are tried around them only through another single
 * character (a slip in 的确 leaves 确 alone too), and standing alone they are never the suspect:
 * 经其同意, 因未取得 are grammar, not 经济, 因为.
 */
const FUNCTION_CHARS = new Uint8Array(0x10000);
for (const c of "的了和是在与及等对把被为从向以而并也都就要将不有这那其之于中上下个未") FUNCTION_CHARS[c.charCodeAt(0)] = 1;

export function confidence(score: number): number {
  return 1 / (1 + Math.exp(-(score - MID) / SLOPE));
}

/** The best candidate among overlapping words, then in text order; `taken` marks the indices used (all 0 on entry). */
function bestNonOverlapping(found: Iterable<Candidate>, taken: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (const c of [...found].sort((x, y) => y.score - x.score)) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    out.push(c);
  }
  return out.sort((x, y) => x.index - y.index);
}

export class Detector {
  private readonly logTotal: number;

  constructor(private readonly m: Packed) {
    this.logTotal = Math.log(m.total);
  }

  // Per-paragraph arrays, reused and indexed below the paragraph's length only: new typed arrays (or views) for every
  // paragraph would churn memory (their backing stores live outside the JavaScript heap).
  private buf = {
    codes: new Int32Array(0),
    tokenAt: new Int32Array(0),
    ok: new Uint8Array(0),
    single: new Uint8Array(0),
    tried: new Uint8Array(0),
    taken: new Uint8Array(0),
  };
  private scratch(n: number): { codes: Int32Array; tokenAt: Int32Array; ok: Uint8Array; single: Uint8Array; tried: Uint8Array; taken: Uint8Array } {
    if (this.buf.codes.length < n) {
      const size = Math.max(n, 2 * this.buf.codes.length, 1024);
      this.buf = {
        codes: new Int32Array(size),
        tokenAt: new Int32Array(size),
        ok: new Uint8Array(size),
        single: new Uint8Array(size),
        tried: new Uint8Array(size),
        taken: new Uint8Array(size),
      };
    }
    const { single, tried, taken } = this.buf;
    single.fill(0, 0, n);
    tried.fill(0, 0, n);
    taken.fill(0, 0, n);
    return this.buf;
  }

  /** Frequency of the word formed by codes[start, start+len), or -1. */
  private wordFreq(codes: Int32Array, start: number, len: number): number {
    const c0 = codes[start];
    const c1 = len > 1 ? codes[start + 1] : 0;
    const c2 = len > 2 ? codes[start + 2] : 0;
    const c3 = len > 3 ? codes[start + 3] : 0;
    if (c0 < 0 || c1 < 0 || c2 < 0 || c3 < 0) return -1;
    return lookup(this.m, keyA(len, c0, c1), keyB(c1, c2, c3));
  }

  /** jieba's frequency of a word of one to four Chinese characters as the model has it (0: not a word it keeps). */
  frequency(word: string): number {
    if (word.length > 4) return 0;
    const codes = new Int32Array(word.length);
    for (let i = 0; i < word.length; i++) codes[i] = cjk(word.charCodeAt(i));
    return Math.max(0, this.wordFreq(codes, 0, word.length));
  }

  /** Log-probability of the best segmentation of `text` by the model's words (one to four characters). */
  segmentationScore(text: string): number {
    const codes = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) codes[i] = cjk(text.charCodeAt(i));
    return this.best(codes, 0, codes.length, []);
  }

  /** Log-probability of one of jieba's tokens (known to jieba, so never impossible). */
  private tokenLogp(codes: Int32Array, start: number, len: number): number {
    const f = len <= 4 ? this.wordFreq(codes, start, len) : -1;
    return Math.log(f > 0 ? f : len === 1 ? UNKNOWN_CHAR_FREQ : RARE_WORD_FREQ) - this.logTotal;
  }

  private dp = new Float64Array(64);

  /**
   * The paragraph's words' Math.log(frequency) by position × 4 + length − 1 (-Infinity: no word; NaN: not looked up
   * yet), for the scores of one detect call: the windows around neighbouring suspects cover the same words.
   */
  private memo = new Float64Array(0);
  /** The paragraph's length, and whether the memo has been reset for it (on its first score). */
  private memoLength = 0;
  private memoReady = false;

  /** Math.log of the frequency of the word codes[at, at + l) as `best` weighs it, or -Infinity where it is no word. */
  private logFreq(codes: Int32Array, at: number, l: number): number {
    let f = this.wordFreq(codes, at, l);
    if (l === 1 && f <= 0) f = UNKNOWN_CHAR_FREQ;
    return f <= 0 ? -Infinity : Math.log(f);
  }

  /**
   * Best segmentation's log-probability of codes[from, from + n); `extra` = more words as [start, length, log-probability],
   * start relative to `from`. With `replaced` (the index whose code differs from the paragraph's, or -1 for none), the words
   * not covering it are weighed from the paragraph's memo.
   */
  private best(codes: Int32Array, from: number, n: number, extra: Array<[number, number, number]>, replaced?: number): number {
    if (this.dp.length < n + 1) this.dp = new Float64Array(Math.max(n + 1, 2 * this.dp.length));
    const dp = this.dp.fill(-Infinity, 0, n + 1);
    dp[0] = 0;
    const memo = replaced === undefined ? undefined : this.memo;
    for (let i = 0; i < n; i++) {
      const here = dp[i];
      if (here === -Infinity) continue;
      const at = from + i;
      for (let l = 1; l <= 4 && i + l <= n; l++) {
        let lf: number;
        if (memo === undefined || (replaced! >= at && replaced! < at + l)) lf = this.logFreq(codes, at, l);
        else {
          lf = memo[at * 4 + l - 1];
          if (Number.isNaN(lf)) lf = memo[at * 4 + l - 1] = this.logFreq(codes, at, l);
        }
        if (lf === -Infinity) continue;
        const v = here + lf - this.logTotal;
        if (v > dp[i + l]) dp[i + l] = v;
      }
      for (const [start, l, lp] of extra) if (start === i && here + lp > dp[i + l]) dp[i + l] = here + lp;
    }
    return dp[n];
  }

  /** Starts the memo of `best` for the paragraph, once per detect call (on its first score). */
  private resetMemo(): void {
    if (this.memoReady) return;
    const size = 4 * this.memoLength;
    if (this.memo.length < size) this.memo = new Float64Array(Math.max(size, 2 * this.memo.length));
    this.memo.fill(Number.NaN, 0, size);
    this.memoReady = true;
  }

  private pair(x: number, y: number): number {
    return Math.max(0, lookup(this.m, keyA(PAIR, x, y), keyB(y, 0, 0)));
  }

  /** Whether the suspect character, with a neighbour inside the word, occurs in the official documents. */
  private seen(codes: Int32Array, p: number, a: number, b: number): boolean {
    return (p > a && this.pair(codes[p - 1], codes[p]) >= SEEN) || (p + 1 < b && this.pair(codes[p], codes[p + 1]) >= SEEN);
  }

  /** Whether `code` is among the `count` sorted codes of the fills pool at `at`. */
  private inFills(at: number, count: number, code: number): boolean {
    const f = this.m.fills;
    let lo = at;
    let hi = at + count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (f[mid] === code) return true;
      if (f[mid] < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /**
   * Suspect characters of `text`, at most one per word, best first within overlaps.
   * `skip[i]` = 1 excludes index i (names, titles, Latin, allow-listed words …).
   */
  detect(text: string, tokens: Token[], skip: Uint8Array): Candidate[] {
    const n = text.length;
    const { codes, ok, single, tokenAt, tried, taken } = this.scratch(n);
    for (let i = 0; i < n; i++) {
      codes[i] = cjk(text.charCodeAt(i));
      ok[i] = codes[i] >= 0 && skip[i] === 0 ? 1 : 0;
    }
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      const end = t.start + t.word.length;
      for (let i = t.start; i < end; i++) tokenAt[i] = k;
      if (end - t.start === 1) single[t.start] = 1;
    }
    this.memoLength = n;
    this.memoReady = false;
    // Windows already tried, as bit `len` of tried[start]: neighbouring single characters share them.
    const { fills } = this.m;

    const found = new Map<number, Candidate>();
    const fillsAt = [0, 0, 0, 0];
    this.baselines.clear();
    for (const t of tokens) {
      const q = t.start;
      if (t.word.length !== 1 || ok[q] === 0 || FUNCTION_CHARS[text.charCodeAt(q)]) continue;
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

          // For each position, the fills offset of the characters that would complete a word there (-1: none).
          let isWord = false;
          for (let p = a; p < b && !isWord; p++) {
            // The window's other characters, in order.
            const r0 = codes[p === a ? a + 1 : a];
            const r1 = len > 2 ? codes[p <= a + 1 ? a + 2 : a + 1] : 0;
            const r2 = len > 3 ? codes[p <= a + 2 ? a + 3 : a + 2] : 0;
            const at = lookup(this.m, keyA(openTag(len, p - a), r0, r1), keyB(r1, r2, 0));
            fillsAt[p - a] = at;
            if (at >= 0 && this.inFills(at + 1, fills[at], codes[p])) isWord = true; // already a word
          }
          if (isWord) continue;

          for (let p = a; p < b; p++) {
            const at = fillsAt[p - a];
            if (at < 0) continue;
            if (single[p] && FUNCTION_CHARS[text.charCodeAt(p)]) continue;
            const count = this.confusableCompletions(at, codes[p]);
            if (count === 0 || this.seen(codes, p, a, b)) continue;
            for (let c = 0; c < count; c++) {
              const entry = this.completions[c];
              const x = entry & 0xffff;
              const key = p * 65536 + x;
              const prev = found.get(key);
              if (prev && prev.end - prev.start >= len) continue;
              const score = this.score(codes, tokens, tokenAt, p, x, a, b, entry >>> 16);
              found.set(key, {
                index: p,
                original: text[p],
                replacement: String.fromCharCode(0x4e00 + x),
                start: a,
                end: b,
                score,
                confidence: confidence(score),
              });
            }
          }
        }
      }
    }
    return bestNonOverlapping(found.values(), taken);
  }

  /** confusableCompletions' results (most calls find none: no array is made per call). */
  private completions = new Uint32Array(64);

  /**
   * The confusables of character `code` that complete the word whose completions are at `at` in the fills pool:
   * the two sorted lists merged. The results, kindPool entries (kind << 16 | character), are the first `count` of
   * `this.completions`, valid until the next call.
   */
  private confusableCompletions(at: number, code: number): number {
    const { fills, kindIndex, kindPool } = this.m;
    let i = at + 1;
    const iEnd = i + fills[at];
    let j = kindIndex[code];
    const jEnd = kindIndex[code + 1];
    if (this.completions.length < jEnd - j) this.completions = new Uint32Array(jEnd - j);
    const out = this.completions;
    let count = 0;
    while (i < iEnd && j < jEnd) {
      const x = fills[i];
      const y = kindPool[j] & 0xffff;
      if (x === y) {
        out[count++] = kindPool[j];
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
    return count;
  }

  /** The text's score before a replacement, per window and token of the suspect (see score); cleared per paragraph. */
  private readonly baselines = new Map<number, number>();

  private score(codes: Int32Array, tokens: Token[], tokenAt: Int32Array, p: number, x: number, a: number, b: number, kind: number): number {
    // The tokens the window touches, and one more on each side.
    const first = Math.max(0, tokenAt[a] - 1);
    const last = Math.min(tokens.length - 1, tokenAt[b - 1] + 1);
    const s = tokens[first].start;
    const e = tokens[last].start + tokens[last].word.length;
    // jieba's words around the suspect count on both sides (some are below the model's frequency cut-off).
    let jiebaScore = 0;
    const extra: Array<[number, number, number]> = [];
    for (let k = first; k <= last; k++) {
      const t = tokens[k];
      const lp = this.tokenLogp(codes, t.start, t.word.length);
      jiebaScore += lp;
      if (t.word.length > 1 && (p < t.start || p >= t.start + t.word.length)) extra.push([t.start - s, t.word.length, lp]);
    }
    // The same window and suspect token give the same score before, whatever the replacement.
    const key = tokenAt[p] * 64 + (tokenAt[p] - first) * 8 + (last - tokenAt[p]);
    this.resetMemo();
    let baseline = this.baselines.get(key);
    if (baseline === undefined) {
      baseline = Math.max(this.best(codes, s, e - s, extra, -1), jiebaScore);
      this.baselines.set(key, baseline);
    }
    const original = codes[p];
    codes[p] = x;
    const gain = this.best(codes, s, e - s, extra, p) - baseline;
    codes[p] = original;

    let bigram = 0;
    if (p > a) bigram += Math.log((this.pair(codes[p - 1], x) + 1) / (this.pair(codes[p - 1], codes[p]) + 1));
    if (p + 1 < b) bigram += Math.log((this.pair(x, codes[p + 1]) + 1) / (this.pair(codes[p], codes[p + 1]) + 1));
    return gain + PRIOR[kind] + BIGRAM_WEIGHT * bigram;
  }
}
