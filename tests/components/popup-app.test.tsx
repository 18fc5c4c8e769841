import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupAppProps } from '../../components/PopupApp';
import { analyze } from '../../lib/analyze';

afterEach(cleanup);

function props(over: Partial<PopupAppProps> = {}): PopupAppProps {
  return {
    raw: '', busy: false, progress: null, error: null, report: null, pending: [], note: null, full: false, notice: null,
    exportMenu: null, share: null,
    onChange: vi.fn(), onAnalyse: vi.fn(), onFile: vi.fn(), onOpenFull: null, onClear: vi.fn(), onOpenOptions: vi.fn(),
    reply: { value: '', result: null, onInput: vi.fn() },
    domain: { value: '', busy: false, error: null, records: null, onInput: vi.fn(), onCheck: vi.fn() },
    ...over,
  };
}

describe('PopupApp', () => {
  it('disables Analyse until something is pasted', () => {
    render(<PopupApp {...props()} />);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Analyse' }).disabled).toBe(true);
  });

  it('passes typed text up and analyses on Ctrl+Enter and on submit', () => {
    const p = props({ raw: 'From: a@b.c' });
    render(<PopupApp {...p} />);
    const box = screen.getByLabelText('Message source or headers');
    fireEvent.input(box, { target: { value: 'Subject: x' } });
    expect(p.onChange).toHaveBeenCalledWith('Subject: x');
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    fireEvent.click(screen.getByRole('button', { name: 'Analyse' }));
    expect(p.onAnalyse).toHaveBeenCalledTimes(2);
  });

  it('shows progress and errors as live regions', () => {
    render(<PopupApp {...props({ busy: true, progress: 'Reading big.eml (7.2 MB)…', error: 'No answer from the background worker.' })} />);
    expect(screen.getByRole('status').textContent).toBe('Reading big.eml (7.2 MB)…');
    expect(screen.getByRole('alert').textContent).toBe('No answer from the background worker.');
    expect(screen.getByRole('button', { name: 'Analysing…' })).toBeTruthy();
  });

  it('offers the SMTP reply explainer on the start screen', () => {
    const p = props();
    render(<PopupApp {...p} />);
    fireEvent.input(screen.getByLabelText('SMTP reply or bounce line'), { target: { value: '550 5.1.1 user unknown' } });
    expect(p.reply.onInput).toHaveBeenCalledWith('550 5.1.1 user unknown');
  });

  it('checks a typed domain', () => {
    const p = props({ domain: { value: 'example.com', busy: false, error: null, records: null, onInput: vi.fn(), onCheck: vi.fn() } });
    render(<PopupApp {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(p.domain.onCheck).toHaveBeenCalledOnce();
  });

  it('links every "turn on live checks" of a report with live checks off to the options page', async () => {
    const report = await analyze('Subject: Hi\r\nFrom: a@example.com\r\n\r\n', { now: () => 0 });
    const p = props({ report });
    render(<PopupApp {...p} />);
    // The checklist's fixes are the sender's: shown once the report is read as the sender.
    expect(document.querySelectorAll('.deliverability .fix')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    expect(document.querySelectorAll('.deliverability .fix').length).toBeGreaterThan(0);
    const links = screen.getAllByRole('button', { name: /turn on live checks|turn live checks on/i });
    // The line under the verdicts and the checklist's fixes that ask for live checks.
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const l of links) fireEvent.click(l);
    expect(p.onOpenOptions).toHaveBeenCalledTimes(links.length);
  });

  it('shows the report with New and Full page actions', async () => {
    const report = await analyze('Subject: Hi\r\nFrom: a@example.com\r\n\r\n', { now: () => 0 });
    const p = props({ report, onOpenFull: vi.fn() });
    render(<PopupApp {...p} />);
    expect(screen.queryByLabelText('Message source or headers')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Full page/ }));
    fireEvent.click(screen.getByRole('button', { name: 'New' }));
    expect(p.onOpenFull).toHaveBeenCalledOnce();
    expect(p.onClear).toHaveBeenCalledOnce();
  });
});
