// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ru from '@locales/ru/questions.json';
import common from '@locales/ru/common.json';
import { renderApp } from './render-app';

describe('a question page (the generic answer form)', () => {
  it('shows the question as the page heading with its options', async () => {
    await renderApp('?s=r');
    const heading = await screen.findByRole('heading', { level: 1, name: ru.role.title });
    expect(heading.closest('legend')).not.toBeNull();
    expect(screen.getByRole('radio', { name: ru.role.options.parent })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: ru.role.options.teacher })).toBeInTheDocument();
  });

  it('on Continue without an answer shows a focused error summary linking to the field, and "Ошибка: " in the title', async () => {
    const { user } = await renderApp('?s=r');
    await user.click(await screen.findByRole('button', { name: common.nav.continue }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(common.errors.summaryTitle);
    await waitFor(() => expect(summary).toHaveFocus());
    const link = screen.getByRole('link', { name: ru.role.error });
    expect(link.getAttribute('href')).toBe('#q-role');
    expect(document.getElementById('q-role')).not.toBeNull();
    expect(screen.getAllByText(ru.role.error).length).toBe(2); // summary and inline
    await waitFor(() => expect(document.title.startsWith('Ошибка: ')).toBe(true));
  });

  it('answering moves to the next question and focuses its heading', async () => {
    const { user } = await renderApp('?s=r');
    await user.click(await screen.findByRole('radio', { name: ru.role.options.parent }));
    await user.click(screen.getByRole('button', { name: common.nav.continue }));
    const next = await screen.findByRole('heading', { level: 1, name: ru.parentAccount.title });
    await waitFor(() => expect(next).toHaveFocus());
    expect(document.title).toContain(ru.parentAccount.title);
  });

  it('the back link returns to the previous question with its answer selected', async () => {
    const { user } = await renderApp('?r=p&s=pa');
    await screen.findByRole('heading', { level: 1, name: ru.parentAccount.title });
    await user.click(screen.getByRole('link', { name: common.nav.back }));
    await screen.findByRole('heading', { level: 1, name: ru.role.title });
    expect(screen.getByRole('radio', { name: ru.role.options.parent })).toBeChecked();
  });
});
