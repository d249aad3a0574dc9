// The leave question: asked before an in-app navigation drops unsaved changes, in MUI's dialog (its code loads once
// there are unsaved changes), and not asked when there are none.
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GuardedApp, guardedRouter } from './leave-guard-harness';

const location = () => screen.getByRole('status', { name: 'location', hidden: true });

describe('LeaveGuard', () => {
  it('asks before leaving unsaved changes: staying keeps the page, leaving goes', async () => {
    const user = userEvent.setup();
    render(<GuardedApp router={guardedRouter(true)} />);
    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));
    await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(screen.getByRole('button', { name: 'Stay on this page' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(location()).toHaveTextContent('/');
    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));
    await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(screen.getByRole('button', { name: 'Leave' }));
    await waitFor(() => expect(location()).toHaveTextContent('/elsewhere'));
  });

  it('lets the user go without a question when nothing is unsaved', async () => {
    const user = userEvent.setup();
    render(<GuardedApp router={guardedRouter(false)} />);
    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(location()).toHaveTextContent('/elsewhere');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
