// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import checklist from '@locales/ru/checklist.json';
import common from '@locales/ru/common.json';
import questions from '@locales/ru/questions.json';
import { STORAGE_KEY } from '@/app/storage';
import { school } from '@/school';
import { renderApp } from './render-app';

const oneChild = 'r=p&pa=c&n=1&a1=y&k1=n&d1=n&f1=n&m1=n&ap=n';

describe('the answers summary', () => {
  it('lists every answer with a Change link whose hidden text names the question', async () => {
    await renderApp(`?${oneChild}&s=summary`);
    await screen.findByRole('heading', { level: 1, name: common.summary.title });
    const change = screen.getByRole('link', {
      name: `${common.nav.change} ответ на вопрос: ${questions.childAccount.title}`,
    });
    expect(change).toBeInTheDocument();
    // role, own account, number of children, the app, and five questions about the child
    const changeLinks = screen.getAllByRole('link', { name: new RegExp(`^${common.nav.change}`) });
    expect(changeLinks).toHaveLength(9);
  });

  it('lists the answers in the order they were asked: the app after the children', async () => {
    const twoChildren = 'r=p&pa=c&n=2&a1=y&k1=n&d1=n&f1=n&m1=n&a2=o&t2=n&d2=n&f2=n&m2=n&ap=n';
    await renderApp(`?${twoChildren}&s=summary`);
    await screen.findByRole('heading', { level: 1, name: common.summary.title });
    const order = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(order).toEqual([
      common.children.label.under14['1'],
      common.children.label.over14['2'],
      common.summary.moreAboutYou,
    ]);
    const terms = screen.getAllByRole('term').map((dt) => dt.textContent);
    expect(terms.at(-1)).toBe(questions.app.title);
    expect(terms.slice(0, 3)).toEqual([
      questions.role.title,
      questions.parentAccount.title,
      questions.childCount.title,
    ]);
  });

  it('a change returns to the summary with the new answer and the others kept', async () => {
    const { user } = await renderApp(`?${oneChild}&s=summary`);
    await user.click(
      await screen.findByRole('link', {
        name: new RegExp(questions.childSferum.title.replace('?', '\\?')),
      }),
    );
    await screen.findByRole('heading', { level: 1, name: questions.childSferum.title });
    expect(screen.getByRole('radio', { name: questions.childSferum.options.no })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: questions.childSferum.options.yes }));
    await user.click(screen.getByRole('button', { name: common.nav.continue }));
    await screen.findByRole('heading', { level: 1, name: common.summary.title });
    expect(screen.getByText(questions.childSferum.options.yes)).toBeInTheDocument();
    expect(screen.getByText(questions.childAccount.options.none)).toBeInTheDocument();
  });
});

describe('the checklist', () => {
  it('counts ticked steps and keeps the tick on the device', async () => {
    const { user } = await renderApp(`?${oneChild}&s=checklist`);
    await screen.findByRole('heading', { level: 1, name: common.checklist.title });
    const status = screen.getByText(/^Сделано \d+ из \d+$/);
    const [before, total] = (status.textContent ?? '').match(/\d+/g)?.map(Number) ?? [];
    const step = screen.getByRole('checkbox', {
      name: `${common.checklist.stepDone}: ${checklist.steps.childCreateAccount.title}`,
    });
    await user.click(step);
    expect(step).toBeChecked();
    expect(status).toHaveTextContent(`Сделано ${(before ?? 0) + 1} из ${total}`);
    expect(localStorage.getItem(STORAGE_KEY)).toContain('childCreateAccount.1');
  });

  it('shows steps done by the answers as done, not hidden', async () => {
    await renderApp(`?${oneChild}&s=checklist`);
    const done = await screen.findByText(checklist.steps.parentConfirmAccount.title);
    const card = done.closest('li');
    expect(card).not.toBeNull();
    expect(
      within(card as HTMLElement).getByText(common.checklist.doneByAnswers),
    ).toBeInTheDocument();
  });

  it('copies the INN with one tap and announces it', async () => {
    // user-event installs its own clipboard on navigator; read what was written there.
    const { user } = await renderApp(`?${oneChild}&s=checklist`);
    const [copy] = await screen.findAllByRole('button', { name: common.checklist.copyInn });
    await user.click(copy as HTMLElement);
    expect(await navigator.clipboard.readText()).toBe(school.inn);
    await waitFor(() =>
      expect(
        screen.getAllByRole('status').some((s) => s.textContent === common.checklist.copied),
      ).toBe(true),
    );
  });
});
