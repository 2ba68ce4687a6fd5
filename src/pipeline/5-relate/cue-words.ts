/**
 * Cue words: the words without which a sentence rule cannot fire ("beat", "bought", "starring").
 * A rule registers its cue words once, when its module loads, as a class; a sentence's classes
 * are read once, one look-up per word, so a rule whose class a sentence lacks returns at once
 * instead of scanning the sentence word by word against its own sets (most sentences name no
 * result, no takeover and no film, and the relate stage spent most of its rule time finding so).
 */

/** Classes are bits in 32-bit banks. */
const BANK_BITS = 32;
const BANKS = 4;
/** Each cue word's classes: one bank of bits per `BANKS`. */
const CLASSES_OF_WORD = new Map<string, Uint32Array>();
let classCount = 0;
/** Set once a sentence's classes are read: a class registered later would be missing from them. */
let sealed = false;
/** While true every sentence holds every class: the rules run as if there were no gates. */
let ungated = false;

/** One class of cue words, from `cueClass`. */
export interface CueClass {
  bank: number;
  bit: number;
}

/**
 * Registers the (lower-case, folded) words of `lists` as one cue class, for `hasCue`. Called at
 * module load only.
 */
export function cueClass(...lists: Iterable<string>[]): CueClass {
  if (sealed) throw new Error("cue classes must be registered before any sentence is read");
  if (classCount === BANKS * BANK_BITS)
    throw new Error(`more than ${BANKS * BANK_BITS} cue classes`);
  const cue = {
    bank: Math.floor(classCount / BANK_BITS),
    bit: (1 << (classCount % BANK_BITS)) >>> 0,
  };
  classCount++;
  for (const list of lists)
    for (const word of list) {
      let banks = CLASSES_OF_WORD.get(word);
      if (!banks) {
        banks = new Uint32Array(BANKS);
        CLASSES_OF_WORD.set(word, banks);
      }
      banks[cue.bank]! |= cue.bit;
    }
  return cue;
}

/** Per words array (a sentence's folded words, shared by its contexts): the classes it holds. */
const classesOfSentence = new WeakMap<readonly string[], Uint32Array>();

/** Whether one of the words is a cue of the class: "beat" for results, "starring" for casts. */
export function hasCue(words: readonly string[], cue: CueClass): boolean {
  if (ungated) return true;
  let classes = classesOfSentence.get(words);
  if (classes === undefined) {
    sealed = true;
    classes = new Uint32Array(BANKS);
    for (const word of words) {
      const banks = CLASSES_OF_WORD.get(word);
      if (banks) for (let b = 0; b < BANKS; b++) classes[b]! |= banks[b]!;
    }
    classesOfSentence.set(words, classes);
  }
  return (classes[cue.bank]! & cue.bit) !== 0;
}

/**
 * Runs `run` with every gate open: what the rules give when each scans every sentence. The
 * gates are only a short cut, so this must give the same relations (a test checks it on news).
 */
export function withoutCueGates<T>(run: () => T): T {
  ungated = true;
  try {
    return run();
  } finally {
    ungated = false;
  }
}
