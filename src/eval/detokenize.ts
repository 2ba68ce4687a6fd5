/**
 * Running text from a data set's tokens, as a news page writes it: punctuation attaches to the
 * word before ("Iran 's" → "Iran's", "done ." → "done."), brackets and currency signs to the word
 * after, hyphens and slashes on both sides ("Berlin - based" → "Berlin-based"), straight quotes
 * alternate between opening and closing. DWIE and Re-DocRED come tokenised; the pipeline reads
 * text, so scoring it on "Berlin - based" or "Germany 's" would measure the tokeniser's spaces.
 */

/** Tokens attached to the word before them ("Iran 's", "done ."). */
const NO_SPACE_BEFORE: ReadonlySet<string> = new Set([
  ",",
  ".",
  ":",
  ";",
  "?",
  "!",
  ")",
  "]",
  "%",
  "…",
  "'s",
  "’s",
  "n't",
  "n’t",
  "'re",
  "'m",
  "'ve",
  "'ll",
  "'d",
]);
/** Tokens attached to the word after them ("( AFP", "$ 30"). */
const NO_SPACE_AFTER: ReadonlySet<string> = new Set(["(", "[", "$", "#", "€"]);
/** Tokens attached on both sides ("Jean - Claude" → "Jean-Claude", "and / or"). */
const JOINERS: ReadonlySet<string> = new Set(["-", "/"]);
const QUOTES: ReadonlySet<string> = new Set(['"', "'"]);

/** Appends tokens to one text, spacing them as running text, and tells where each landed. */
export class TokenJoiner {
  text = "";
  private attachNext = true;
  private readonly openQuotes = new Set<string>();

  /**
   * Starts a new line: `separator` ends the text so far (trailing spaces dropped), the next token
   * attaches to it. A paragraph closes any open quote; a sentence break does not.
   */
  breakLine(separator: string, paragraph: boolean): void {
    this.text = `${this.text.trimEnd()}${separator}`;
    this.attachNext = true;
    if (paragraph) this.openQuotes.clear();
  }

  /** Appends a token and returns its [start, end) offsets in the text. */
  push(token: string): [number, number] {
    let attach = this.attachNext || NO_SPACE_BEFORE.has(token) || JOINERS.has(token);
    this.attachNext = NO_SPACE_AFTER.has(token) || JOINERS.has(token);
    if (QUOTES.has(token)) {
      // Straight quotes alternate: an opening one attaches to what follows, a closing one to what precedes.
      if (this.openQuotes.has(token)) {
        this.openQuotes.delete(token);
        attach = true;
      } else {
        this.openQuotes.add(token);
        this.attachNext = true;
      }
    }
    if (!attach) this.text += " ";
    const start = this.text.length;
    this.text += token;
    return [start, this.text.length];
  }
}
