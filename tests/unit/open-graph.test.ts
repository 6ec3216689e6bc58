/**
 * Link previews (scripts/open-graph-plugin.ts): absolute https URLs from the school's publicOrigin
 * or PUBLIC_ORIGIN, words from locales/ru/common.json. The built dist/index.html is checked in
 * tests/e2e/teacher.e2e.ts.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import ruCommon from '@locales/ru/common.json';
import {
  OG_IMAGE,
  openGraphTags,
  previewText,
  publicBase,
  publicBaseFor,
} from '../../scripts/open-graph-plugin.ts';
import { school } from '@/school';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The tags as "property or name" -> content. */
const tagMap = (base: string) =>
  Object.fromEntries(
    openGraphTags(base, previewText(root)).map((tag) => {
      const attrs = tag.attrs as Record<string, string>;
      return [attrs.property ?? attrs.name, attrs.content];
    }),
  );

describe('link preview tags', () => {
  it('has every tag a chat needs, with absolute https URLs', () => {
    const tags = tagMap('https://school.example/wizard/');
    expect(tags).toEqual({
      'og:type': 'website',
      'og:locale': 'ru_RU',
      'og:url': 'https://school.example/wizard/',
      'og:title': ruCommon.app.name,
      'og:description': ruCommon.start.lead,
      'og:image': 'https://school.example/wizard/og-image.png',
      'og:image:type': 'image/png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': `${ruCommon.app.name}. ${ruCommon.app.tagline}`,
      'twitter:card': 'summary_large_image',
    });
    expect(OG_IMAGE).toEqual({ file: 'og-image.png', width: 1200, height: 630 });
  });

  it('puts every tag into <head>', () => {
    const tags = openGraphTags('https://school.example/', previewText(root));
    expect(tags.every((tag) => tag.tag === 'meta' && tag.injectTo === 'head')).toBe(true);
  });
});

describe('the public address', () => {
  it('is the school configuration’s publicOrigin unless PUBLIC_ORIGIN is set', () => {
    expect(publicBaseFor(root, {})).toBe(publicBase(school.publicOrigin, 'school'));
    expect(publicBaseFor(root, { PUBLIC_ORIGIN: 'https://staging.example/w/' })).toBe(
      'https://staging.example/w/',
    );
    // An empty variable counts as unset.
    expect(publicBaseFor(root, { PUBLIC_ORIGIN: '  ' })).toBe(
      publicBase(school.publicOrigin, 'school'),
    );
  });

  it('ends with "/" and drops a query or fragment, so the image sits beside index.html', () => {
    expect(publicBase('https://school.example', 'x')).toBe('https://school.example/');
    expect(publicBase('https://school.example/wizard', 'x')).toBe('https://school.example/wizard/');
    expect(publicBase(' https://school.example/wizard/?a=1#b ', 'x')).toBe(
      'https://school.example/wizard/',
    );
  });

  it('refuses anything but a full https address, naming where it came from', () => {
    expect(() => publicBase('http://school.example/', 'PUBLIC_ORIGIN')).toThrow(
      /PUBLIC_ORIGIN.*https/,
    );
    expect(() => publicBase('school.example', 'PUBLIC_ORIGIN')).toThrow(/PUBLIC_ORIGIN/);
    expect(() => publicBaseFor(root, { PUBLIC_ORIGIN: 'ftp://x/' })).toThrow(/PUBLIC_ORIGIN/);
  });
});
