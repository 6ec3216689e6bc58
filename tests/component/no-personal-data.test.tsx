// @vitest-environment jsdom
//
// NO PERSONAL DATA. The wizard asks only multiple-choice questions; the one free-text field in the
// whole app is the teacher's class label («7Б»). Every screen is generated from the decision core —
// every question of every branch (applicableQuestions + restoreSnapshot + the link codec), the
// summary, every outcome, the start and legal pages — rendered with the real app, in Russian and in
// English, and checked:
//   · no text input, textarea, select, contenteditable, or input of type email/tel/date/number/
//     password/search/url… (only radios and tick boxes), except input#q-classLabel on that step;
//   · no label, legend, hint or form heading asks for a full name, SNILS or passport number, birth
//     date, phone or e-mail — a small vocabulary of requests, in both languages and any word order
//     (those words do appear in instructions, so page text is not checked).
// Then, after a whole journey by clicks (answers, checklist, a tick, the language switch), the device
// holds one localStorage key, the app's, whose JSON has only `v`, `lang` and `ticks`; sessionStorage
// and cookies stay empty.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  applicableQuestions,
  decodeLink,
  encodeLink,
  restoreSnapshot,
  stepOf,
  stepRefOf,
  type Answers,
  type StepId,
  type StepRef,
} from '@machines/index';
import enCommon from '@locales/en/common.json';
import enLegal from '@locales/en/legal.json';
import enQuestions from '@locales/en/questions.json';
import enTeacher from '@locales/en/teacher.json';
import common from '@locales/ru/common.json';
import legal from '@locales/ru/legal.json';
import questions from '@locales/ru/questions.json';
import teacher from '@locales/ru/teacher.json';
import { setWordSource } from '@/app/i18n';
import type { Language } from '@/app/language';
import { moduleWords } from '@/app/module-words';
import { STORAGE_KEY } from '@/app/storage';
import { renderApp } from './render-app';

// ---------------------------------------------------------------------------------------------
// The families: complete answers for every branch of the tree.
// ---------------------------------------------------------------------------------------------

const families: Record<string, Answers> = {
  'parent of two (under 14 and 14+)': {
    role: 'parent',
    parentAccount: 'unconfirmed',
    childCount: '2',
    'childAge.1': 'under14',
    'childAccount.1': 'unlinked',
    'childDnevnik.1': 'error',
    'childSferum.1': 'no',
    'childMyschool.1': 'waiting',
    'childAge.2': 'over14',
    'teenAccount.2': 'unconfirmed',
    'childDnevnik.2': 'no',
    'childSferum.2': 'yes',
    'childMyschool.2': 'no',
    app: 'yes',
  },
  ...Object.fromEntries(
    (['none', 'unconfirmed', 'confirmed'] as const).map((account) => [
      `student 14+ (account: ${account})`,
      {
        role: 'student',
        studentAge: 'over14',
        studentAccount: account,
        ...(account === 'unconfirmed' ? { studentDocs: 'unknown' } : {}),
        ...(account === 'confirmed' ? {} : { confirmMethod: 'mfc' }),
        studentDnevnik: 'no',
        studentSferum: 'no',
        studentMyschool: 'no',
        studentApp: account === 'confirmed' ? 'yes' : 'no',
      },
    ]),
  ),
  'student under 14': { role: 'student', studentAge: 'under14' },
  teacher: { role: 'teacher', audience: 'under14', classLabel: '7Б' },
};

const locale = {
  ru: { common, legal, questions, teacher },
  en: { common: enCommon, legal: enLegal, questions: enQuestions, teacher: enTeacher },
} as const;
const languages: readonly Language[] = ['ru', 'en'];

const outcomeHeadings = (lang: Language): Partial<Record<StepId, string>> => ({
  summary: locale[lang].common.summary.title,
  checklist: locale[lang].common.checklist.title,
  studentUnder14: locale[lang].common.under14.title,
  teacherResult: locale[lang].teacher.result.title,
});
const outcomes = outcomeHeadings('ru');

/** A screen, before it is rendered in each language. */
interface Place {
  readonly name: string;
  readonly search: string;
  /** The page's <h1> in each language: proves the URL opened the screen it was generated for. */
  readonly headings: Record<Language, string>;
  /** The step whose page may hold the one free-text field. */
  readonly step?: StepId;
  /** The step and child, e.g. "childAge.2". */
  readonly place?: string;
}

interface Screen extends Place {
  readonly lang: Language;
  readonly heading: string;
}

const headingOf = (step: StepId, lang: Language): string =>
  outcomeHeadings(lang)[step] ?? locale[lang].questions[step as keyof typeof questions].title;
const inBoth = (heading: (lang: Language) => string) =>
  Object.fromEntries(languages.map((lang) => [lang, heading(lang)])) as Record<Language, string>;

/** The URL of `target` for these answers, after checking that the machine really stops there. */
function screenAt(family: string, answers: Answers, target: StepRef | undefined): Place {
  const snapshot = restoreSnapshot(answers, target);
  const step = stepOf(snapshot);
  if (target) expect(stepRefOf(snapshot), `${family} reaches ${target.step}`).toEqual(target);
  const ref = stepRefOf(snapshot);
  return {
    place: `${ref.step}${ref.child ? `.${ref.child}` : ''}`,
    name: `${family}: ${ref.step}${ref.child ? ` (child ${ref.child})` : ''}`,
    search: `?${encodeLink({ answers, step: ref })}`,
    headings: inBoth((lang) => headingOf(step, lang)),
    step,
  };
}

function generatePlaces(): Place[] {
  const start = inBoth((lang) => locale[lang].common.start.title);
  const list: Place[] = [
    { name: 'start page', search: '', headings: start },
    {
      name: 'start page of a teacher’s link',
      search: `?${encodeLink({ answers: { role: 'parent', childCount: '1', 'childAge.1': 'under14' }, forClass: '7Б' })}`,
      headings: start,
    },
    {
      name: 'legal page',
      search: '?page=legal',
      headings: inBoth((lang) => locale[lang].legal.title),
    },
  ];
  for (const [family, answers] of Object.entries(families)) {
    for (const ref of applicableQuestions(answers))
      list.push(
        screenAt(family, answers, {
          step: ref.question,
          ...(ref.child ? { child: ref.child } : {}),
        }),
      );
    // The summary, where the family's route has one, and where a complete family ends.
    const summary = restoreSnapshot(answers, { step: 'summary' });
    if (stepOf(summary) === 'summary') list.push(screenAt(family, answers, { step: 'summary' }));
    list.push(screenAt(family, answers, undefined));
  }
  // A question page looks the same whatever was answered before it: render each (question,
  // child) once, from the first family that reaches it. Summaries and outcomes differ per family.
  const seen = new Set<string>();
  return list.filter((s) => {
    const id = s.step && !(s.step in outcomes) ? (s.place ?? s.search) : s.search;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Every place in both languages: a question asked in English is asked by the English words. */
const screens: Screen[] = generatePlaces().flatMap((p) =>
  languages.map((lang) => ({
    ...p,
    lang,
    heading: p.headings[lang],
    name: lang === 'ru' ? p.name : `${p.name} [en]`,
  })),
);

// ---------------------------------------------------------------------------------------------
// What counts as asking for personal data.
// ---------------------------------------------------------------------------------------------

/** Input types a family may meet: a choice, or a tick. Everything else can carry typed data. */
const CHOICE_TYPES = new Set(['radio', 'checkbox']);
/** The one free-text field: the teacher's class label, on its own step. */
const CLASS_LABEL = { id: 'q-classLabel', step: 'classLabel' as StepId };

// A small vocabulary of asking for personal data, in both languages, matched word by word in any
// order: «Укажите имя ребёнка», «ребёнка имя укажите», "What is your date of birth?". Instructions
// and yes/no questions may name the documents («В твоём профиле уже есть паспорт и СНИЛС?»); what
// must not appear is a request for the data themselves.

/** The data themselves: a name, a birth date, a number, an address (one word each, ё read as е). */
const VALUE_WORDS = [
  /^(?:фио|имя|имени|именем|зовут|почта|почту|почты|почте|почтой)$/,
  /^(?:фамили|отчеств|рожден|родил|адрес|номер|индекс)/,
  /^сери[яюи]$/,
  /^(?:(?:first|last|full|given|family|sur)?names?|patronymic|birth|birthday|born|dob)$/,
  /^(?:e-?mails?|address(?:es)?|numbers?|series|postcode|zip)$/,
];
/** Documents and devices: fine to name, not to ask for. */
const ITEM_WORDS = [
  /^(?:снилс|паспорт|телефон|свидетельств)/,
  /^(?:snils|passports?|(?:tele)?phones?|mobile)$/,
];
const list = (words: string) => words.split(/\s+/).filter(Boolean);
/** Verbs that ask someone to give something: укажите, enter … */
const REQUEST_WORDS = new Set([
  ...list('укажи введи напиши впиши назови сообщи заполни пришли отправь продиктуй оставь загрузи')
    .concat(list('приложи вставь'))
    .flatMap((w) => [w, `${w}те`]),
  ...list('enter type write fill provide give tell share send specify submit upload input attach'),
]);
/** Questions after a value: какой, когда, what … */
const VALUE_QUESTIONS = new Set(
  list("какой какая какое какую каков какова когда зовут what what's when which"),
);
/** Small words that keep a short label from being a bare noun phrase of data («В МФЦ с паспортом»). */
const PREPOSITIONS = new Set(
  list('в во с со через по на из от для без at with through by in on from via for without'),
);

const words = (sentence: string) =>
  (
    sentence
      .toLowerCase()
      .replace(/ё/g, 'е')
      .match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []
  ).map((w) => w.replace(/’/g, "'"));
const isValue = (word: string) => VALUE_WORDS.some((re) => re.test(word));
const isItem = (word: string) => ITEM_WORDS.some((re) => re.test(word));

/**
 * Why a label, legend or heading asks for personal data, or undefined when it does not. Per
 * sentence: a request (укажите, enter) for data or a document; a question after a value (какой,
 * когда, what, when) about a name, a birth date, a number or an address; or the whole label a
 * short noun phrase naming such data («Имя ребёнка», «СНИЛС ребёнка», "Your name").
 */
export function asksForPersonalData(
  label: string,
  { instruction = false }: { instruction?: boolean } = {},
): string | undefined {
  for (const sentence of label.split(/[.!?;]+(?:\s|$)/)) {
    const all = words(sentence);
    const data = all.filter((w) => isValue(w) || isItem(w));
    if (data.length === 0) continue;
    // A tick box's label is a checklist step, an instruction for another site («Впиши паспорт и
    // СНИЛС в профиль» on Gosuslugi): only a label that is nothing but data counts there.
    const request = instruction ? undefined : all.find((w) => REQUEST_WORDS.has(w));
    if (request) return `«${request}» asks for «${data.join(', ')}»`;
    const question = instruction ? undefined : all.find((w) => VALUE_QUESTIONS.has(w));
    const values = all.filter(isValue);
    if (question && values.length > 0) return `«${question}» asks for «${values.join(', ')}»`;
    if (all.length <= 4 && !all.some((w) => PREPOSITIONS.has(w)))
      return `the label names «${data.join(', ')}» as the thing to give`;
  }
  return undefined;
}

/** For a free-text field, even naming these is too much. */
const NAMES_PERSONAL_DATA =
  /ФИО|фамил|(?<!\p{L})имя(?!\p{L})|отчеств|СНИЛС|паспорт|рожд|телефон|почт|mail|адрес|name|snils|passport|birth|phone|address/iu;

const text = (el: Element | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function byIds(root: Document, ids: string | null): string[] {
  return (ids ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text(root.getElementById(id)));
}

/** Everything that tells a person what to put into a control. */
function labelsOf(control: Element): string[] {
  const doc = control.ownerDocument;
  const labels =
    'labels' in control && control.labels
      ? [...(control.labels as NodeListOf<HTMLLabelElement>)]
      : [];
  return [
    ...labels.map(text),
    text(control.closest('label')),
    control.getAttribute('aria-label') ?? '',
    control.getAttribute('placeholder') ?? '',
    control.getAttribute('title') ?? '',
    ...byIds(doc, control.getAttribute('aria-labelledby')),
    ...byIds(doc, control.getAttribute('aria-describedby')),
    text(control.closest('fieldset')?.querySelector('legend')),
    ...byIds(doc, control.closest('fieldset')?.getAttribute('aria-describedby') ?? null),
  ].filter((s) => s !== '');
}

/** Every field on the page that could take typed personal data, and every label asking for it. */
export function personalDataProblems(root: HTMLElement, step: StepId | undefined): string[] {
  const problems: string[] = [];
  const controls = [
    ...root.querySelectorAll(
      'input, textarea, select, [contenteditable]:not([contenteditable="false"]), iframe, object, embed',
    ),
  ];
  for (const control of controls) {
    const tag = control.tagName.toLowerCase();
    const type = tag === 'input' ? (control.getAttribute('type') ?? 'text').toLowerCase() : '';
    const describe = `<${tag}${type ? ` type="${type}"` : ''}${control.id ? ` id="${control.id}"` : ''}>`;
    const labels = labelsOf(control);
    const isClassLabel =
      tag === 'input' &&
      type === 'text' &&
      control.id === CLASS_LABEL.id &&
      step === CLASS_LABEL.step;
    if (isClassLabel) {
      const input = control as HTMLInputElement;
      if (input.autocomplete !== 'off')
        problems.push(`${describe} lets the browser offer saved data`);
      if (!(input.maxLength > 0 && input.maxLength <= 40))
        problems.push(`${describe} has no short maxlength`);
      for (const label of labels)
        if (NAMES_PERSONAL_DATA.test(label)) problems.push(`${describe} is labelled «${label}»`);
    } else if (!(tag === 'input' && CHOICE_TYPES.has(type))) {
      problems.push(
        `${describe}: a field that takes typed data (labels: ${labels.join(' | ') || 'none'})`,
      );
    }
    for (const label of labels) {
      const why = asksForPersonalData(label, { instruction: type === 'checkbox' });
      if (why) problems.push(`${describe} asks «${label}»: ${why}`);
    }
  }
  // Headings and legends of forms: the question itself.
  for (const heading of root.querySelectorAll(
    'form h1, form h2, form h3, form legend, form label, fieldset legend',
  )) {
    const why = asksForPersonalData(text(heading));
    if (why) problems.push(`a form heading asks «${text(heading)}»: ${why}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------

describe('NO PERSONAL DATA: every screen of every branch', () => {
  it('the generated set covers every question, the summary, every outcome, start and legal', () => {
    const steps = new Set(screens.map((s) => s.step));
    for (const question of Object.keys(questions)) expect(steps, question).toContain(question);
    for (const outcome of Object.keys(outcomes)) expect(steps, outcome).toContain(outcome);
    // Every screen in each language, the same number of each.
    for (const lang of languages)
      expect(screens.filter((s) => s.lang === lang).length, lang).toBe(screens.length / 2);
    // Both children of the parent, and all three student account states.
    expect(screens.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('childAccount (child 1)'),
        expect.stringContaining('teenAccount (child 2)'),
        expect.stringContaining('student 14+ (account: confirmed): checklist'),
        expect.stringContaining('student 14+ (account: none): confirmMethod'),
        expect.stringContaining('student 14+ (account: none): checklist'),
        expect.stringContaining('student 14+ (account: unconfirmed): studentDocs'),
        expect.stringContaining('student 14+ (account: unconfirmed): checklist'),
      ]),
    );
    expect(screens.length).toBeGreaterThan(60);
  });

  it.each(screens.map((s) => [s.name, s] as const))('%s', async (_name, s) => {
    const { container } = await renderApp(s.search, [], s.lang);
    await screen.findByRole('heading', { level: 1, name: s.heading }, { timeout: 10_000 });
    expect(document.documentElement.lang).toBe(s.lang);
    expect(personalDataProblems(container, s.step)).toEqual([]);
    if (s.step === CLASS_LABEL.step) {
      // The exception is really there (so the check above looked at it) and is a plain text box.
      const field = container.querySelector(`#${CLASS_LABEL.id}`);
      expect(field).toHaveAttribute('type', 'text');
    }
  });
});

describe('negative controls: the check finds what it must', () => {
  const fixture = (html: string) => {
    const root = document.createElement('div');
    root.innerHTML = html;
    return root;
  };

  it.each([
    ['a text input', '<input id="x">'],
    ['an e-mail input', '<input type="email">'],
    ['a phone input', '<input type="tel">'],
    ['a date input', '<input type="date">'],
    ['a number input', '<input type="number">'],
    ['a password input', '<input type="password">'],
    ['a search input', '<input type="search">'],
    ['a url input', '<input type="url">'],
    ['a hidden input', '<input type="hidden" name="x">'],
    ['a textarea', '<textarea></textarea>'],
    ['a select', '<select><option>1</option></select>'],
    ['a contenteditable', '<div contenteditable="true"></div>'],
    ['an empty contenteditable', '<div contenteditable></div>'],
    ['an iframe', '<iframe></iframe>'],
    [
      'the class label field on another step',
      '<input type="text" id="q-classLabel" autocomplete="off" maxlength="40">',
    ],
  ])('%s', (_what, html) => {
    expect(personalDataProblems(fixture(html), 'role')).not.toEqual([]);
  });

  it.each([
    [
      'a radio asking for a birth date',
      '<form><fieldset><legend><h1>Укажите дату рождения ребёнка</h1></legend><input type="radio" id="a"><label for="a">Да</label></fieldset></form>',
    ],
    ['a tick box asking for a SNILS number', '<input type="checkbox" aria-label="Номер СНИЛС">'],
    [
      'the class label asking for a name',
      '<h1><label for="q-classLabel">Ваше имя</label></h1><input type="text" id="q-classLabel" autocomplete="off" maxlength="40">',
    ],
    [
      'the class label without autocomplete=off',
      '<input type="text" id="q-classLabel" maxlength="40">',
    ],
    [
      'an English e-mail question',
      '<form><h1>What is your e-mail?</h1><input type="radio"></form>',
    ],
  ])('%s', (_what, html) => {
    expect(personalDataProblems(fixture(html), 'classLabel')).not.toEqual([]);
  });

  it.each([
    'Кто вы? Укажите имя ребёнка и его СНИЛС',
    'Имя ребёнка',
    'Ребёнка имя',
    'СНИЛС ребёнка',
    'Как зовут ребёнка?',
    'Ребёнка как зовут?',
    'Укажите телефон',
    'Телефон укажите, пожалуйста',
    'Когда родился ребёнок?',
    'Дата рождения',
    'Ваш e-mail',
    'Номер СНИЛС',
    'Серия и номер паспорта',
    'Введите адрес электронной почты',
    'Фамилия',
    'Your name',
    'Name',
    'What is your date of birth?',
    'When were you born?',
    'Enter your phone',
    'Your phone number',
    'Child’s full name',
    'Which e-mail do you use?',
    'Type your SNILS',
  ])('the vocabulary catches «%s», in any word order', (label) => {
    expect(asksForPersonalData(label)).toBeDefined();
  });

  it.each([
    'В твоём профиле на Госуслугах уже есть паспорт и СНИЛС?',
    'Are your passport and SNILS already in your Gosuslugi profile?',
    'В МФЦ с паспортом',
    'At an MFC with your passport',
    'Сколько лет ребёнку?',
    'How old is your child?',
    'Попробуйте войти на gosuslugi.ru по телефону, почте или СНИЛС.',
    'Почти сразу, но не все банки подтверждают учётные записи подростков',
    'The school invites families to try the app — grades on your phone — and to say what could be better.',
  ])('the vocabulary lets a question or instruction name the documents: «%s»', (label) => {
    expect(asksForPersonalData(label)).toBeUndefined();
  });

  it('a tick box’s label is an instruction for another site, unless it is nothing but data', () => {
    expect(asksForPersonalData('Впиши паспорт и СНИЛС в профиль', { instruction: true })).toBe(
      undefined,
    );
    expect(asksForPersonalData('Впиши паспорт и СНИЛС в профиль')).toBeDefined();
    expect(asksForPersonalData('Номер СНИЛС', { instruction: true })).toBeDefined();
  });

  it('accepts the real class label field, radios and tick boxes', () => {
    const html =
      '<form><h1><label for="q-classLabel">Для какого класса ссылка?</label></h1>' +
      '<p id="h">Например, 7Б.</p><input type="text" id="q-classLabel" autocomplete="off" maxlength="40" aria-describedby="h"></form>' +
      '<fieldset><legend>В твоём профиле уже есть паспорт и СНИЛС?</legend><input type="radio" id="r"><label for="r">В МФЦ с паспортом</label></fieldset>' +
      '<input type="checkbox" id="c"><label for="c">Сделано</label>';
    expect(personalDataProblems(fixture(html), 'classLabel')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Mutations: the role question's title changed in one language's words, in memory, and rendered
// by the real app. The check must fail in that language.
// ---------------------------------------------------------------------------------------------

describe('mutation: the first question asks for personal data', () => {
  const role = screens.find((s) => s.place === 'role' && s.lang === 'ru');

  /** The role question in `lang`, its title replaced in a copy of that language's words. */
  async function problemsWithRoleTitle(lang: Language, title: string) {
    if (!role) throw new Error('no role question among the screens');
    setWordSource(async (l, ns) => {
      const words = await moduleWords(l, ns);
      if (l !== lang || ns !== 'questions') return words;
      const copy = structuredClone(words) as typeof questions;
      copy.role.title = title;
      return copy;
    });
    try {
      const { container } = await renderApp(role.search, [], lang);
      await screen.findByRole('heading', { level: 1, name: title }, { timeout: 10_000 });
      return personalDataProblems(container, 'role');
    } finally {
      setWordSource(moduleWords);
    }
  }

  it('the unchanged titles pass through the same road (so a failure below is the mutation’s)', async () => {
    expect(await problemsWithRoleTitle('ru', questions.role.title)).toEqual([]);
    expect(await problemsWithRoleTitle('en', enQuestions.role.title)).toEqual([]);
  });

  it('Russian: «Кто вы? Укажите имя ребёнка и его СНИЛС» is caught', async () => {
    const problems = await problemsWithRoleTitle('ru', 'Кто вы? Укажите имя ребёнка и его СНИЛС');
    expect(problems.join('\n')).toMatch(/asks «Кто вы\? Укажите имя ребёнка и его СНИЛС»/);
  });

  it('English: "What is your date of birth?" is caught', async () => {
    const problems = await problemsWithRoleTitle('en', 'What is your date of birth?');
    expect(problems.join('\n')).toMatch(/asks «What is your date of birth\?»/);
  });
});

// ---------------------------------------------------------------------------------------------
// What stays on the device after a whole journey.
// ---------------------------------------------------------------------------------------------

function clearDevice() {
  localStorage.clear();
  sessionStorage.clear();
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}

/** localStorage, sessionStorage and cookies, as the checks read them. */
function deviceState() {
  const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
  const raw = localStorage.getItem(STORAGE_KEY);
  return {
    keys,
    stored: raw === null ? null : (JSON.parse(raw) as Record<string, unknown>),
    sessionStorage: sessionStorage.length,
    cookies: document.cookie,
  };
}

function expectOnlyAppStore() {
  const state = deviceState();
  expect(state.keys).toEqual([STORAGE_KEY]);
  expect(state.sessionStorage).toBe(0);
  expect(state.cookies).toBe('');
  expect(
    Object.keys(state.stored ?? {}).every((k) => ['v', 'lang', 'ticks', 'last'].includes(k)),
  ).toBe(true);
  return state.stored ?? {};
}

describe('NO PERSONAL DATA on the device after a whole journey', () => {
  beforeEach(clearDevice);

  it('a parent answers every question by clicking, ticks a step and switches language', async () => {
    const { user } = await renderApp('');
    await user.click(await screen.findByRole('button', { name: new RegExp(common.start.button) }));
    // Answer each question with its first option until the summary.
    for (let guard = 0; guard < 30; guard += 1) {
      const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
      if (heading.textContent === common.summary.title) break;
      const [first] = screen.getAllByRole('radio');
      expect(first, `a choice on «${heading.textContent}»`).toBeDefined();
      await user.click(first as HTMLElement);
      await user.click(screen.getByRole('button', { name: common.nav.continue }));
      await waitFor(() =>
        expect(
          screen.queryByRole('heading', { level: 1, name: heading.textContent ?? '' }),
        ).toBeNull(),
      );
    }
    await user.click(screen.getByRole('button', { name: common.summary.confirm }));
    await screen.findByRole('heading', { level: 1, name: common.checklist.title });

    const [tick] = screen.getAllByRole('checkbox');
    await user.click(tick as HTMLElement);
    let stored = expectOnlyAppStore();
    expect(stored).toMatchObject({ v: 1 });
    const families = Object.keys(stored.ticks as Record<string, string[]>);
    expect(families).toHaveLength(1);
    // The family is stored as its link's answer codes: nothing typed, nothing but known parameters.
    const decoded = decodeLink(families[0] ?? '');
    expect(decoded.errors).toEqual([]);
    expect(encodeLink({ answers: decoded.answers })).toBe(families[0]);
    // The last checklist (for «Продолжить мой список») is the same link, with the checklist step.
    const last = decodeLink(String(stored.last));
    expect(last.errors).toEqual([]);
    expect(String(stored.last)).toBe(
      encodeLink({ answers: decoded.answers, step: { step: 'checklist' } }),
    );

    await user.click(
      within(screen.getByRole('navigation', { name: common.lang.label })).getByRole('link', {
        name: common.lang.en,
      }),
    );
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    await waitFor(() => expect(deviceState().stored?.lang).toBe('en'));
    stored = expectOnlyAppStore();
    expect(Object.keys(stored).sort()).toEqual(['lang', 'last', 'ticks', 'v']);
  });

  it('a teacher types a class label: it is in the link, and never stored beyond the ticks key', async () => {
    const { user } = await renderApp(
      `?${encodeLink({ answers: { role: 'teacher', audience: 'everyone' }, step: { step: 'classLabel' } })}`,
    );
    const field = await screen.findByRole(
      'textbox',
      { name: questions.classLabel.title },
      { timeout: 10_000 },
    );
    await user.type(field, '7Б');
    await user.click(screen.getByRole('button', { name: common.nav.continue }));
    await screen.findByRole(
      'heading',
      { level: 1, name: teacher.result.title },
      { timeout: 10_000 },
    );
    // Nothing is written until a step is ticked; then only the app's key.
    expect(deviceState().keys).toEqual([]);
    const [tick] = screen.getAllByRole('checkbox');
    await user.click(tick as HTMLElement);
    const stored = expectOnlyAppStore();
    expect(Object.keys(stored).sort()).toEqual(['ticks', 'v']);
    expect(deviceState().sessionStorage).toBe(0);
  });
});
