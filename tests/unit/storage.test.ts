import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyStore,
  parseStore,
  serializeStore,
  STORAGE_VERSION,
  type Stored,
} from '@/app/storage';

const family = 'r=p&pa=c&n=1&a1=y&k1=l&d1=y&f1=y&m1=y&ap=n';

describe('what the device keeps', () => {
  it('round-trips the language and ticked steps', () => {
    const store: Stored = {
      v: STORAGE_VERSION,
      lang: 'en',
      ticks: { [family]: ['sferumJoin.1', 'appInstall'] },
    };
    expect(parseStore(serializeStore(store))).toEqual({ store, dropped: false });
  });

  it('starts empty when nothing is stored, without a notice', () => {
    expect(parseStore(null)).toEqual({ store: emptyStore(), dropped: false });
  });

  it.each([
    ['not JSON', '{ticks:'],
    ['JSON but not an object', '42'],
    ['null', 'null'],
    [
      'wrong version (an older or newer build)',
      JSON.stringify({ v: 0, ticks: { [family]: ['a'] } }),
    ],
    ['wrong types', JSON.stringify({ v: STORAGE_VERSION, ticks: { [family]: 'sferumJoin.1' } })],
    [
      'a step id that is not an id',
      JSON.stringify({ v: STORAGE_VERSION, ticks: { [family]: ['<script>'] } }),
    ],
    ['an unknown language', JSON.stringify({ v: STORAGE_VERSION, lang: 'de', ticks: {} })],
    [
      'a huge value',
      JSON.stringify({ v: STORAGE_VERSION, ticks: { [family]: ['x'.repeat(200_000)] } }),
    ],
  ])('drops %s cleanly and says so', (_case, raw) => {
    expect(parseStore(raw)).toEqual({ store: emptyStore(), dropped: true });
  });

  it('keeps a valid language from an unreadable store', () => {
    const raw = JSON.stringify({ v: 99, lang: 'en', ticks: 'broken' });
    expect(parseStore(raw)).toEqual({ store: { ...emptyStore(), lang: 'en' }, dropped: true });
  });

  it('never throws and always returns a valid store, whatever is stored (10,000 cases)', () => {
    const started = performance.now();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.json({ maxDepth: 4 }).map((j) => j),
        ),
        (raw) => {
          const { store } = parseStore(raw);
          expect(store.v).toBe(STORAGE_VERSION);
          expect(parseStore(serializeStore(store)).dropped).toBe(false);
        },
      ),
      { numRuns: 10_000 },
    );
    console.log(`storage fuzz: 10000 cases in ${Math.round(performance.now() - started)} ms`);
  });

  it('keeps only families with ticks, and at most 20 of them', () => {
    const ticks = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`r=p&n=${i}`, i === 29 ? [] : ['askParent']]),
    );
    const kept = parseStore(serializeStore({ v: STORAGE_VERSION, ticks })).store.ticks;
    expect(Object.keys(kept)).toHaveLength(20);
    expect(kept['r=p&n=29']).toBeUndefined();
  });
});
