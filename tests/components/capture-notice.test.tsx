import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaptureNotice, type CaptureNoticeProps } from '../../components/CaptureNotice';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

afterEach(cleanup);

function props(more: Partial<CaptureNoticeProps>): CaptureNoticeProps {
  return {
    note: null, source: null, sourceHint: null, choices: [], selectedId: null, onPick: vi.fn(), grantFor: null, onGrant: vi.fn(),
    busy: false, ...more,
  };
}

describe('CaptureNotice', () => {
  it('offers a choice only when several messages are expanded, labelled by sender and date', () => {
    const onPick = vi.fn();
    render(<CaptureNotice {...props({ onPick, selectedId: 'a', choices: [
      { id: 'a', from: 'Ann <ann@example.org>', date: 'Mon 10:00', expanded: true },
      { id: 'b', from: '', date: '', expanded: true },
      { id: 'c', from: 'Collapsed', date: '', expanded: false },
    ] })} />);
    const select = screen.getByTestId<HTMLSelectElement>('capture-pick');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Ann <ann@example.org> — Mon 10:00', 'Message 2']);
    fireEvent.change(select, { target: { value: 'b' } });
    expect(onPick).toHaveBeenCalledWith('b');
  });

  it('shows no picker for one expanded message, and the grant button when access is missing', () => {
    const onGrant = vi.fn();
    render(<CaptureNotice {...props({ grantFor: 'mail.google.com', onGrant, choices: [{ id: 'a', from: 'x', date: '', expanded: true }] })} />);
    expect(screen.queryByTestId('capture-pick')).toBeNull();
    fireEvent.click(screen.getByTestId('grant-access'));
    expect(onGrant).toHaveBeenCalledOnce();
  });

  it('shows where the source came from and, after a fallback, what it means and the manual way', () => {
    render(<CaptureNotice {...props({ source: 'Gmail, "Show original" page (text as shown)', sourceHint: 'The byte-exact download failed. ⋮ → "Download message".' })} />);
    expect(screen.getByTestId('capture-source').textContent).toBe('Source: Gmail, "Show original" page (text as shown)');
    expect(screen.getByTestId('capture-hint').textContent).toBe('The byte-exact download failed. ⋮ → "Download message".');
  });

  it('shows no hint without a source, and has no Outlook opt-in any more', () => {
    render(<CaptureNotice {...props({ sourceHint: 'orphan hint' })} />);
    expect(screen.queryByTestId('capture-hint')).toBeNull();
    expect(document.querySelector('input[type=checkbox]')).toBeNull();
  });

  it('renders scraped sender text as text only', () => {
    for (const payload of XSS_PAYLOADS) {
      render(<CaptureNotice {...props({ choices: [{ id: 'a', from: payload, date: payload, expanded: true }, { id: 'b', from: payload, date: '', expanded: true }] })} />);
      expect(document.querySelector('img, script, iframe, svg')).toBeNull();
      cleanup();
    }
  });
});
