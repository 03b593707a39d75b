import { SdcError } from './sdc-error.ts';
import type { CellId } from './table.ts';

export interface ConcentrationOptions {
  /** Fewer than this many respondents outside the modal category is disclosive. Default: `k`. */
  readonly k?: number;
  /**
   * Only distributions over these dimensions (relations whose `dimension` is listed), typically the
   * answer dimension of a group × answer table. Default: every relation.
   */
  readonly dimensions?: readonly string[];
}

export interface ProtectOptions {
  /** Threshold: `0 < n < k` is disclosive. Default 10 (UK/ACRO output checking); never below 3. */
  readonly k?: number;
  /** Whether an observed 0 is itself a disclosure (full-coverage populations). Default true. */
  readonly zerosDisclosive?: boolean;
  /** Group-attribute rule; `false` turns it off. Default on, for every relation, with `k`. */
  readonly concentration?: boolean | ConcentrationOptions;
  /**
   * Minimum width of the attacker's interval for each primary cell. Default 0, which means
   * "not exactly recoverable" (width > 0), the Handbook's advice for frequency tables.
   */
  readonly protectionLevel?: number;
  /**
   * Cells to treat as primary whatever their count: cells suppressed in a linked table, or cells
   * flagged by a rule outside this module (e.g. dominance on a magnitude table).
   */
  readonly forced?: readonly CellId[];
}

export interface ResolvedOptions {
  readonly k: number;
  readonly zerosDisclosive: boolean;
  readonly concentration: false | { readonly k: number; readonly dimensions: readonly string[] | undefined };
  readonly protectionLevel: number;
  readonly forced: readonly CellId[];
}

/** The hard floor from the research doc (§0.1): a threshold below 3 protects nobody. */
export const minimumK = 3;

export function resolveOptions(options: ProtectOptions = {}): ResolvedOptions {
  const k = options.k ?? 10;
  if (!Number.isInteger(k)) throw new SdcError('options.invalid', 'k');
  if (k < minimumK) throw new SdcError('options.kTooSmall', 'k');

  let concentration: ResolvedOptions['concentration'] = false;
  const c = options.concentration ?? true;
  if (c !== false) {
    const given = c === true ? {} : c;
    const groupK = given.k ?? k;
    if (!Number.isInteger(groupK)) throw new SdcError('options.invalid', 'concentration.k');
    // Below 2 the rule would never fire (B − max < 1 means everyone in one category), see §A3.2.
    if (groupK < 2) throw new SdcError('options.kTooSmall', 'concentration.k');
    concentration = { k: groupK, dimensions: given.dimensions };
  }

  const protectionLevel = options.protectionLevel ?? 0;
  if (!Number.isFinite(protectionLevel) || protectionLevel < 0) {
    throw new SdcError('options.invalid', 'protectionLevel');
  }
  return {
    k,
    zerosDisclosive: options.zerosDisclosive ?? true,
    concentration,
    protectionLevel,
    forced: options.forced ?? [],
  };
}
