// The sandbox panel shows only the open provider's scenarios, in plain words, each saying when it applies;
// switching one on is what the sandbox's handlers read.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { SandboxPanel } from './SandboxPanel';
import { getScenarios, setScenarios } from './scenarios';

const renderAt = (path: string, expanded = true) =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <SandboxPanel defaultExpanded={expanded} />
    </MemoryRouter>,
  );

afterEach(() => setScenarios({ latencyMs: 0, failures: {}, named: [] }));

describe('the sandbox panel', () => {
  it('lists only the current provider’s scenarios, in plain words, each with when it applies', async () => {
    renderAt('/wise/14575290');
    const group = await screen.findByRole('group', { name: 'Wise' });
    const boxes = await within(group).findAllByRole('checkbox');
    expect(boxes).toHaveLength(4);
    const names = boxes.map((box) => box.closest('label')?.textContent ?? '');
    for (const name of names) {
      expect(name).toMatch(/\((Applies now|Applies after a reload)\)$/);
      // No API jargon: no methods, no status codes, no error codes.
      expect(name).not.toMatch(/\b(PUT|GET|POST|HTTP|401|403|500|invalid_token)\b/);
    }
    expect(screen.queryByText(/Camunda|Navixy|Nexudus|Uphold/)).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Force Wise saves to fail' })).toBeInTheDocument();
  });

  it('switching a scenario on is what the sandbox reads', async () => {
    renderAt('/camunda/demo');
    const box = await screen.findByRole('checkbox', { name: /^Camunda refuses the sign-in/ });
    fireEvent.click(box);
    expect(getScenarios().named).toEqual(['camunda:unauthorized']);
  });

  it('on a page without a provider, says to open one; latency is still there', () => {
    renderAt('/');
    expect(screen.getByText('Open a provider to see its scenarios.')).toBeInTheDocument();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getByRole('spinbutton', { name: 'Latency (ms)' })).toBeInTheDocument();
  });

  it('is collapsed unless opened', () => {
    renderAt('/wise/14575290', false);
    expect(screen.getByRole('button', { name: 'Sandbox scenarios' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });
});
