/**
 * Pages the start page does not need, loaded on demand with their words. The
 * start page asks for the flow while the family reads, so "Start" is instant.
 */
import { lazy } from 'react';
import type { i18n } from 'i18next';
import flowStylesheet from '@/styles/flow.css?url';
import { loadNamespaces } from './i18n';

const flowNamespaces = ['questions', 'checklist', 'troubles', 'teacher'] as const;

/**
 * The flow's own styles (QR code, teacher's notice) as a <link>, added once. Linked rather than
 * imported from JavaScript: the dev server would inject imported CSS as an inline <style>, which
 * the Content-Security-Policy (style-src 'self') refuses. Not awaited: it is small and arrives
 * long before anyone reaches a result page.
 */
function linkFlowStylesheet() {
  if (typeof document === 'undefined') return;
  if (document.querySelector('link[data-flow-stylesheet]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = flowStylesheet;
  link.dataset.flowStylesheet = '';
  document.head.append(link);
}

export function loadFlow(instance: i18n) {
  linkFlowStylesheet();
  return Promise.all([import('./flow-host'), loadNamespaces(instance, flowNamespaces)]).then(
    ([module]) => module,
  );
}

function loadLegal(instance: i18n) {
  return Promise.all([import('@/screens/legal-screen'), loadNamespaces(instance, ['legal'])]).then(
    ([module]) => ({ default: module.LegalScreen }),
  );
}

type LazyPages = {
  readonly Flow: ReturnType<typeof lazy<Awaited<ReturnType<typeof loadFlow>>['default']>>;
  readonly Legal: ReturnType<typeof lazy<Awaited<ReturnType<typeof loadLegal>>['default']>>;
};

const cache = new WeakMap<i18n, LazyPages>();

/** One set of lazy components per i18next instance (tests make several). */
export function lazyPages(instance: i18n): LazyPages {
  let pages = cache.get(instance);
  if (!pages) {
    pages = { Flow: lazy(() => loadFlow(instance)), Legal: lazy(() => loadLegal(instance)) };
    cache.set(instance, pages);
  }
  return pages;
}
