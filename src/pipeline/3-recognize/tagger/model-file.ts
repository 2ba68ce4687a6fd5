/**
 * The model file: one gzipped binary holding both perceptron stages (sparse, int16-quantised
 * weights keyed by 32-bit feature hashes), the gazetteer (hashed phrases) and the word clusters
 * (hashed words → bit paths). It holds no training text: every string is reduced to a hash.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import { KeyIndex, type WeightTable } from "./key-index.js";
import { LABEL_COUNT } from "./spans.js";
import type { SparseTable } from "./sparse-table.js";
import type { FeatureResources } from "./word-features.js";

/** Number of perceptron stages in a model. */
export const STAGE_COUNT = 2;

/** What training produces: one weight table per stage (stride LABEL_COUNT each). */
export interface TrainedTagger {
  stages: WeightTable[];
  resources: FeatureResources;
  /** Free-form facts about how the model was trained (settings, sizes). */
  meta: Record<string, unknown>;
}

/** A loaded model: both stages in one sparse table. */
export interface TaggerModel {
  table: SparseTable;
  resources: FeatureResources;
  meta: Record<string, unknown>;
}

const MAGIC = "NERM";
const FORMAT_VERSION = 3;

interface SectionRef {
  offset: number;
  length: number;
}

interface WeightsHeader {
  rows: number;
  scales: number[];
  keys: SectionRef;
  /** Per stage: which labels of each row carry a weight. */
  masks: SectionRef[];
  /** Quantised weights, row by row, stage by stage within a row, in mask order. */
  values: SectionRef;
}

interface ModelHeader {
  version: number;
  labelCount: number;
  weights: WeightsHeader;
  gazetteerMaxLength: number;
  gazetteerKeys: SectionRef;
  gazetteerMasks: SectionRef;
  clusterKeys: SectionRef;
  clusterBits: SectionRef;
  clusterLengths: SectionRef;
  casingKeys: SectionRef;
  casingBuckets: SectionRef;
  meta: Record<string, unknown>;
}

/** Collects typed arrays into one 4-byte-aligned body. */
class SectionWriter {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;

  /** Appends a typed array and returns where it lives. */
  add(array: ArrayBufferView): SectionRef {
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    const ref = { offset: this.length, length: bytes.length };
    this.chunks.push(bytes);
    this.length += bytes.length;
    const pad = (4 - (this.length % 4)) % 4;
    if (pad > 0) {
      this.chunks.push(new Uint8Array(pad));
      this.length += pad;
    }
    return ref;
  }

  /** The concatenated body. */
  toBuffer(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** Merges the stages into one key set, quantises and sparsifies; |w| below `pruneBelow` is dropped. */
function packWeights(
  writer: SectionWriter,
  stages: readonly WeightTable[],
  pruneBelow: number,
): WeightsHeader {
  const rowOf = new Map<number, number>();
  const stageRows = stages.map((stage) => {
    const keys = stage.index.keysByRow();
    return Array.from(keys, (key) => {
      let row = rowOf.get(key);
      if (row === undefined) {
        row = rowOf.size;
        rowOf.set(key, row);
      }
      return row;
    });
  });
  const rows = rowOf.size;
  const scales = stages.map((stage) => {
    let maxAbs = 0;
    for (const w of stage.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
    return maxAbs > 0 ? maxAbs / 32767 : 1;
  });
  // dense quantised [row][stage][label], then sparsified
  const quantised = new Int16Array(rows * stages.length * LABEL_COUNT);
  stages.forEach((stage, s) => {
    const scale = scales[s] as number;
    (stageRows[s] as number[]).forEach((row, r) => {
      for (let l = 0; l < LABEL_COUNT; l++) {
        const w = stage.weights[r * stage.stride + l] as number;
        if (Math.abs(w) < pruneBelow) continue;
        quantised[(row * stages.length + s) * LABEL_COUNT + l] = Math.round(w / scale);
      }
    });
  });
  const masks = stages.map(() => new Uint32Array(rows));
  const keep: number[] = [];
  const values: number[] = [];
  for (let row = 0; row < rows; row++) {
    let any = false;
    for (let s = 0; s < stages.length; s++) {
      for (let l = 0; l < LABEL_COUNT; l++)
        if (quantised[(row * stages.length + s) * LABEL_COUNT + l] !== 0) any = true;
    }
    if (!any) continue;
    const packedRow = keep.length;
    keep.push(row);
    for (let s = 0; s < stages.length; s++) {
      let mask = 0;
      for (let l = 0; l < LABEL_COUNT; l++) {
        const q = quantised[(row * stages.length + s) * LABEL_COUNT + l] as number;
        if (q === 0) continue;
        mask |= 1 << l;
        values.push(q);
      }
      (masks[s] as Uint32Array)[packedRow] = mask;
    }
  }
  const keyByRow = new Int32Array(rows);
  for (const [key, row] of rowOf) keyByRow[row] = key;
  return {
    rows: keep.length,
    scales,
    keys: writer.add(Int32Array.from(keep, (row) => keyByRow[row] as number)),
    masks: masks.map((m) => writer.add(m.slice(0, keep.length))),
    values: writer.add(Int16Array.from(values)),
  };
}

/** Serialises a model to the gzipped binary format. */
export function encodeModel(model: TrainedTagger, pruneBelow = 0): Buffer {
  if (model.stages.length !== STAGE_COUNT) throw new Error(`expected ${STAGE_COUNT} stages`);
  const writer = new SectionWriter();
  const weights = packWeights(writer, model.stages, pruneBelow);
  const gazetteer = [...model.resources.gazetteer.entries()].sort((a, b) => a[0] - b[0]);
  const gazetteerKeys = writer.add(Int32Array.from(gazetteer, (e) => e[0]));
  const gazetteerMasks = writer.add(Uint8Array.from(gazetteer, (e) => e[1]));
  const clusters = [...model.resources.clusters.entries()].sort((a, b) => a[0] - b[0]);
  const clusterKeys = writer.add(Int32Array.from(clusters, (e) => e[0]));
  // bit paths of up to 32 bits, stored as an integer plus a length
  const clusterBits = writer.add(
    Uint32Array.from(clusters, (e) => (e[1].length === 0 ? 0 : Number.parseInt(e[1], 2) >>> 0)),
  );
  const clusterLengths = writer.add(Uint8Array.from(clusters, (e) => e[1].length));
  const casing = [...model.resources.casing.entries()].sort((a, b) => a[0] - b[0]);
  const casingKeys = writer.add(Int32Array.from(casing, (e) => e[0]));
  const casingBuckets = writer.add(Uint8Array.from(casing, (e) => e[1]));
  const header: ModelHeader = {
    version: FORMAT_VERSION,
    labelCount: LABEL_COUNT,
    weights,
    gazetteerMaxLength: model.resources.gazetteerMaxLength,
    gazetteerKeys,
    gazetteerMasks,
    clusterKeys,
    clusterBits,
    clusterLengths,
    casingKeys,
    casingBuckets,
    meta: model.meta,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const prefix = Buffer.alloc(8);
  prefix.write(MAGIC, 0, "latin1");
  prefix.writeUInt32LE(headerBytes.length, 4);
  const headerPad = Buffer.alloc((4 - (headerBytes.length % 4)) % 4);
  return gzipSync(Buffer.concat([prefix, headerBytes, headerPad, writer.toBuffer()]), { level: 9 });
}

function view<T>(
  body: Buffer,
  ref: SectionRef,
  make: (buffer: ArrayBuffer, offset: number, length: number) => T,
  bytesPer: number,
): T {
  // copy into a fresh, aligned buffer: gunzip output offsets are not guaranteed aligned
  const copy = new Uint8Array(ref.length);
  copy.set(body.subarray(ref.offset, ref.offset + ref.length));
  return make(copy.buffer, 0, ref.length / bytesPer);
}

function unpackWeights(body: Buffer, header: WeightsHeader): SparseTable {
  const keys = view(body, header.keys, (b, o, n) => new Int32Array(b, o, n), 4);
  const masks = header.masks.map((ref) =>
    view(body, ref, (b, o, n) => new Uint32Array(b, o, n), 4),
  );
  const values = view(body, header.values, (b, o, n) => new Int16Array(b, o, n), 2);
  const rowStart = new Int32Array(header.rows + 1);
  const entries = new Int32Array(values.length);
  let v = 0;
  for (let row = 0; row < header.rows; row++) {
    rowStart[row] = v;
    for (let s = 0; s < STAGE_COUNT; s++) {
      const mask = (masks[s] as Uint32Array)[row] as number;
      for (let l = 0; l < LABEL_COUNT; l++) {
        if ((mask & (1 << l)) === 0) continue;
        entries[v] = ((s * LABEL_COUNT + l) << 16) | ((values[v] as number) & 0xffff);
        v++;
      }
    }
  }
  rowStart[header.rows] = v;
  return {
    index: KeyIndex.fromKeys(keys),
    rowStart,
    entries,
    scales: Float64Array.from(header.scales),
    columns: STAGE_COUNT * LABEL_COUNT,
  };
}

/** Parses a gzipped model file. */
export function decodeModel(file: Buffer): TaggerModel {
  const raw = gunzipSync(file);
  if (raw.toString("latin1", 0, 4) !== MAGIC) throw new Error("not a tagger model file");
  const headerLength = raw.readUInt32LE(4);
  const header = JSON.parse(raw.toString("utf8", 8, 8 + headerLength)) as ModelHeader;
  if (header.version !== FORMAT_VERSION || header.labelCount !== LABEL_COUNT) {
    throw new Error(`unsupported tagger model version ${header.version}`);
  }
  const bodyStart = 8 + headerLength + ((4 - (headerLength % 4)) % 4);
  const body = raw.subarray(bodyStart);
  const gazKeys = view(body, header.gazetteerKeys, (b, o, n) => new Int32Array(b, o, n), 4);
  const gazMasks = body.subarray(
    header.gazetteerMasks.offset,
    header.gazetteerMasks.offset + header.gazetteerMasks.length,
  );
  const gazetteer = new Map<number, number>();
  for (let i = 0; i < gazKeys.length; i++)
    gazetteer.set(gazKeys[i] as number, gazMasks[i] as number);
  const clusterKeys = view(body, header.clusterKeys, (b, o, n) => new Int32Array(b, o, n), 4);
  const clusterBits = view(body, header.clusterBits, (b, o, n) => new Uint32Array(b, o, n), 4);
  const clusterLengths = body.subarray(
    header.clusterLengths.offset,
    header.clusterLengths.offset + header.clusterLengths.length,
  );
  const clusters = new Map<number, string>();
  for (let i = 0; i < clusterKeys.length; i++) {
    const length = clusterLengths[i] as number;
    clusters.set(
      clusterKeys[i] as number,
      length === 0 ? "" : (clusterBits[i] as number).toString(2).padStart(length, "0"),
    );
  }
  const casingKeys = view(body, header.casingKeys, (b, o, n) => new Int32Array(b, o, n), 4);
  const casingBuckets = body.subarray(
    header.casingBuckets.offset,
    header.casingBuckets.offset + header.casingBuckets.length,
  );
  const casing = new Map<number, number>();
  for (let i = 0; i < casingKeys.length; i++)
    casing.set(casingKeys[i] as number, casingBuckets[i] as number);
  return {
    table: unpackWeights(body, header.weights),
    resources: { clusters, gazetteer, gazetteerMaxLength: header.gazetteerMaxLength, casing },
    meta: header.meta,
  };
}
