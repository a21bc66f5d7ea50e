// Which matches of a word list (typo, variant-word) are findings: whole words of the clause's segmentation,
// outside people's and places' names.
import { masked, nameMask } from "./names.js";
import { isWholeWord, tokenize, wordBoundaries } from "./segmenter.js";

/** A word jieba counts less often than this may give way to a slip glued to it (工作台/帐, not 动物园/因). */
const RARE_FREQ = 100;

/**
 * A test for the matches of one paragraph: `accept(index, word, right)` is true where replacing `word` by
 * `right` corrects a slip. `frequency` is jieba's count of a word (0 for one it does not know).
 */
export function dictionaryMatches(text: string, frequency: (word: string) => number): (index: number, word: string, right: string) => boolean {
  const boundaries = wordBoundaries(text);
  const rare = (w: string): boolean => frequency(w) < RARE_FREQ;
  let names: Uint8Array | undefined;
  return (index, word, right) => {
    if (!isWholeWord(text, index, word, right, boundaries, rare)) return false;
    names ??= nameMask(text, tokenize(text), frequency);
    return !masked(names, index, index + word.length);
  };
}
