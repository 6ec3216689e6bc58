// @vitest-environment jsdom
//
// COVERAGE OF THE SEED: every fact of the school's own page (shared/seed/000_893eaee0d9427605.txt)
// reaches the families it applies to — and stays away from those it does not.
//
// Each row names a fact, a family (a link with the codec's short parameters, see
// machines/link-codec.ts and machines/questions.ts) whose page MUST show it, optionally families
// whose page must NOT show it, and a matcher that recognises the fact in the Russian text. The real
// app is rendered at each link with renderApp; checklist steps are <details>, whose text is in the
// DOM even when closed, so the whole page's textContent is checked. School facts (INN, room, floor,
// Dnevnik.ru host) come from the school configuration, never typed here.
import { cleanup, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readLocation } from '@/app/location';
import { school } from '@/school';
import ruCommon from '@locales/ru/common.json';
import ruChecklist from '@locales/ru/checklist.json';
import ruLegal from '@locales/ru/legal.json';
import { renderApp } from './render-app';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const inn = esc(school.inn);
const room = esc(school.office.room);
const floor = esc(school.office.floor);
const dnevnikHost = esc(new URL(school.dnevnikUrl).host);
/** "кабинет 54, 1 этаж" as the copy writes it, from the configuration. */
const office = `[Кк]абинет ${room}, ${floor} этаж`;

// ---------------------------------------------------------------------------------------------
// Families (links a family would open). Codes: r role (p parent, s student), pa parent account
// (c confirmed, u unconfirmed, n none, k unknown), n children, per child a age (y under 14, o 14+),
// k child account (n none, l linked, u unlinked, k unknown), t teen account, d Dnevnik.ru (y yes,
// n not yet, e error), f Sferum, m Moya Shkola (y done, w waiting, n no), ap app; student: sa age,
// ss account, sd documents, sc confirmation method (b bank, m MFC, p post, e e-signature),
// sn Dnevnik.ru, sf Sferum, sm Moya Shkola, sp the app; s the step to open.

/** Parent without a Gosuslugi account, one child under 14 with nothing done, wants the app. */
const parentUnder14New = '?r=p&pa=n&n=1&a1=y&k1=n&d1=n&f1=n&m1=n&ap=y&s=checklist';
/** The same family, but not trying the app. */
const parentUnder14NoApp = '?r=p&pa=n&n=1&a1=y&k1=n&d1=n&f1=n&m1=n&ap=n&s=checklist';
/** Confirmed parent; the child (under 14) registered alone (not linked); Dnevnik.ru shows an error. */
const parentUnder14Unlinked = '?r=p&pa=c&n=1&a1=y&k1=u&d1=e&f1=n&m1=n&ap=n&s=checklist';
/** Confirmed parent; the child's account is already linked; Dnevnik.ru not tried yet. */
const parentUnder14Linked = '?r=p&pa=c&n=1&a1=y&k1=l&d1=n&f1=n&m1=n&ap=n&s=checklist';
/** Confirmed parent of one child of 14+ without an account. */
const parentTeen = '?r=p&pa=c&n=1&a1=o&t1=n&d1=n&f1=n&m1=n&ap=n&s=checklist';
/** A student of 15 without an account, confirming at an MFC. */
const student15 = '?r=s&sa=o&ss=n&sc=m&sn=n&sf=n&sm=n&sp=n&s=checklist';
const student15Bank = '?r=s&sa=o&ss=n&sc=b&sn=n&sf=n&sm=n&sp=n&s=checklist';
const student15Post = '?r=s&sa=o&ss=n&sc=p&sn=n&sf=n&sm=n&sp=n&s=checklist';
const student15Signature = '?r=s&sa=o&ss=n&sc=e&sn=n&sf=n&sm=n&sp=n&s=checklist';
/** The same student, who wants to try the app «Госуслуги Моя школа». */
const student15App = '?r=s&sa=o&ss=n&sc=m&sn=n&sf=n&sm=n&sp=y&s=checklist';
/** A student of 15 with a confirmed account whose diary is not found. */
const student15DnevnikError = '?r=s&sa=o&ss=c&sn=e&sf=n&sm=n&sp=n&s=checklist';
/** Confirmed parent, linked child under 14: the diary opens only through the parent's own sign-in. */
const parentUnder14ParentOnly = '?r=p&pa=c&n=1&a1=y&k1=l&d1=p&f1=n&m1=n&ap=n&s=checklist';
/** The same family, where the child signs in with the child's own account. */
const parentUnder14ChildOwn = '?r=p&pa=c&n=1&a1=y&k1=l&d1=c&f1=n&m1=n&ap=n&s=checklist';
/** A parent of a 15-year-old whose diary opens only for the parent. */
const parentTeenParentOnly = '?r=p&pa=c&n=1&a1=o&t1=c&d1=p&f1=n&m1=n&ap=n&s=checklist';
/** A student under 14: the page that hands over to a parent. */
const studentUnder14 = '?r=s&sa=y&s=parent';
/** The legal page (why Gosuslugi, the acts the school cites). */
const legal = '?page=legal';

type Matcher = RegExp | ((text: string) => boolean);

/** The school's statement about the account at 14, as the hedged note quotes it. */
/** The four scenarios, one list item each (textContent joins the items). */
const FOUR_SCENARIOS = /Вход в приложение\s*Расписание уроков\s*Домашние задания\s*Оценки/;
const AT_14 = /учётная запись, привязанная к родителю, удаляется, и создаётся новая/;

interface SeedFact {
  /** The fact, as the school's page states it (in English). */
  readonly fact: string;
  /** A family whose page must show it. */
  readonly appearsFor: string;
  /** Families whose page must not show it (where that makes sense). */
  readonly absentFor?: readonly string[];
  /** Recognises the fact in the rendered Russian text. */
  readonly match: Matcher;
}

const seedCoverage: readonly SeedFact[] = [
  // --- The school
  {
    fact: `The school's INN (${school.inn}) is given to find it on Moya Shkola`,
    appearsFor: parentUnder14New,
    absentFor: [studentUnder14],
    match: new RegExp(`ИНН\\D{0,20}${inn}`),
  },
  {
    fact: `Data problems are fixed at the school: room ${school.office.room}, floor ${school.office.floor}`,
    // Every role that can meet a data problem sees the office, the under-14 student too
    // (their one step says where the parent goes if registration fails).
    appearsFor: parentUnder14Unlinked,
    match: new RegExp(office),
  },
  {
    fact: 'Mismatched Dnevnik.ru data: a parent gets a step to have it updated in room 54',
    appearsFor: parentUnder14Unlinked,
    // The office is named elsewhere too (fail texts, the mismatch trouble), so the step's own path:
    absentFor: [parentUnder14Linked, parentUnder14New],
    match: new RegExp(`${office}\\.Попросите сверить ФИО, СНИЛС и дату рождения ребёнка`),
  },
  {
    fact: 'Mismatched Dnevnik.ru data: a student of 14+ gets a step to have it updated in room 54',
    appearsFor: student15DnevnikError,
    absentFor: [student15],
    match: new RegExp(`${office}\\.Попроси сверить`),
  },
  {
    fact: 'No SNILS in the Dnevnik.ru account: contact the school (room 54)',
    appearsFor: parentUnder14New,
    match: new RegExp(`в Дневник\\.ру нет СНИЛС[\\s\\S]{0,80}${office}`),
  },

  // --- Why: the rules (legal page) and the 2024 switch
  {
    fact: 'Since 1 September 2024 Dnevnik.ru accepts only the Gosuslugi (ESIA) login (legal page)',
    appearsFor: legal,
    match: /С 1 сентября 2024 года[\s\S]{0,40}только[\s\S]{0,40}Госуслуг/,
  },
  {
    fact: 'Since 1 September 2024 Dnevnik.ru accepts only the Gosuslugi login (checklist)',
    appearsFor: parentUnder14New,
    match: /С 1 сентября 2024 года[\s\S]{0,40}только[\s\S]{0,40}Госуслуг/,
  },
  {
    fact: 'ESIA login to state information systems is required by federal law',
    appearsFor: legal,
    match: /ЕСИА\s*—\s*требование федерального законодательства/,
  },
  {
    fact: 'Decree No. 1241 of 13 July 2022: Dnevnik.ru, Sferum and Moya Shkola only through ESIA',
    appearsFor: legal,
    match: /13 июля 2022 г\. № 1241[\s\S]{0,120}Дневник\.ру, Сферум и «Мою школу»[\s\S]{0,80}ЕСИА/,
  },
  {
    fact: 'Decree No. 1241 as amended on 5 December 2022 and 22 September 2023',
    appearsFor: legal,
    match: /№ 1241 \(с изменениями от 5 декабря 2022 г\. и 22 сентября 2023 г\.\)/,
  },
  {
    fact: 'Minprosvescheniya order No. 771 of 26 August 2022',
    appearsFor: legal,
    match: /26 августа 2022 г\. № 771/,
  },
  {
    fact: 'Government order No. 3427-р of 2 December 2021',
    appearsFor: legal,
    match: /2 декабря 2021 г\. № 3427-р/,
  },
  {
    fact: 'Letters ТВ-1983/04 (10 Nov 2021) and ТВ-1968/04 (9 Nov 2021)',
    appearsFor: legal,
    match: (text) =>
      /10 ноября 2021 г\. № ТВ-1983\/04/.test(text) && /9 ноября 2021 г\. № ТВ-1968\/04/.test(text),
  },
  {
    fact: 'Joint order No. 634/925 of 8 September 2021 (registered No. 66360)',
    appearsFor: legal,
    match: /8 сентября 2021 г\. № 634\/925[\s\S]{0,60}№ 66360/,
  },
  {
    fact: 'Order No. 396 of 30 June 2021 created FGIS Moya Shkola',
    appearsFor: legal,
    match: /30 июня 2021 г\. № 396/,
  },

  // --- Gosuslugi: confirmation
  {
    fact: 'An account is confirmed online through a bank, at an MFC, by Russian Post or with an e-signature',
    appearsFor: parentUnder14New,
    match: /банк[\s\S]{0,120}МФЦ[\s\S]{0,120}Почты России[\s\S]{0,120}электронн[а-яё]* подпис/,
  },
  {
    fact: 'A student who chose the bank gets the bank confirmation step (and no other method step)',
    appearsFor: student15Bank,
    absentFor: [student15, student15Post, student15Signature],
    match: /Подтверди учётную запись через свой банк/,
  },
  {
    fact: 'A student who chose the MFC gets the MFC confirmation step',
    appearsFor: student15,
    absentFor: [student15Bank, student15Post, student15Signature],
    match: /Подтверди учётную запись в МФЦ/,
  },
  {
    fact: 'A student who chose Russian Post gets the post confirmation step',
    appearsFor: student15Post,
    absentFor: [student15, student15Bank, student15Signature],
    match: /Подтверди учётную запись кодом из письма Почты России/,
  },
  {
    fact: 'A student who chose the e-signature gets the e-signature confirmation step',
    appearsFor: student15Signature,
    absentFor: [student15, student15Bank, student15Post],
    match: /Подтверди учётную запись электронной подписью/,
  },

  // --- Gosuslugi: a child under 14 (the parent acts)
  {
    fact: 'The parent (legal representative) registers a child under 14',
    appearsFor: studentUnder14,
    absentFor: [student15],
    match: /До 14 лет[\s\S]{0,60}создаёт родитель или законный представитель/,
  },
  {
    fact: 'A child who already has an account: link it using only the e-mail in the child’s account',
    appearsFor: parentUnder14Unlinked,
    absentFor: [parentUnder14New, parentTeen],
    match:
      /почта, которая записана в учётной записи ребёнка[\s\S]{0,60}с любой другой будет ошибка/,
  },
  {
    fact: 'A child without an account: the parent creates it in the parent’s own account',
    appearsFor: parentUnder14New,
    absentFor: [parentUnder14Linked, parentTeen, student15],
    match: /учётную запись ребёнка в своём профиле/,
  },
  // The account at 14: the school's statement, hedged against the other sources, in one note that
  // reaches everyone it concerns (review, error 1) and never sits in a "how long" field.
  {
    fact: 'At 14 the parent-linked child account is removed and a new one is made (parent of an under-14)',
    appearsFor: parentUnder14New,
    absentFor: [studentUnder14],
    match: AT_14,
  },
  {
    fact: 'The age-14 statement reaches a parent of a 15-year-old',
    appearsFor: parentTeen,
    match: AT_14,
  },
  {
    fact: 'The age-14 statement reaches a student of 15',
    appearsFor: student15,
    match: AT_14,
  },
  {
    fact: 'The age-14 statement names the other source as what it is and says no rule was found',
    appearsFor: student15,
    match: (text) =>
      /администрации Каменского района[\s\S]{0,80}до 17 лет включительно/.test(text) &&
      /Официального правила мы не нашли/.test(text) &&
      !/официальной странице Госуслуг/.test(text),
  },
  {
    fact: 'The parent approves the transfer of the child’s personal data (notifications)',
    appearsFor: parentUnder14New,
    absentFor: [parentTeen, student15],
    match: /Разрешите передачу данных ребёнка[\s\S]{0,40}уведомлени/,
  },

  // --- Gosuslugi: 14 and older (the student acts)
  {
    fact: 'A student of 14+ registers alone and enters passport and SNILS in the profile',
    appearsFor: student15,
    absentFor: [parentUnder14New, parentTeen],
    match: (text) =>
      /Зарегистрируйся на Госуслугах/.test(text) && /Впиши паспорт и СНИЛС в профиль/.test(text),
  },
  {
    fact: 'A parent of a child of 14+ is told the child registers on their own (with passport and SNILS)',
    appearsFor: parentTeen,
    absentFor: [parentUnder14New],
    match: (text) =>
      /с 14 лет он делает это сам/.test(text) && /[Пп]аспорт и СНИЛС ребёнка/.test(text),
  },

  // --- Dnevnik.ru
  {
    fact: 'Dnevnik.ru: sign in through Gosuslugi on the region’s Dnevnik.ru',
    appearsFor: parentUnder14New,
    match: new RegExp(`${dnevnikHost} и выберите вход через Госуслуги`),
  },
  {
    fact: 'Full name, SNILS and date of birth must match in Dnevnik.ru and Gosuslugi',
    appearsFor: parentUnder14New,
    match: /ФИО, СНИЛС и дата рождения[\s\S]{0,60}должны совпадать/,
  },
  {
    fact: 'The same match rule reaches a student of 14+',
    appearsFor: student15,
    match: /ФИО, СНИЛС и дата рождения[\s\S]{0,60}должны совпадать/,
  },

  // --- Sferum
  {
    fact: 'From Dnevnik.ru go on to the class chats in Sferum',
    appearsFor: parentUnder14New,
    match: /войдите в Дневник\.ру и перейдите оттуда в Сферум, к чату класса/,
  },
  {
    fact: 'Sferum makes a separate study profile; switch profiles in one click',
    appearsFor: student15,
    match: /отдельный учебный профиль[\s\S]{0,160}в один клик/,
  },
  {
    fact: 'Sferum is described as part of VK Messenger (with a dated note about MAX)',
    appearsFor: parentUnder14New,
    match: (text) => /VK Мессенджер/.test(text) && /MAX/.test(text),
  },
  {
    fact: 'The school’s news channel is in Sferum',
    appearsFor: parentUnder14New,
    match: /новостной канал школы в Сферуме/,
  },
  {
    fact: 'Only authorised students, parents and school staff are in the school channel',
    appearsFor: parentUnder14New,
    match: /только авторизованные ученики, родители и сотрудники школы/,
  },
  {
    fact: 'Meetings and online lessons use only Sferum and Moya Shkola',
    appearsFor: parentUnder14New,
    match: /[Сс]обрания и онлайн-уроки проходят только в Сферуме и на «Моей школе»/,
  },
  {
    fact: 'Sferum and Dnevnik.ru are the two official places where teachers talk to families',
    appearsFor: parentUnder14New,
    match: /[Оо]фициальн[\s\S]{0,100}в Сферуме и в Дневник\.ру/,
  },

  // --- Moya Shkola
  {
    fact: 'Moya Shkola: e-books, courses, video lessons and exercises incl. OGE/EGE preparation',
    appearsFor: parentUnder14New,
    match: /видеоуроки[\s\S]{0,60}ОГЭ и ЕГЭ/,
  },
  {
    fact: 'Under 14: the parent signs in to Moya Shkola first and adds the children',
    appearsFor: parentUnder14New,
    absentFor: [parentTeen, student15],
    match: /Первым входит родитель[\s\S]{0,40}детей добавляют из родительского личного кабинета/,
  },
  {
    fact: `Find the school by INN ${school.inn} when adding the child`,
    appearsFor: parentUnder14New,
    match: new RegExp(`добавление ребёнка\\.Найдите школу по ИНН ${inn}`),
  },
  {
    fact: 'If the class is hard to find, choose the grade; the administrator corrects it',
    appearsFor: parentUnder14New,
    match: /класс не находится, выберите параллель[\s\S]{0,40}администратор школы/,
  },
  {
    fact: 'The school administrator confirms the parent and the children',
    appearsFor: parentUnder14New,
    match: /администратор школы подтверждает и родителя, и детей/,
  },
  {
    fact: 'Then the child signs in to Moya Shkola with the child’s own Gosuslugi login',
    appearsFor: parentUnder14New,
    absentFor: [parentTeen],
    match: /Ребёнок входит только со своими логином и паролем/,
  },
  {
    fact: 'A student of 14+ sets the school (by INN) and class in the profile settings',
    appearsFor: student15,
    absentFor: [parentUnder14New],
    match: new RegExp(`настройки профиля\\.Найди школу по ИНН ${inn}`),
  },
  {
    fact: 'A parent of a child of 14+ is told the child sets school and class in the profile settings',
    appearsFor: parentTeen,
    absentFor: [parentUnder14New],
    match: new RegExp(`настройки профиля\\.Находит школу по ИНН ${inn}`),
  },

  // --- The app «Госуслуги Моя школа»: the school invites parents and students alike.
  {
    fact: 'App requirements: confirmed account; children’s cards with checked SNILS and birth certificate',
    appearsFor: parentUnder14New,
    absentFor: [parentUnder14NoApp],
    match: (text) =>
      /Подтверждённая учётная запись на Госуслугах; в разделе «Семья и дети»/.test(text) &&
      /карточки детей с проверенными СНИЛС и свидетельством о рождении/.test(text),
  },
  {
    fact: 'App: a parent installs it first and consents to sharing the grades',
    appearsFor: parentUnder14New,
    absentFor: [parentUnder14NoApp],
    match:
      /Первым приложение устанавливает один из родителей[\s\S]{0,40}согласие на получение данных об успеваемости/,
  },
  {
    fact: 'App stores: RuStore, Google Play, App Store, AppGallery',
    appearsFor: parentUnder14New,
    absentFor: [parentUnder14NoApp],
    match: /RuStore, Google Play, App Store или AppGallery/,
  },
  {
    fact: 'App: test four scenarios — sign-in, timetable, homework, grades',
    appearsFor: parentUnder14New,
    absentFor: [parentUnder14NoApp],
    match: FOUR_SCENARIOS,
  },
  {
    fact: 'App: share the results through the school’s feedback form, with screenshots',
    appearsFor: parentUnder14New,
    absentFor: [parentUnder14NoApp],
    match: /[Фф]орму обратной связи школы[\s\S]{0,160}скриншот/,
  },
  {
    fact: 'App for a student: the parents’ part (cards, checked documents) must be done',
    appearsFor: student15App,
    absentFor: [student15, parentUnder14New],
    match:
      /[Уу] родителя на Госуслугах — твоя карточка[\s\S]{0,60}проверенными СНИЛС и свидетельством о рождении/,
  },
  {
    fact: 'App for a student: a parent installs it first and consents; then the student uses it',
    appearsFor: student15App,
    absentFor: [student15],
    match:
      /Сначала приложение устанавливает кто-то из родителей и даёт согласие на получение данных о твоей успеваемости/,
  },
  {
    fact: 'App for a student: the stores, the four scenarios and the feedback form',
    appearsFor: student15App,
    absentFor: [student15],
    match: (text) =>
      /RuStore, Google Play, App Store или AppGallery/.test(text) &&
      FOUR_SCENARIOS.test(text) &&
      /[Фф]орму обратной связи школы[\s\S]{0,160}скриншот/.test(text),
  },

  // --- Fixes from the content review (shared/design/content-review.md): present where they
  // apply, absent where they do not.
  {
    fact: 'Review 3: a confirmed account is required for Dnevnik.ru from 1 July 2024 (parent)',
    appearsFor: parentUnder14New,
    match: /с 1 июля 2024 года вход только с подтверждённой учётной записью/,
  },
  {
    fact: 'Review 3: a confirmed account is required for Dnevnik.ru from 1 July 2024 (student)',
    appearsFor: student15,
    match: /с 1 июля 2024 года вход только с подтверждённой учётной записью/,
  },
  {
    fact: 'Review 3: the same on the legal page',
    appearsFor: legal,
    match: /с 1 июля 2024 года вход только с подтверждённой учётной записью/,
  },
  {
    fact: 'Review 4: Sferum in MAX — the pilot date as a pilot, and the class teacher knows where the chat is',
    appearsFor: parentUnder14New,
    match: (text) =>
      /25 августа 2025 года как пилот в шести регионах/.test(text) &&
      /где сейчас чат класса/.test(text),
  },
  {
    fact: 'Review 4: a parent is told what to do where the chat is still in VK and where it moved to MAX',
    appearsFor: parentUnder14New,
    match: /Если чат в VK Мессенджере[\s\S]{0,200}Если чат уже в MAX/,
  },
  {
    fact: 'Review 4: a student is told what to do where the chat is still in VK and where it moved to MAX',
    appearsFor: student15,
    match: /Если чат в VK Мессенджере[\s\S]{0,200}Если чат уже в MAX/,
  },
  {
    fact: 'Review 5: the parents’ invitation may come from the child’s Sferum profile',
    appearsFor: parentUnder14New,
    absentFor: [student15],
    match: /приглашение для родителя отправляют и из профиля ребёнка/,
  },
  {
    fact: 'Review 6: «Ваш дневник не найден» is an example of a message, not the exact wording',
    appearsFor: parentUnder14New,
    match: (text) =>
      /например, «Ваш дневник не найден»/.test(text) &&
      !/(появилось|пишет|видишь) «Ваш дневник не найден»/.test(text),
  },
  {
    fact: 'Review 7: the legal page names 210-FZ and Decree No. 584 as the regional text’s basis',
    appearsFor: legal,
    match: /№ 210-ФЗ[\s\S]{0,80}10 июля 2013 г\. № 584/,
  },
  {
    fact: 'Review 8: a birth certificate from a Russian consulate is accepted online',
    appearsFor: parentUnder14New,
    absentFor: [parentTeen, student15],
    match: /выданное в России или российским консульством, принимают онлайн/,
  },
  {
    fact: 'Review 9: the document check may take up to 5 working days, or up to 30 days',
    appearsFor: parentUnder14New,
    match: /до 5 рабочих дней[\s\S]{0,60}до 30 календарных дней/,
  },
  {
    fact: 'Review 10: the child’s Dnevnik.ru sign-in stays to do when only the parent has seen the diary',
    appearsFor: parentUnder14ParentOnly,
    absentFor: [parentUnder14ChildOwn],
    match: /Сделано: Помогите ребёнку войти в Дневник\.ру/,
  },
  {
    fact: 'Review 10: the consent step stays to do when only the parent has seen the diary',
    appearsFor: parentUnder14ParentOnly,
    absentFor: [parentUnder14ChildOwn],
    match: /Сделано: Разрешите передачу данных ребёнка/,
  },
  {
    fact: 'Review 10: a 14+ child’s own sign-in stays to do when only the parent has seen the diary',
    appearsFor: parentTeenParentOnly,
    match: /Сделано: Попросите ребёнка войти в Дневник\.ру/,
  },
  {
    fact: 'Review 10: the child’s own sign-in ticks off the child’s step',
    appearsFor: parentUnder14ChildOwn,
    absentFor: [parentUnder14ParentOnly],
    match: /Помогите ребёнку войти в Дневник\.ру[^С]{0,120}Сделано по ответам/,
  },
  {
    fact: 'Review 11: the feedback step reads right without a feedback link (the school site has it)',
    appearsFor: parentUnder14New,
    absentFor: [parentUnder14NoApp],
    match: (text) => /адрес есть на сайте школы/.test(text) && !/ссылка ниже/.test(text),
  },
  {
    fact: 'Review 12: the consent is named in «Уведомления» and in «Согласия и доверенности»',
    appearsFor: parentUnder14New,
    absentFor: [parentTeen, student15],
    match: /«Уведомления»[\s\S]{0,300}«Согласия и доверенности»/,
  },
  {
    fact: 'Review 13: the free app «Госуслуги Моя школа» is named beside the paid Dnevnik.ru app',
    appearsFor: parentUnder14NoApp,
    match: /платную подписку[\s\S]{0,80}Бесплатное федеральное приложение — «Госуслуги Моя школа»/,
  },
  {
    fact: 'Missing: the child joins the class chat and the school channel themselves (parent of an under-14)',
    appearsFor: parentUnder14New,
    absentFor: [student15],
    match: /Попросите ребёнка вступить в чат класса и канал школы/,
  },
  {
    fact: 'Missing: the child joins the class chat and the school channel themselves (parent of a 14+)',
    appearsFor: parentTeen,
    match: /Попросите ребёнка вступить в чат класса и канал школы/,
  },
  {
    fact: 'Missing: Gosuslugi’s own help page on children’s accounts',
    appearsFor: parentUnder14New,
    absentFor: [student15],
    match: /Госуслуги: справка об учётной записи ребёнка/,
  },
  {
    fact: 'Missing: the map of centres that confirm accounts',
    appearsFor: student15,
    match: /Карта центров, где подтверждают учётную запись/,
  },
  {
    fact: 'Missing: the exact labels after «Создать» (e-mail link, SMS code, password)',
    appearsFor: parentUnder14New,
    absentFor: [parentUnder14Linked],
    match: /«Создать»[\s\S]{0,200}по ссылке из письма[\s\S]{0,200}пароль/,
  },
  {
    fact: 'Missing: adding a child’s card — «Добавить ещё ребёнка», then «Отправить»',
    appearsFor: parentUnder14New,
    absentFor: [parentTeen],
    match: /«Добавить ещё ребёнка»[\s\S]{0,120}«Отправить»/,
  },
];

// ---------------------------------------------------------------------------------------------

/** The page each link must open on: a link that failed to decode would pass an absence check. */
function expectedHeading(url: string): string {
  const params = new URLSearchParams(url);
  if (params.get('page') === 'legal') return ruLegal.title;
  if (params.get('s') === 'checklist') return ruCommon.checklist.title;
  if (params.get('s') === 'parent') return ruCommon.under14.title;
  throw new Error(`no expected page for ${url}`);
}

const rendered = new Map<string, string>();

/** The whole page's text at a link, rendered once per link. */
async function pageText(url: string): Promise<string> {
  const cached = rendered.get(url);
  if (cached !== undefined) return cached;
  expect(readLocation(url).errors, `${url} decodes cleanly`).toEqual([]);
  const { container } = await renderApp(url);
  const heading = await screen.findByRole('heading', { level: 1 });
  expect(heading.textContent, `${url} opens its page`).toBe(expectedHeading(url));
  // Non-breaking spaces («14 лет», «кабинет 54») read as spaces; the matchers use plain ones.
  const text = (container.textContent ?? '').replace(/\u00a0/g, ' ');
  cleanup();
  localStorage.clear();
  rendered.set(url, text);
  return text;
}

const matches = (m: Matcher, text: string) => (typeof m === 'function' ? m(text) : m.test(text));

/**
 * Texts that name no fact of the seed: nothing, a blank, ordinary sentences in both languages,
 * every digit and the punctuation the copy uses. A matcher that matches one of them matches
 * (nearly) everything — /.?/, /[\s\S]/, /\p{L}/u, /\d/, (text) => true, a negated test — and would
 * pass on any page.
 */
const unrelatedTexts = [
  '',
  ' \n\t',
  'Сегодня в парке тихо: дети кормят уток, а над рекой медленно плывут облака.',
  'The quick brown fox jumps over the lazy dog, then sleeps under an old oak tree.',
  '0123456789 .,:;!?-–—«»“”()[]→/ №',
];
const isCatchAll = (m: Matcher) => unrelatedTexts.some((text) => matches(m, text));

describe('COVERAGE OF THE SEED: each fact of the school’s page reaches its families', () => {
  it.each(seedCoverage.map((row) => [row.fact, row] as const))('%s', async (_fact, row) => {
    expect(matches(row.match, await pageText(row.appearsFor)), `shown at ${row.appearsFor}`).toBe(
      true,
    );
    for (const url of row.absentFor ?? []) {
      expect(matches(row.match, await pageText(url)), `not shown at ${url}`).toBe(false);
    }
  });

  it('the table is well-formed: distinct facts, and matchers that do not match everything', () => {
    expect(new Set(seedCoverage.map((r) => r.fact)).size).toBe(seedCoverage.length);
    const catchAll = seedCoverage.filter((row) => isCatchAll(row.match)).map((row) => row.fact);
    expect(catchAll).toEqual([]);
  });

  it('the guard itself rejects catch-all matchers, and accepts a real one', () => {
    const catchAlls: Matcher[] = [
      /(?:)/,
      /.*/,
      /.?/,
      /[\s\S]/,
      /\p{L}/u,
      /\d/,
      /\s*/,
      /а|the/i,
      () => true,
      (text) => !/ИНН/.test(text),
    ];
    for (const m of catchAlls) expect(isCatchAll(m), String(m)).toBe(true);
    expect(isCatchAll(new RegExp(`ИНН\\D{0,20}${school.inn}`))).toBe(false);
  });

  it('the school facts in the matchers come from the configuration', async () => {
    // Guards against a configuration whose values the copy does not interpolate.
    const text = await pageText(parentUnder14New);
    expect(text).toContain(school.inn);
    expect(text).toContain(`Кабинет ${school.office.room}, ${school.office.floor} этаж`);
    expect(text).toContain(school.shortName.ru);
    expect(text).toContain(new URL(school.dnevnikUrl).host);
  });
});

describe('COVERAGE OF THE REVIEW: what the review found wrong is said nowhere', () => {
  const pages = [
    parentUnder14New,
    parentUnder14Unlinked,
    parentUnder14ParentOnly,
    parentTeen,
    student15,
    student15App,
    legal,
  ];
  it.each([
    ['a parent-made account "also counts" for a 14+ student (review 1)', /тоже считается/],
    [
      'the municipal page called "the official Gosuslugi page" (review 2)',
      /официальной странице Госуслуг/,
    ],
    ['a confirmed account called merely "safer" (review 3)', /Надёжнее сразу подтвердить/],
    [
      'the Sferum move dated as a fact for everyone (review 4)',
      /с 25 августа 2025 года Сферум переходит/,
    ],
    ['a pointer to "the link below" (review 11)', /ссылка ниже|ссылке ниже/],
    ['the calque «пройти помощник»', /пройти (этот )?помощник|Пройдите короткий помощник/],
    ['«опробовать»', /(?<![а-яё])опробовать/],
  ])('%s', async (_what, pattern) => {
    for (const url of pages) expect(pattern.test(await pageText(url)), url).toBe(false);
  });

  it('no "how long it takes" field speaks of the account at 14 (review 1)', () => {
    const steps = ruChecklist.steps as Record<string, { time?: string }>;
    const bad = Object.entries(steps)
      .filter(([, step]) => /14\s*лет|14-лет/.test(step.time ?? ''))
      .map(([id]) => id);
    expect(bad).toEqual([]);
  });
});
