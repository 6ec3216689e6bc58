/**
 * Official places a family is sent to: listed once here. Every outbound link the
 * app renders must be one of these or a school link on an allowed host.
 */
import type { SchoolFacts } from './school';

export const officialLinks = {
  gosuslugi: 'https://www.gosuslugi.ru/',
  gosuslugiFamily: 'https://lk.gosuslugi.ru/profile/family',
  gosuslugiProfile: 'https://lk.gosuslugi.ru/profile/personal',
  // Gosuslugi's own help page on children's accounts (cited by several school pages).
  gosuslugiChildHelp: 'https://www.gosuslugi.ru/help/faq/login_child/102380',
  // The map opened on the layer of centres that confirm accounts (co = service centres, cfm = confirm).
  serviceCentres: 'https://map.gosuslugi.ru/?layer=co&filter=cfm',
  sferum: 'https://sferum.ru/',
  myschool: 'https://myschool.edu.ru/',
} as const;

export type OfficialLinkId = keyof typeof officialLinks;
export type SchoolLinkId = 'dnevnik' | 'schoolSite' | 'appFeedback';
export type LinkId = OfficialLinkId | SchoolLinkId;

export interface LinkRef {
  readonly id: LinkId;
  readonly href: string;
}

/** Hosts a link may point to: these and their subdomains. */
export const allowedHosts = [
  'gosuslugi.ru',
  'dnevnik.ru',
  'sferum.ru',
  'myschool.edu.ru',
  'rustore.ru',
  'play.google.com',
  'apps.apple.com',
  'appgallery.huawei.com',
] as const;

/** True for an https URL on an allowed host (or on one of `extraHosts`, e.g. the school's site). */
export function isAllowedUrl(url: string, extraHosts: readonly string[] = []): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return false;
  const host = parsed.hostname.toLowerCase();
  return [...allowedHosts, ...extraHosts].some((h) => host === h || host.endsWith(`.${h}`));
}

export function resolveLink(id: LinkId, school: SchoolFacts): LinkRef | undefined {
  switch (id) {
    case 'dnevnik':
      return { id, href: school.dnevnikUrl };
    case 'schoolSite':
      return { id, href: school.websiteUrl };
    case 'appFeedback':
      return school.appFeedbackUrl ? { id, href: school.appFeedbackUrl } : undefined;
    default:
      return { id, href: officialLinks[id] };
  }
}
