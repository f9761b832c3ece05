// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useRowsAfterPaint } from './use-rows-after-paint';

function Rows({ total }: { total: number }) {
  const shown = useRowsAfterPaint(total, 3);
  return (
    <ul>
      {Array.from({ length: shown }, (_, index) => (
        <li key={index}>{index}</li>
      ))}
    </ul>
  );
}

describe('useRowsAfterPaint', () => {
  afterEach(cleanup);

  it('renders the first rows at once and the rest after the paint', async () => {
    render(<Rows total={10} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(10));
  });

  it('renders a short list whole, and keeps growing lists whole', async () => {
    const { rerender } = render(<Rows total={2} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    rerender(<Rows total={12} />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(12));
  });
});
