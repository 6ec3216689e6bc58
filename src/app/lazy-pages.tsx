/**
 * Pages the start page does not need, loaded on demand with their words. The
 * start page asks for the flow while the family reads, so "Start" is instant.
 */
import { lazy } from 'react';
import type { i18n } from 'i18next';
import { loadNamespaces } from './i18n';
import { nextTask } from './next-task';
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

/**
 * The same parts as loadFlow, asked for while the family reads the start page: one request per
 * task (the code, each namespace, the styles), so a tap on "Start" meanwhile waits for no long
 * task. Asked for in one task, they blocked the page for 15-25 ms here (Lighthouse counts that
 * 4x: up to 50 ms of Total Blocking Time), on a cheap phone about as long as a tap may take.
 * A tap before it is done loses nothing: loadFlow then waits for the same requests.
 */
export async function prefetchFlow(instance: i18n): Promise<void> {
  const parts: Promise<unknown>[] = [];
  // Handled at once, so a part that fails while the next is still to come is no unhandled
  // rejection; Promise.all below still reports it.
  const ask = (part: Promise<unknown>) => {
    void part.catch(() => undefined);
    parts.push(part);
  };
  ask(import('./flow-host'));
  for (const ns of flowNamespaces) {
    await nextTask();
    ask(loadNamespaces(instance, [ns]));
  }
  await nextTask();
  ask(pageStyles(PAGES_STYLESHEET, FLOW_STYLESHEET));
  await Promise.all(parts);
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
