import type { Answer, AnswerMap, RepeatState, ResponseState } from './answers.ts';
import { repeatOf } from './answers.ts';
import type { VisitedStep } from './journey.ts';

/**
 * What saving a page does to a response, as the store does it: the page's answers replace what was
 * there, the page counts as saved, and a page of a new repeat item creates the item (and reopens
 * the group's "add another?" question).
 */
export function applyPage(
  state: ResponseState,
  visited: VisitedStep,
  answers: Readonly<Record<string, Answer | undefined>>,
): ResponseState {
  const step = visited.step;
  if (step.kind !== 'page' && step.kind !== 'item') throw new Error(`not a page step: ${step.key}`);
  const pageIds = new Set(step.page.items.map((q) => q.id));
  const keep = (map: AnswerMap): Record<string, Answer> =>
    Object.fromEntries(Object.entries(map).filter(([id]) => !pageIds.has(id))) as Record<string, Answer>;
  const given = Object.fromEntries(Object.entries(answers).filter(([, a]) => a !== undefined)) as Record<
    string,
    Answer
  >;
  const saved = new Set([...state.saved, step.key]);
  if (step.kind === 'page') return { ...state, answers: { ...keep(state.answers), ...given }, saved };
  const group = step.group.id;
  const current: RepeatState = repeatOf(state, group) ?? { items: [], done: false };
  const items = [...current.items];
  const isNew = step.index > items.length;
  items[step.index - 1] = { ...keep(items[step.index - 1] ?? {}), ...given };
  return {
    ...state,
    repeats: { ...state.repeats, [group]: { items, done: isNew ? false : current.done } },
    saved,
  };
}

/** The respondent has nothing more to add to a repeat group. */
export function finishRepeat(state: ResponseState, groupId: string): ResponseState {
  const current = repeatOf(state, groupId) ?? { items: [], done: false };
  return { ...state, repeats: { ...state.repeats, [groupId]: { ...current, done: true } } };
}
