// @vitest-environment jsdom
//
// Anything that throws while rendering ends on the friendly error page (src/app/error-boundary.tsx
// + src/screens/error-screen.tsx), never a blank screen: its title, a «start again» link to the
// clean address (no answers, no step), and «copy the error details», which copies the error message.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import common from '@locales/ru/common.json';
import { ErrorBoundary } from '@/app/error-boundary';
import { createI18n } from '@/app/i18n';
import { ErrorScreen } from '@/screens/error-screen';
import { school } from '@/school';

const MESSAGE = 'the checklist rules broke (test 4711)';

function Thrower({ error }: { error: unknown }): never {
  throw error;
}

async function renderBroken(error: unknown, path = '/wizard/?r=p&n=1&for=7%D0%91&s=checklist') {
  window.history.replaceState(null, '', path);
  const i18n = await createI18n('ru', school);
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary fallback={(details) => <ErrorScreen details={details} />}>
        <p>the page before it broke</p>
        <Thrower error={error} />
      </ErrorBoundary>
    </I18nextProvider>,
  );
  return { user };
}

describe('the error boundary', () => {
  // React reports every error a boundary catches on console.error: expected here, kept quiet.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the friendly page instead of the broken one', async () => {
    await renderBroken(new Error(MESSAGE));
    expect(
      await screen.findByRole('heading', { level: 1, name: common.errorPage.title }),
    ).toBeInTheDocument();
    expect(screen.getByText(common.errorPage.body)).toBeInTheDocument();
    expect(screen.queryByText('the page before it broke')).not.toBeInTheDocument();
  });

  it('«start again» goes to the clean address: same path, no answers, no step', async () => {
    await renderBroken(new Error(MESSAGE));
    const link = await screen.findByRole('link', { name: common.errorPage.startAgain });
    expect(link).toHaveAttribute('href', '/wizard/');
  });

  it('«copy the error details» copies the error message and where it happened', async () => {
    const { user } = await renderBroken(new TypeError(MESSAGE));
    await user.click(await screen.findByRole('button', { name: common.errorPage.copyDetails }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain(`TypeError: ${MESSAGE}`);
    expect(copied).toContain('s=checklist');
    await waitFor(() =>
      expect(
        screen.getAllByRole('status').some((s) => s.textContent === common.errorPage.copied),
      ).toBe(true),
    );
  });

  it('copes with a thrown value that is not an Error', async () => {
    const { user } = await renderBroken(`plain string: ${MESSAGE}`);
    await user.click(await screen.findByRole('button', { name: common.errorPage.copyDetails }));
    expect(await navigator.clipboard.readText()).toContain(`plain string: ${MESSAGE}`);
  });

  it('keeps the details short (a huge message is cut, the page still renders)', async () => {
    const { user } = await renderBroken(new Error('x'.repeat(100_000)));
    await user.click(await screen.findByRole('button', { name: common.errorPage.copyDetails }));
    expect((await navigator.clipboard.readText()).length).toBeLessThan(3_000);
  });
});
