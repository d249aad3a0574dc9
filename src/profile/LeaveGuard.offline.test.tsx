// The leave question when the dialog's code cannot be fetched (the connection dropped since the page loaded): the
// browser's own confirmation asks it, and its answer is followed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GuardedApp, guardedRouter } from './leave-guard-harness';

vi.mock('./LeaveDialog', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

afterEach(() => vi.restoreAllMocks());
const location = () => screen.getByRole('status', { name: 'location', hidden: true });

describe('LeaveGuard without its dialog', () => {
  it('asks with the browser’s confirmation: cancel stays, OK leaves', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const user = userEvent.setup();
    render(<GuardedApp router={guardedRouter(true)} />);
    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));
    await waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    expect(confirm.mock.calls[0]?.[0]).toMatch(/^Leave without saving\?\n\nYour changes are not saved/);
    expect(location()).toHaveTextContent('/');
    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));
    await waitFor(() => expect(location()).toHaveTextContent('/elsewhere'));
    expect(confirm).toHaveBeenCalledTimes(2);
  });
});
