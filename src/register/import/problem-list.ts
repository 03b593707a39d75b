import type { ImportProblem } from './problems.ts';

/** Where a problem sorts: file problems first, then by row or entry. */
const at = (p: ImportProblem) => p.row ?? p.entry ?? 0;

/**
 * The problems of one import, as they are found. Every one is counted, but only the first `max` in
 * file order are kept: a 10 MB file can hold millions of problems (every line of every cell a bad
 * ESCO URI), and a million objects to list two hundred cost a gigabyte. Problems may arrive out of
 * file order (a header problem found at the row that shows it), so the list keeps up to twice
 * `max`, and then sorts and cuts back to `max`: a problem past the cut could never be listed.
 */
export class ProblemList {
  private kept: ImportProblem[] = [];
  private total = 0;

  constructor(private readonly max: number) {}

  add(problem: ImportProblem): void {
    this.total++;
    this.kept.push(problem);
    if (this.kept.length >= 2 * this.max) this.cut();
  }

  get count(): number {
    return this.total;
  }

  /** The first `max` in file order (the sort is stable: a row keeps its own order), and how many more. */
  listed(): { problems: ImportProblem[]; moreProblems: number } {
    this.cut();
    return { problems: [...this.kept], moreProblems: this.total - this.kept.length };
  }

  private cut(): void {
    this.kept.sort((a, b) => at(a) - at(b));
    if (this.kept.length > this.max) this.kept.length = this.max;
  }
}
