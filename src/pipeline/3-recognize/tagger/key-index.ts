/**
 * Feature keys to weight rows: an open-addressing index, the dense weight table training fills,
 * and the encoding of a sentence's keys as rows.
 */
import type { WordInfo } from "./word-features.js";

/** Open-addressing hash table from 32-bit feature keys to row numbers (key and row interleaved). */
export class KeyIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Number of keys inserted. */
  size = 0;

  /** Sizes the table for `capacity` keys at a load factor of at most a quarter (absent keys are common). */
  constructor(capacity: number) {
    let slots = 16;
    while (slots < capacity * 4) slots *= 2;
    this.slots = new Int32Array(slots * 2);
    this.mask = slots - 1;
  }

  /** Builds an index where `keys[i]` maps to row i. */
  static fromKeys(keys: Int32Array): KeyIndex {
    const index = new KeyIndex(keys.length);
    for (let i = 0; i < keys.length; i++) index.insert(keys[i] as number);
    return index;
  }

  /** Adds a key (if new) and returns its row. */
  insert(key: number): number {
    const slots = this.slots;
    let slot = key & this.mask;
    for (;;) {
      const row = slots[2 * slot + 1] as number;
      if (row === 0) {
        slots[2 * slot] = key;
        slots[2 * slot + 1] = ++this.size;
        return this.size - 1;
      }
      if (slots[2 * slot] === key) return row - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Row of a key, or -1. */
  find(key: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let slot = key & mask;
    for (;;) {
      const row = slots[2 * slot + 1] as number;
      if (row === 0) return -1;
      if (slots[2 * slot] === key) return row - 1;
      slot = (slot + 1) & mask;
    }
  }

  /** All keys in row order. */
  keysByRow(): Int32Array {
    const keys = new Int32Array(this.size);
    for (let slot = 0; slot * 2 < this.slots.length; slot++) {
      const row = this.slots[2 * slot + 1] as number;
      if (row !== 0) keys[row - 1] = this.slots[2 * slot] as number;
    }
    return keys;
  }
}

/** Dense weight rows of one training stage: row r's weights start at r * stride. */
export interface WeightTable {
  index: KeyIndex;
  weights: Float32Array;
  stride: number;
}

/** A sentence for training: static feature rows per token and the words for history keys. */
export interface EncodedSentence {
  rows: Int32Array;
  offsets: Int32Array;
  words: readonly WordInfo[];
}

/** Maps feature keys to rows, dropping unknown keys; `extra[i]` adds keys to token i. */
export function encodeSentence(
  index: KeyIndex,
  keys: Int32Array,
  keyOffsets: Int32Array,
  words: readonly WordInfo[],
  extra?: readonly (readonly number[])[],
): EncodedSentence {
  const n = words.length;
  const rows = new Int32Array(
    keys.length + (extra === undefined ? 0 : extra.reduce((a, e) => a + e.length, 0)),
  );
  let count = 0;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = count;
    const to = keyOffsets[i + 1] as number;
    for (let k = keyOffsets[i] as number; k < to; k++) {
      const row = index.find(keys[k] as number);
      if (row >= 0) rows[count++] = row;
    }
    const more = extra?.[i];
    if (more !== undefined) {
      for (const key of more) {
        const row = index.find(key);
        if (row >= 0) rows[count++] = row;
      }
    }
  }
  offsets[n] = count;
  return { rows: rows.subarray(0, count), offsets, words };
}
