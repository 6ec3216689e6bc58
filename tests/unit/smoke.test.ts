import { describe, expect, it } from 'vitest';
import { buildChecklist, decodeLink, encodeLink, restoreSnapshot, stepOf } from '@machines/index';

const school = { inn: '2901030910', dnevnikUrl: 'https://29.dnevnik.ru/', websiteUrl: 'https://gym25.arkh-edu.ru/' };
describe('smoke', () => {
  it('restores', () => {
    const answers = { role: 'parent', parentAccount: 'confirmed', childCount: '2', 'childAge.1': 'under14', 'childAccount.1': 'unlinked', 'childDnevnik.1': 'error', 'childSferum.1': 'no', 'childMyschool.1': 'no', 'childAge.2': 'over14', 'teenAccount.2': 'unconfirmed', 'childDnevnik.2': 'no', 'childSferum.2': 'yes', 'childMyschool.2': 'waiting', app: 'yes' };
    const s = restoreSnapshot(answers);
    console.log(stepOf(s), s.context);
    const q = encodeLink({ answers, step: { step: 'checklist' } });
    console.log(q, q.length);
    console.log(JSON.stringify(decodeLink(q)));
    console.log(JSON.stringify(buildChecklist(answers, school), null, 0));
    expect(stepOf(s)).toBe('checklist');
  });
});
