import type { Question } from './definition/schema.ts';
import { labelOf } from './definition/schema.ts';
import { renderTemplate } from './expression/index.ts';
import { resolveText } from './localized-text.ts';

/**
 * A question as the title of a table of its answers, in `language`: its label, and for a matrix
 * row (`part`) the row's label after it. An answer the label pipes in (`${mc_title}`) is shown as
 * "…": a table counts every respondent's answer, so no one answer belongs in its title.
 */
export function questionTitle(q: Question, part: string, language: string, fallback: string): string {
  const text = (x: Parameters<typeof resolveText>[0]) =>
    renderTemplate(resolveText(x, language, fallback), () => '…');
  const row = q.type === 'matrix' ? q.rows.find((r) => r.code === part) : undefined;
  const label = text(labelOf(q));
  return row === undefined ? label : `${label}: ${text(row.label)}`;
}
