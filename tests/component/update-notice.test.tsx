// @vitest-environment jsdom
//
// A new version (the service worker has installed a newer build and waits): the page says so and
// offers «Обновить»; nothing switches until the family presses it (registerType 'prompt').
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import common from '@locales/ru/common.json';
import { offerUpdate } from '@/app/update-offer';
import { renderApp } from './render-app';

describe('the new-version notice', () => {
  it('appears only when an update waits, and applies it on «Обновить»', async () => {
    const { user } = await renderApp();
    await screen.findByRole('heading', { level: 1, name: common.start.title });
    expect(screen.queryByText(common.notice.newVersion)).toBeNull();

    const apply = vi.fn();
    act(() => offerUpdate(apply));
    expect(await screen.findByText(common.notice.newVersion)).toBeInTheDocument();
    expect(apply).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: common.notice.update }));
    expect(apply).toHaveBeenCalledTimes(1);
  });
});
