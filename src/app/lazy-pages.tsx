/**
 * Pages the start page does not need, loaded on demand with their words. The
 * start page asks for the flow while the family reads, so "Start" is instant.
 */
import { lazy } from 'react';
import type { i18n } from 'i18next';
import { loadNamespaces } from './i18n';
import { FLOW_STYLESHEET, PAGES_STYLESHEET, pageStyles } from './page-styles';

const flowNamespaces = ['questions', 'checklist', 'troubles', 'teacher'] as const;

/** The flow's code, words and styles: it shows only when all three are here. */
export function loadFlow(instance: i18n) {
  return Promise.all([
    import('./flow-host'),
    loadNamespaces(instance, flowNamespaces),
    pageStyles(PAGES_STYLESHEET, FLOW_STYLESHEET),
  ]).then(([module]) => module);
}

function loadLegal(instance: i18n) {
  return Promise.all([
    import('@/screens/legal-screen'),
    loadNamespaces(instance, ['legal']),
    pageStyles(PAGES_STYLESHEET),
  ]).then(([module]) => ({ default: module.LegalScreen }));
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
