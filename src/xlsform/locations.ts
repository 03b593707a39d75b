export interface Location {
  readonly sheet: string;
  readonly row: number;
  readonly column?: string;
}

/**
 * Where each part of the definition came from, by its path in the document (`pages.2.items.0.label`),
 * so that the engine's own issues about the definition can be pointed at a cell.
 */
export class Locations {
  private readonly byPath = new Map<string, Location>();

  constructor(private readonly fallback: Location) {}

  set(path: string, sheet: string, row: number, column?: string): void {
    this.byPath.set(path, column === undefined ? { sheet, row } : { sheet, row, column });
  }

  /** The most precise place known for a path: its own, else its nearest ancestor's. */
  find(path: string): Location {
    const segments = path.split('.');
    while (segments.length > 0) {
      const found = this.byPath.get(segments.join('.'));
      if (found !== undefined) return found;
      segments.pop();
    }
    return this.fallback;
  }
}
