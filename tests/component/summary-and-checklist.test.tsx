// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
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
    // The INN is in the details of «Добавьте ребёнка…», closed until opened.
    await user.click(
      await screen.findByRole('button', {
        name: `${common.checklist.show}: ${checklist.steps.myschoolAddChild.title}`,
      }),
    );
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

describe('the compact checklist', () => {
  it('opens and closes a step: the disclosure says what it will do and exposes its state', async () => {
    const { user } = await renderApp(`?${oneChild}&s=checklist`);
    const title = checklist.steps.sferumJoin.title;
    const show = await screen.findByRole('button', { name: `${common.checklist.show}: ${title}` });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    const body = document.getElementById(show.getAttribute('aria-controls') ?? '');
    expect(body).not.toBeVisible();
    await user.click(show);
    expect(show).toHaveAttribute('aria-expanded', 'true');
    expect(show).toHaveAccessibleName(`${checklist.view.hide}: ${title}`);
    expect(body).toBeVisible();
  });

  it('keeps «Если не получилось» and the dated note of an opened step in folds, closed until tapped', async () => {
    const { user } = await renderApp(`?${oneChild}&s=checklist`);
    // The child's account is next, so its row is open; its troubles and its note wait in folds.
    const body = await waitFor(() => {
      const el = document.getElementById('step-childCreateAccount-body');
      expect(el).toBeVisible();
      return el as HTMLElement;
    });
    const fail = within(body).getByRole('button', { name: common.checklist.fields.fail });
    const notes = within(body).getByRole('button', { name: checklist.view.notesFold });
    const failText = within(body).getByText(checklist.steps.childCreateAccount.fail);
    const noteText = within(body).getByText(checklist.notes.childAccountAge);
    expect(fail).toHaveAttribute('aria-expanded', 'false');
    expect(failText).not.toBeVisible();
    expect(noteText).not.toBeVisible();
    await user.click(fail);
    expect(fail).toHaveAttribute('aria-expanded', 'true');
    expect(failText).toBeVisible();
    expect(noteText).not.toBeVisible();
    await user.click(notes);
    expect(noteText).toBeVisible();
    await user.click(fail);
    expect(failText).not.toBeVisible();
  });

  it('starts with only the next step open, and «Показать всё» / «Скрыть всё» open and close all', async () => {
    const { user } = await renderApp(`?${oneChild}&s=checklist`);
    await screen.findByRole('heading', { level: 1, name: common.checklist.title });
    const expanded = () =>
      screen
        .queryAllByRole('button', { expanded: true })
        .filter(
          (b) => b.classList.contains('disclosure') && !b.classList.contains('disclosure--all'),
        );
    // A confirmed parent and a child without an account: the child's account is next.
    expect(expanded().map((b) => b.getAttribute('aria-controls'))).toEqual([
      'step-childCreateAccount-body',
    ]);
    await user.click(screen.getByRole('button', { name: checklist.view.showAll }));
    expect(screen.queryAllByRole('button', { expanded: false })).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: checklist.view.hideAll }));
    expect(expanded()).toHaveLength(0);
  });

  it('says what to do now and counts required steps only', async () => {
    await renderApp(`?r=p&pa=c&n=1&a1=y&k1=n&d1=n&f1=n&m1=n&ap=y&s=checklist`);
    const now = await screen.findByRole('region', { name: checklist.view.now.title });
    expect(within(now).getByText(checklist.steps.childCreateAccount.title)).toBeInTheDocument();
    // Two of the 12 required steps are done by the answers; the four app steps are apart.
    expect(within(now).getByRole('status')).toHaveTextContent(/^Сделано 2 из \d+$/);
    expect(
      within(now).getByText(checklist.view.now.optional_other.replace('{{count}}', '4')),
    ).toBeInTheDocument();
  });

  it('says so when every required step is done, and names what is left to wait for before', async () => {
    const { user } = await renderApp(`?r=p&pa=c&n=1&a1=y&k1=l&d1=c&f1=y&m1=w&ap=n&s=checklist`);
    await screen.findByRole('heading', { level: 1, name: common.checklist.title });
    const wait = `${common.checklist.stepDone}: ${checklist.steps.myschoolWaitConfirmation.title}`;
    // Tick everything but the school's confirmation: only the wait is left.
    for (const box of screen.getAllByRole('checkbox')) {
      if (!box.id.startsWith('tick-myschoolWaitConfirmation')) await user.click(box);
    }
    const waiting = await screen.findByRole('region', { name: checklist.view.now.waitingTitle });
    expect(
      within(waiting).getByRole('link', { name: checklist.steps.myschoolWaitConfirmation.title }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: wait }));
    const done = await screen.findByRole('region', { name: checklist.view.now.allDoneTitle });
    expect(within(done).getByText(checklist.view.now.allDoneLead)).toBeInTheDocument();
    const [n, m] = (within(done).getByRole('status').textContent ?? '').match(/\d+/g) ?? [];
    expect(n).toBe(m);
  });

  it('when the clipboard is refused, says so and shows the link to copy by hand', async () => {
    const { user } = await renderApp(`?${oneChild}&s=checklist`);
    const copy = await screen.findByRole('button', { name: common.checklist.share });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('NotAllowedError'));
    await user.click(copy);
    // The field's label says that copying did not work; the field holds the link, focused and selected.
    const shown = await screen.findByRole<HTMLInputElement>('textbox', {
      name: common.copy.byHand,
    });
    expect(new URL(shown.value).searchParams.get('s')).toBe('checklist');
    expect(shown.value.startsWith(`${window.location.origin}`)).toBe(true);
    expect(shown).toHaveFocus();
    expect([shown.selectionStart, shown.selectionEnd]).toEqual([0, shown.value.length]);
  });

  it('the start page offers «Продолжить мой список» once this device has shown a checklist', async () => {
    await renderApp(`?${oneChild}&s=checklist`);
    await screen.findByRole('heading', { level: 1, name: common.checklist.title });
    cleanup();
    await renderApp('');
    const resume = await screen.findByRole('link', { name: common.start.resume });
    const search = new URLSearchParams(resume.getAttribute('href') ?? '');
    expect(search.get('s')).toBe('checklist');
    expect(search.get('k1')).toBe('n');
  });
});
