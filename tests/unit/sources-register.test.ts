// THE REGISTER OF SOURCES (docs/sources.json): every checklist step, trouble and dated note says
// which sources it rests on, what each supports and when it was checked — so a school reviewing its
// wizard can see why each instruction is there. The register is data for people and for this test
// only: nothing in src/ or machines/ may import it, so it never ships to a parent's phone.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stepCatalogue, stepContentIds, type StepDefinition } from '@machines/index';
import { loadLanguage, root } from './support/locale-files';

interface Entry {
  readonly source: string;
  readonly supports: string;
  readonly checked: string;
  readonly unverified?: string;
}
interface Source {
  readonly title: string;
  readonly address: string | null;
  readonly unverified?: string;
}
interface Register {
  readonly sources: Record<string, Source>;
  readonly steps: Record<string, readonly Entry[]>;
  readonly troubles: Record<string, readonly Entry[]>;
  readonly notes: Record<string, readonly Entry[]>;
}

const register = JSON.parse(readFileSync(path.join(root, 'docs/sources.json'), 'utf8')) as Register;

const catalogue: Record<string, StepDefinition> = stepCatalogue;
const used = (pick: (d: StepDefinition) => readonly string[] | undefined) =>
  [...new Set(Object.values(catalogue).flatMap((d) => pick(d) ?? []))].sort();
const ru = loadLanguage('ru');
const localeKeys = (ns: 'troubles' | 'notes'): string[] =>
  Object.keys((ns === 'troubles' ? ru.troubles : ru.checklist?.notes) ?? {}).sort();

/** What the register must cover, per section: what the catalogue uses and the locale files hold. */
const expected: Record<'steps' | 'troubles' | 'notes', string[]> = {
  steps: [...stepContentIds].sort(),
  troubles: [...new Set([...used((d) => d.troubles), ...localeKeys('troubles')])].sort(),
  notes: [...new Set([...used((d) => d.notes), ...localeKeys('notes')])].sort(),
};
const sections = ['steps', 'troubles', 'notes'] as const;

describe('the register of sources (docs/sources.json)', () => {
  it.each(sections)('every %s id has an entry with at least one source', (section) => {
    const missing = expected[section].filter((id) => !(register[section][id]?.length ?? 0));
    expect(missing).toEqual([]);
    expect(expected[section].length).toBeGreaterThan(0);
  });

  it.each(sections)('no %s entry names an id that no longer exists', (section) => {
    const stale = Object.keys(register[section]).filter((id) => !expected[section].includes(id));
    expect(stale).toEqual([]);
  });

  it('every entry names a registered source, says what it supports and when it was checked', () => {
    const problems: string[] = [];
    for (const section of sections) {
      for (const [id, entries] of Object.entries(register[section])) {
        for (const entry of entries) {
          const where = `${section}.${id} → ${entry.source}`;
          if (!Object.hasOwn(register.sources, entry.source)) problems.push(`${where}: unknown`);
          if (!entry.supports.trim()) problems.push(`${where}: supports nothing`);
          const date = new Date(`${entry.checked}T00:00:00Z`);
          if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.checked) || Number.isNaN(date.getTime()))
            problems.push(`${where}: checked "${entry.checked}" is not a date`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('every source is public by its https address, or says why it has none', () => {
    const problems = Object.entries(register.sources).flatMap(([id, s]) => {
      if (s.address === null) return s.unverified || id === 'wizard' ? [] : [`${id}: no address`];
      return /^https:\/\/[^\s/]+\.[^\s/]+/.test(s.address) ? [] : [`${id}: ${s.address}`];
    });
    expect(problems).toEqual([]);
  });

  it('every registered source is cited by some entry', () => {
    const cited = new Set(
      sections.flatMap((s) =>
        Object.values(register[s]).flatMap((list) => list.map((e) => e.source)),
      ),
    );
    expect(Object.keys(register.sources).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('stays out of what ships: nothing in src/ or machines/ reads it', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? files(full) : [full];
      });
    const readers = [...files(path.join(root, 'src')), ...files(path.join(root, 'machines'))]
      .filter((f) => /\.(tsx?|json|css)$/.test(f))
      .filter((f) => readFileSync(f, 'utf8').includes('sources.json'))
      .map((f) => path.relative(root, f));
    expect(readers).toEqual([]);
  });
});
