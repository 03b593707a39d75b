import type { StudyWeighting } from './weights.repository.ts';

/**
 * A study's weighting as it stood when an export fixed its scope, and its respondents' weights,
 * packed in id order: 16 bytes of response id and 8 of weight each, so that a million respondents
 * take 24 MB and not an object apiece. Weights are found by id, not by position in the export, so
 * that a response deleted while an export writes (at the end of its retention) cannot shift the
 * weight of every respondent after it onto the wrong row.
 */
export class FixedWeights {
  /** No weighting: the study had no weights when the scope was fixed. */
  static readonly none = new FixedWeights(undefined, 0);

  private readonly ids: Uint8Array;
  private readonly weights: Float64Array;
  private size = 0;

  constructor(
    readonly record: StudyWeighting | undefined,
    capacity: number,
  ) {
    this.ids = new Uint8Array(16 * capacity);
    this.weights = new Float64Array(capacity);
  }

  /** Adds a respondent's weight; ids come in ascending order, as PostgreSQL orders uuids. */
  add(id: string, weight: number): void {
    if (this.size === this.weights.length) throw new Error('FixedWeights: more weights than counted');
    const at = this.size;
    uuidBytes(id, this.ids, 16 * at);
    if (at > 0 && compare(this.ids, 16 * (at - 1), this.ids, 16 * at) >= 0)
      throw new Error(`FixedWeights: ${id} out of order`);
    this.weights[at] = weight;
    this.size++;
  }

  /** The respondent's weight, or null when they had none. */
  of(id: string): number | null {
    uuidBytes(id, probe, 0);
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const c = compare(this.ids, 16 * mid, probe, 0);
      if (c === 0) return this.weights[mid]!;
      if (c < 0) low = mid + 1;
      else high = mid - 1;
    }
    return null;
  }
}

/** The id looked up, parsed once per lookup into the same bytes. */
const probe = new Uint8Array(16);

/** A uuid's 16 bytes, in the order PostgreSQL compares them. */
function uuidBytes(id: string, into: Uint8Array, at: number): void {
  let nibbles = 0;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c === 45) continue;
    const v = c >= 48 && c <= 57 ? c - 48 : (c | 32) >= 97 && (c | 32) <= 102 ? (c | 32) - 87 : -1;
    if (v < 0 || nibbles === 32) throw new Error(`FixedWeights: not a uuid: ${id}`);
    const byte = at + (nibbles >> 1);
    into[byte] = nibbles % 2 === 0 ? v << 4 : into[byte]! | v;
    nibbles++;
  }
  if (nibbles !== 32) throw new Error(`FixedWeights: not a uuid: ${id}`);
}

function compare(a: Uint8Array, i: number, b: Uint8Array, j: number): number {
  for (let k = 0; k < 16; k++) if (a[i + k] !== b[j + k]) return a[i + k]! - b[j + k]!;
  return 0;
}
