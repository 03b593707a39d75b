import { describe, expect, it } from 'vitest';
import type { QuestionnaireInput } from '../questionnaire/index.ts';
import { applyTranslations } from './apply.ts';
import { sourceHashes } from './status.ts';
import { fromTable, toTable } from './table.ts';
import { fixture, sha256 } from './test-support.ts';

describe('toTable / fromTable', () => {
  it('lists every text with its source, translation and state', () => {
    const definition = structuredClone(fixture()) as QuestionnaireInput & { title: Record<string, string> };
    const recorded = sourceHashes(definition, sha256);
    definition.title.en = 'New title';
    delete (definition.audience as Record<string, string>).fi;
    const rows = toTable(definition, 'fi', { recorded, hash: sha256 });
    expect(rows.slice(0, 3)).toEqual([
      { key: 'title', source: 'New title', target: 'Otsikko', status: 'outdated' },
      { key: 'audience', source: 'Everyone', target: '', status: 'missing' },
      { key: 'description', source: 'About things', target: 'Asioista', status: 'complete' },
    ]);
  });

  it('reads a filled-in sheet back, round trip included', () => {
    const rows = toTable(fixture(), 'fi');
    expect(applyTranslations(fixture(), 'fi', fromTable(rows)).definition).toEqual(fixture());
    const read = fromTable([
      { key: 'title', target: 'Otsikko 2', source: 'Title' },
      { key: 'audience', target: null },
      { key: 'description' },
    ]);
    expect(read).toEqual([
      { key: 'title', text: 'Otsikko 2', source: 'Title' },
      { key: 'audience', text: '' },
      { key: 'description', text: '' },
    ]);
    expect(applyTranslations(fixture(), 'fi', read).report).toMatchObject({
      empty: ['audience', 'description'],
    });
  });
});
