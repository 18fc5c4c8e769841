import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FindingList } from '../../components/FindingList';
import { finding, mergeFindings } from '../../lib/findings';

afterEach(cleanup);

describe('FindingList: merged findings', () => {
  it('shows how many identical findings one stands for, and nothing for a single one', () => {
    const weak = finding(
      'arc.key.weak',
      'info',
      'Weak 1024-bit key used by ARC intermediary relay.example',
      'RFC 8301.',
    );
    const other = finding('arc.pass', 'ok', 'ARC chain intact', 'Checked.');
    const merged = mergeFindings([...Array.from({ length: 50 }, () => ({ ...weak })), other]);
    render(<FindingList findings={merged} />);
    const items = within(screen.getByRole('region', { name: 'Findings' })).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('summary')?.textContent)).toEqual([
      'ℹNote:  Weak 1024-bit key used by ARC intermediary relay.example (×50)',
      '✔OK:  ARC chain intact',
    ]);
  });
});
