// @vitest-environment jsdom
/**
 * Teachers and sharing: the link builder (for whom, the link, its QR code, downloads, the printed
 * notice, the chat message in both languages, the teacher's own steps), the start page a family
 * sees when it opens a teacher's link, and the under-14 student's link for a parent.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import enTeacher from '@locales/en/teacher.json';
import checklist from '@locales/ru/checklist.json';
import common from '@locales/ru/common.json';
import questions from '@locales/ru/questions.json';
import teacher from '@locales/ru/teacher.json';
import { encodeLink, teacherLink, type Audience } from '@machines/index';
import { setLanguage } from '@/app/i18n';
import { school } from '@/school';
import { audienceKey } from '@/screens/start-banner';
import { renderApp } from './render-app';

/** The flow loads lazily; on a busy machine the first load can take seconds. */
const slow = { timeout: 20_000 };

/** Text as Testing Library reads the page: it turns non-breaking spaces («14 лет») into plain ones. */
const asRead = (text: string) => text.replace(/\u00a0/g, ' ');
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);

const audienceCode: Record<Audience, string> = {
  under14: 'y',
  over14: 'o',
  students: 's',
  everyone: 'e',
};
const audiences = Object.keys(audienceCode) as Audience[];

/** The builder's URL for a teacher who chose `audience` and a class label (maybe left empty). */
const builderUrl = (audience: Audience, classLabel?: string) =>
  `?r=t&au=${audienceCode[audience]}&cl=${encodeURIComponent(classLabel ?? '')}&s=link`;

/** The link the builder must hand over. */
const expectedLink = (audience: Audience, classLabel?: string) => {
  const state = teacherLink({
    role: 'teacher',
    audience,
    ...(classLabel ? { classLabel } : {}),
  });
  const query = encodeLink(state ?? { answers: {} });
  return `${window.location.origin}/${query ? `?${query}` : ''}`;
};

const messageKey = (audience: Audience, withClass: boolean) =>
  `${audience}${withClass ? 'WithClass' : ''}` as keyof typeof teacher.message;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the teacher’s link builder', () => {
  it.each(audiences)(
    '%s with class 7Б: says for whom, gives the link, QR code and message',
    async (audience) => {
      await renderApp(builderUrl(audience, '7Б'));
      await screen.findByRole('heading', { level: 1, name: teacher.result.title }, slow);

      // For whom, in the words of the start page's banner.
      const forWhom = fill(common.start.forClass[audienceKey[audience]], { classLabel: '7Б' });
      expect(screen.getByText(asRead(forWhom), { exact: true })).toBeInTheDocument();

      // The link: absolute, from the page's own origin and path, readable (7Б, not %D0%91).
      const link = expectedLink(audience, '7Б');
      const anchor = screen.getByRole('link', { name: decodeURI(link) });
      expect(anchor).toHaveAttribute('href', link);
      expect(link.startsWith(`${window.location.origin}/?`)).toBe(true);

      // The QR code, its downloads and the print button.
      const qr = screen.getByRole('img', { name: teacher.result.qrAlt });
      expect(qr.tagName.toLowerCase()).toBe('svg');
      expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
      for (const name of [
        teacher.result.downloadSvg,
        teacher.result.downloadPng,
        teacher.result.print,
        teacher.result.copyLink,
        teacher.result.copyMessage,
      ])
        expect(screen.getByRole('button', { name })).toBeInTheDocument();

      // The chat message in Russian, and the English one folded away.
      const message = fill(teacher.message[messageKey(audience, true)], {
        classLabel: '7Б',
        link,
      });
      expect(screen.getByText(message)).toHaveClass('message-box');
      const summary = await screen.findByText(teacher.result.otherMessageTitle, {}, slow);
      const details = summary.closest('details');
      expect(details).not.toBeNull();
      const english = fill(enTeacher.message[messageKey(audience, true)], {
        classLabel: '7Б',
        link,
      });
      const englishText = within(details as HTMLElement).getByText(english);
      expect(englishText).toHaveAttribute('lang', 'en');
      expect(
        within(details as HTMLElement).getByRole('button', {
          name: teacher.result.copyOtherMessage,
          hidden: true,
        }),
      ).toBeInTheDocument();
    },
  );

  it('without a class label says the audience only (everyone included)', async () => {
    await renderApp(builderUrl('everyone'));
    await screen.findByRole('heading', { level: 1, name: teacher.result.title }, slow);
    expect(screen.getByText(common.start.forAudience.everyone, { exact: true })).toBeVisible();
    const link = expectedLink('everyone');
    expect(screen.getByText(fill(teacher.message.everyone, { link }))).toBeInTheDocument();
  });

  it('copies the message with one tap', async () => {
    const { user } = await renderApp(builderUrl('over14', '10 А'));
    const copy = await screen.findByRole('button', { name: teacher.result.copyMessage }, slow);
    await user.click(copy);
    expect(await navigator.clipboard.readText()).toBe(
      fill(teacher.message.over14WithClass, {
        classLabel: '10 А',
        link: expectedLink('over14', '10 А'),
      }),
    );
  });

  it('keeps the teacher’s own steps below the builder', async () => {
    await renderApp(builderUrl('under14', '7Б'));
    await screen.findByRole('heading', { level: 2, name: teacher.ownSteps.title }, slow);
    for (const step of ['teacherAccount', 'teacherSferumProfile', 'teacherShareLink'] as const) {
      expect(
        screen.getByRole('heading', { level: 3, name: checklist.steps[step].title }),
      ).toBeInTheDocument();
    }
  });

  it('holds a hidden A4 notice (title, three lines, QR code, link) that printing shows', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = await renderApp(builderUrl('under14', '7Б'));
    await screen.findByRole('heading', { level: 1, name: teacher.result.title }, slow);

    const notice = document.querySelector<HTMLElement>('body > .print-notice');
    expect(notice).not.toBeNull();
    expect(notice).toHaveAttribute('hidden');
    expect(notice).not.toBeVisible();
    expect(document.documentElement).toHaveClass('has-print-notice');
    const inside = within(notice as HTMLElement);
    for (const words of [
      teacher.notice.title,
      teacher.notice.line1,
      teacher.notice.line2,
      teacher.notice.line3,
    ])
      expect(inside.getByText(words)).toBeInTheDocument();
    expect(inside.getByText(decodeURI(expectedLink('under14', '7Б')))).toBeInTheDocument();
    expect(notice?.querySelectorAll('svg')).toHaveLength(1);
    // Nothing else: a heading, three lines, the code and the link.
    expect(notice?.children).toHaveLength(4);

    await user.click(screen.getByRole('button', { name: teacher.result.print }));
    expect(print).toHaveBeenCalledTimes(1);

    // Leaving the builder takes the notice (and the print rule) away.
    await user.click(screen.getByRole('link', { name: common.nav.back }));
    await screen.findByRole('heading', { level: 1, name: questions.classLabel.title }, slow);
    expect(document.querySelector('.print-notice')).toBeNull();
    expect(document.documentElement).not.toHaveClass('has-print-notice');
  });

  it('in English: the English message first, the Russian one folded away', async () => {
    const { i18n } = await renderApp(builderUrl('students', '9В'));
    await screen.findByRole('heading', { level: 1, name: teacher.result.title }, slow);
    await act(() => setLanguage(i18n, 'en', school));
    await screen.findByRole('heading', { level: 1, name: enTeacher.result.title }, slow);
    const link = expectedLink('students', '9В');
    expect(
      screen.getByText(fill(enTeacher.message.studentsWithClass, { classLabel: '9В', link })),
    ).toHaveClass('message-box');
    const summary = screen.getByText(enTeacher.result.otherMessageTitle);
    const russian = within(summary.closest('details') as HTMLElement).getByText(
      fill(teacher.message.studentsWithClass, { classLabel: '9В', link }),
    );
    expect(russian).toHaveAttribute('lang', 'ru');
  });
});

describe('a family opens a teacher’s link', () => {
  const firstQuestion: Record<Audience, keyof typeof questions> = {
    under14: 'parentAccount',
    over14: 'parentAccount',
    students: 'studentAccount',
    everyone: 'role',
  };

  it.each(audiences)(
    '%s with class 7Б: the start page says for whom, «Начать» opens the first open question',
    async (audience) => {
      const link = expectedLink(audience, '7Б');
      const { user } = await renderApp(link.slice(link.indexOf('?')));
      await screen.findByRole('heading', { level: 1, name: common.start.title }, slow);
      const banner = fill(common.start.forClass[audienceKey[audience]], { classLabel: '7Б' });
      expect(screen.getByText(asRead(banner), { exact: true })).toHaveClass('banner');

      await user.click(screen.getByRole('button', { name: common.start.button }));
      const first = questions[firstQuestion[audience]].title;
      await screen.findByRole('heading', { level: 1, name: first }, slow);
      // Nothing on the first open question is pre-chosen.
      expect(screen.queryAllByRole('radio', { checked: true })).toHaveLength(0);
    },
  );

  it('counts only the questions the family is shown, and «Назад» from the first leads back to the start', async () => {
    const link = expectedLink('under14', '7Б');
    const { user } = await renderApp(link.slice(link.indexOf('?')));
    await screen.findByRole('heading', { level: 1, name: common.start.title }, slow);
    await user.click(screen.getByRole('button', { name: common.start.button }));
    await screen.findByRole('heading', { level: 1, name: questions.parentAccount.title }, slow);
    // The role was answered by the link and never shown: question 1 of 8, not 2 of 9.
    expect(
      screen.getByText(fill(common.progress, { current: '1', total: '8' })),
    ).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('skip')).toBe('r');
    await user.click(
      screen.getByRole('radio', { name: questions.parentAccount.options.confirmed }),
    );
    await user.click(screen.getByRole('button', { name: common.nav.continue }));
    await screen.findByRole('heading', { level: 1, name: questions.childCount.title }, slow);
    expect(
      screen.getByText(fill(common.progress, { current: '2', total: '8' })),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: common.nav.back }));
    await screen.findByRole('heading', { level: 1, name: questions.parentAccount.title }, slow);
    await user.click(screen.getByRole('link', { name: common.nav.back }));
    await screen.findByRole('heading', { level: 1, name: common.start.title }, slow);
  });

  it.each(['under14', 'over14', 'students'] as const)(
    '%s without a class: the start page names the audience',
    async (audience) => {
      const link = expectedLink(audience);
      await renderApp(link.slice(link.indexOf('?')));
      await screen.findByRole('heading', { level: 1, name: common.start.title }, slow);
      expect(
        screen.getByText(asRead(common.start.forAudience[audienceKey[audience]]), { exact: true }),
      ).toHaveClass('banner');
    },
  );

  it('everyone without a class: no banner (the link pre-fills nothing)', async () => {
    expect(expectedLink('everyone')).toBe(`${window.location.origin}/`);
    await renderApp('');
    await screen.findByRole('heading', { level: 1, name: common.start.title }, slow);
    expect(document.querySelector('.banner')).toBeNull();
  });
});

describe('a student under 14 hands a link to a parent', () => {
  const under14 = '?r=s&sa=y&s=parent';
  const parentLink = () => `${window.location.origin}/?r=p&n=1&a1=y`;

  it('shows the parent’s link with copy and a QR code', async () => {
    const { user } = await renderApp(under14);
    await screen.findByRole('heading', { level: 1, name: common.under14.title }, slow);
    expect(screen.getByRole('link', { name: parentLink() })).toHaveAttribute('href', parentLink());
    const qr = screen.getByRole('img', { name: common.under14.qrAlt });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(screen.getByRole('heading', { level: 2, name: common.under14.qrTitle })).toBeVisible();
    await user.click(screen.getByRole('button', { name: common.under14.copy }));
    expect(await navigator.clipboard.readText()).toBe(parentLink());
    await waitFor(() => expect(screen.getByText(common.under14.copied)).toBeInTheDocument());
    // No share sheet in this browser: no share button.
    expect(screen.queryByRole('button', { name: common.under14.share })).toBeNull();
  });

  it('offers the phone’s share sheet where there is one', async () => {
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      const { user } = await renderApp(under14);
      const button = await screen.findByRole('button', { name: common.under14.share }, slow);
      await user.click(button);
      expect(share).toHaveBeenCalledWith({ url: parentLink(), title: common.under14.parentLink });
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });
});
