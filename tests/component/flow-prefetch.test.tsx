// @vitest-environment jsdom
//
// The start page asks for the flow ahead (src/app/lazy-pages.ts prefetchFlow): one request per
// task, so no long task blocks a tap on "Start"; and a page asked for meanwhile reuses the
// requests under way (src/app/i18n.ts loadBundle) instead of fetching each word file twice.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n, loadBundle, setWordSource, type WordSource } from '@/app/i18n';
import { loadFlow, prefetchFlow } from '@/app/lazy-pages';
import { moduleWords } from '@/app/module-words';
import { nextTask } from '@/app/next-task';
import { school } from '@/school';

/** A word source that records each request and answers only when told to. */
function heldWords() {
  const asked: string[] = [];
  const answers: (() => void)[] = [];
  const source: WordSource = (lang, ns) => {
    asked.push(`${lang}/${ns}`);
    return new Promise((resolve, reject) => {
      answers.push(() => void moduleWords(lang, ns).then(resolve, reject));
    });
  };
  return { asked, source, answerAll: () => answers.splice(0).forEach((answer) => answer()) };
}

afterEach(() => setWordSource(moduleWords));

describe('asking for the flow ahead', () => {
  it('asks for one word file per task, after the code, and ends with all of them loaded', async () => {
    const words = heldWords();
    setWordSource(words.source);
    const i18n = await createI18n('ru', school);
    const done = prefetchFlow(i18n);
    expect(words.asked).toEqual([]);
    await nextTask();
    expect(words.asked).toEqual(['ru/questions']);
    await nextTask();
    expect(words.asked).toEqual(['ru/questions', 'ru/checklist']);
    await nextTask();
    await nextTask();
    expect(words.asked).toEqual(['ru/questions', 'ru/checklist', 'ru/troubles', 'ru/teacher']);
    words.answerAll();
    await done;
    for (const ns of ['questions', 'checklist', 'troubles', 'teacher']) {
      expect(i18n.hasResourceBundle('ru', ns)).toBe(true);
    }
  });

  it('a tap on "Start" meanwhile waits for the same requests instead of making new ones', async () => {
    const words = heldWords();
    setWordSource(words.source);
    const i18n = await createI18n('ru', school);
    const ahead = prefetchFlow(i18n);
    await nextTask();
    await nextTask();
    const flow = loadFlow(i18n);
    await nextTask();
    await nextTask();
    words.answerAll();
    await Promise.all([ahead, flow]);
    expect(words.asked.toSorted()).toEqual([
      'ru/checklist',
      'ru/questions',
      'ru/teacher',
      'ru/troubles',
    ]);
  });

  it('fails as a whole when one part fails, without an unhandled rejection meanwhile', async () => {
    // The first word file fails at once, while the others are still to be asked for: Vitest
    // fails the run on any rejection left unhandled until then.
    const words = heldWords();
    setWordSource((lang, ns) =>
      ns === 'questions' ? Promise.reject(new Error('offline')) : words.source(lang, ns),
    );
    const i18n = await createI18n('ru', school);
    const failed = expect(prefetchFlow(i18n)).rejects.toThrow('offline');
    await nextTask();
    await nextTask();
    await nextTask();
    words.answerAll();
    await nextTask();
    await nextTask();
    words.answerAll();
    await failed;
  });
});

describe('loading one word file', () => {
  it('tries again after a failed request, and does not ask again once loaded', async () => {
    const i18n = await createI18n('ru', school);
    const source = vi
      .fn<WordSource>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockImplementation(moduleWords);
    setWordSource(source);
    await expect(loadBundle(i18n, 'ru', 'legal')).rejects.toThrow('offline');
    await loadBundle(i18n, 'ru', 'legal');
    await loadBundle(i18n, 'ru', 'legal');
    expect(source).toHaveBeenCalledTimes(2);
    expect(i18n.hasResourceBundle('ru', 'legal')).toBe(true);
  });
});
