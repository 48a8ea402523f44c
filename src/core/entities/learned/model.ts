/**
 * The learned decision's model: one weight per (hashed feature, class) in a fixed table, so scoring a candidate
 * costs one multiply-add per feature and class and allocates nothing.
 */

/** What the model decides for a rules' candidate: drop it, or keep it as a name of one of the four kinds. */
export const CLASSES = ['DROP', 'PERSON', 'ORG', 'PLACE', 'OTHER'] as const;
export type Decision = (typeof CLASSES)[number];
export const CLASS_COUNT = CLASSES.length;

/** Features are hashed into 2^TABLE_BITS buckets: large enough that few of the corpus's features collide. */
export const TABLE_BITS = 18;
export const TABLE_SIZE = 1 << TABLE_BITS;

/** Weights of bucket b for class k at b * CLASS_COUNT + k, as integers times `scale`. */
export interface EntityModel {
  weights: Int8Array | Float32Array;
  scale: number;
}

/** Scores every class for one candidate's features into `out` (length CLASS_COUNT). */
export function score(model: EntityModel, features: Int32Array, count: number, out: Float64Array): void {
  out.fill(0);
  const { present, ranks, rows } = packed(model);
  for (let i = 0; i < count; i++) {
    const f = features[i];
    const word = present[f >>> 5];
    const bit = 1 << (f & 31);
    if ((word & bit) === 0) continue;
    const base = (ranks[f >>> 5] + bitCount(word & (bit - 1))) * CLASS_COUNT;
    for (let k = 0; k < CLASS_COUNT; k++) out[k] += rows[base + k];
  }
  for (let k = 0; k < CLASS_COUNT; k++) out[k] *= model.scale;
}

/**
 * A model's weights without their empty buckets, which are most: a bit per bucket, the number of nonempty
 * buckets before each 32 of them, and the nonempty rows in order. A tenth of the table's size, so a candidate's
 * scattered look-ups mostly hit the processor's cache rather than memory; the sums are the same.
 */
interface PackedWeights {
  present: Int32Array;
  ranks: Int32Array;
  rows: Int8Array | Float32Array;
}

/** Models do not change once built: each is packed once. */
const packedModels = new WeakMap<EntityModel, PackedWeights>();

function packed(model: EntityModel): PackedWeights {
  let p = packedModels.get(model);
  if (p) return p;
  const { weights } = model;
  const present = new Int32Array(TABLE_SIZE >>> 5);
  const ranks = new Int32Array(TABLE_SIZE >>> 5);
  let n = 0;
  for (let b = 0; b < TABLE_SIZE; b++) {
    if ((b & 31) === 0) ranks[b >>> 5] = n;
    for (let k = 0; k < CLASS_COUNT; k++) {
      if (weights[b * CLASS_COUNT + k] === 0) continue;
      present[b >>> 5] |= 1 << (b & 31);
      n++;
      break;
    }
  }
  const rows = weights instanceof Int8Array ? new Int8Array(n * CLASS_COUNT) : new Float32Array(n * CLASS_COUNT);
  let row = 0;
  for (let b = 0; b < TABLE_SIZE; b++) {
    if ((present[b >>> 5] & (1 << (b & 31))) === 0) continue;
    rows.set(weights.subarray(b * CLASS_COUNT, (b + 1) * CLASS_COUNT), row++ * CLASS_COUNT);
  }
  p = { present, ranks, rows };
  packedModels.set(model, p);
  return p;
}

/** The number of set bits of a 32-bit integer. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Index of the highest score (the first on ties, so decisions are deterministic). */
export function best(scores: Float64Array): number {
  let top = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k] > scores[top]) top = k;
  return top;
}

/** FNV-1a over a template number and the strings of a feature, without building the joined string. */
export class FeatureHasher {
  readonly ids = new Int32Array(MAX_FEATURES);
  count = 0;

  reset(): void {
    this.count = 0;
  }

  add(template: number, a = '', b = ''): void {
    if (this.count === MAX_FEATURES) return;
    let h = Math.imul(FNV_OFFSET ^ template, FNV_PRIME);
    h = mix(h, a);
    h = Math.imul(h ^ 0x1f, FNV_PRIME);
    h = mix(h, b);
    this.ids[this.count++] = (h >>> 0) & (TABLE_SIZE - 1);
  }
}

/** More features than any candidate has: a bound that keeps the buffer fixed. */
const MAX_FEATURES = 256;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * The committed weights' text form: the nonzero buckets in order, each as the gap from the previous one
 * (a base-128 varint) and CLASS_COUNT signed bytes, all base64 encoded.
 */
export function decodeWeights(base64: string, scale: number): EntityModel {
  const bytes = fromBase64(base64);
  const weights = new Int8Array(TABLE_SIZE * CLASS_COUNT);
  let bucket = -1;
  let at = 0;
  while (at < bytes.length) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[at++];
      gap += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) break;
    }
    bucket += gap;
    for (let k = 0; k < CLASS_COUNT; k++) weights[bucket * CLASS_COUNT + k] = (bytes[at++] << 24) >> 24;
  }
  return { weights, scale };
}

/** The inverse of decodeWeights, for the trainer. */
export function encodeWeights(weights: Int8Array): string {
  const out: number[] = [];
  let previous = -1;
  for (let bucket = 0; bucket < TABLE_SIZE; bucket++) {
    let nonzero = false;
    for (let k = 0; k < CLASS_COUNT; k++) nonzero ||= weights[bucket * CLASS_COUNT + k] !== 0;
    if (!nonzero) continue;
    let gap = bucket - previous;
    previous = bucket;
    while (gap >= 0x80) {
      out.push((gap & 0x7f) | 0x80);
      gap = Math.floor(gap / 0x80);
    }
    out.push(gap);
    for (let k = 0; k < CLASS_COUNT; k++) out.push(weights[bucket * CLASS_COUNT + k] & 0xff);
  }
  return toBase64(Uint8Array.from(out));
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// Hand-written rather than atob/Buffer: the same code in Node, the browser worker and the extension host.
function fromBase64(s: string): Uint8Array {
  const values = new Uint8Array(128);
  for (let i = 0; i < ALPHABET.length; i++) values[ALPHABET.charCodeAt(i)] = i;
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (let i = 0; i < clean.length; i++) {
    acc = ((acc << 6) | values[clean.charCodeAt(i)]) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < 4; c++) s += c < chars ? ALPHABET[(n >> (18 - 6 * c)) & 63] : '=';
  }
  return s;
}
