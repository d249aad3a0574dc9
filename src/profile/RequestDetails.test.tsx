import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RequestDetails } from './RequestDetails';

describe('RequestDetails', () => {
  it('offers the request id behind "Details for support"', async () => {
    render(<RequestDetails message="Uphold refused." requestId="9092ee4d-f0fb-42e9-8787-b668dbcec531" />);
    await userEvent.click(screen.getByText('Details for support'));
    expect(screen.getByText('9092ee4d-f0fb-42e9-8787-b668dbcec531')).toBeVisible();
  });

  it('shows nothing without an id, or when the message already has it', () => {
    const { container, rerender } = render(<RequestDetails message="x" requestId={undefined} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<RequestDetails message="Failed (Request id: abc)" requestId="abc" />);
    expect(container).toBeEmptyDOMElement();
  });
});
