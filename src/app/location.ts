/**
 * The URL is the family's place: a query string (works on any static host, no
 * rewrites) holding the answers, the step (`s`) and, for pages outside the
 * question flow, `page`. See README "URLs".
 */
import { decodeLink, encodeLink, type CodecError, type LinkState } from '@machines/link-codec';
import type { StepRef } from '@machines/restore';

export type Page = 'start' | 'legal' | 'flow';

export interface AppLocation extends LinkState {
  readonly page: Page;
}

export interface ReadLocation extends AppLocation {
  readonly errors: readonly CodecError[];
  readonly lang: string | null;
}

const PAGE_PARAM = 'page';
const LANG_PARAM = 'lang';

export function readLocation(search: string): ReadLocation {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const rest = new URLSearchParams(params);
  rest.delete(PAGE_PARAM);
  rest.delete(LANG_PARAM);
  const link = decodeLink(rest.toString());
  const lang = params.get(LANG_PARAM);
  const pageParam = params.get(PAGE_PARAM);
  const page: Page = pageParam === 'legal' ? 'legal' : link.step ? 'flow' : 'start';
  return { ...link, page, lang };
}

export function writeLocation(location: AppLocation): string {
  const step: StepRef | undefined = location.page === 'flow' ? location.step : undefined;
  const query = encodeLink({
    answers: location.answers,
    forClass: location.forClass,
    step,
    skipped: location.skipped,
  });
  const page = location.page === 'legal' ? `${query ? '&' : ''}${PAGE_PARAM}=legal` : '';
  const search = query + page;
  return search ? `?${search}` : '';
}
