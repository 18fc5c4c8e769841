import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BouncePanel } from '../../components/BouncePanel';
import { ReplyExplainer } from '../../components/ReplyExplainer';
import { decodeBounce, explainReply, type BounceResult } from '../../lib/bounce';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

afterEach(cleanup);

const NDR = [
  'From: MAILER-DAEMON@mx.example.net (Mail Delivery System)',
  'Subject: Undelivered Mail Returned to Sender',
  '',
  'This is the mail system at host mx.example.net.',
  '',
  '<user@example.org>: host mx.example.org[192.0.2.2] said: 550 5.1.1 <user@example.org>:',
  '    User unknown (in reply to RCPT TO command)',
  '',
].join('\n');

describe('BouncePanel', () => {
  it('shows one card per recipient with the verdict, the fix and the raw diagnostic', async () => {
    const bounce = await decodeBounce(NDR);
    expect(bounce).not.toBeNull();
    render(<BouncePanel bounce={bounce as BounceResult} />);
    expect(screen.getByText(/Not delivered to user@example.org because the address does not exist/)).toBeTruthy();
    expect(screen.getByText(/Verify the recipient address/)).toBeTruthy();
    expect(document.querySelector('pre.diagnostic')?.textContent).toContain('User unknown');
    expect(document.querySelector('.said-by')?.textContent).toBe('Said by mx.example.org');
    expect(document.querySelectorAll('li.bounce-card')).toHaveLength(1);
  });

  it('renders hostile header-derived text as text only', () => {
    for (const payload of XSS_PAYLOADS) {
      const bounce: BounceResult = {
        kind: 'ndr', reportingMta: payload, arrivalDate: null, feedbackType: payload, originalRaw: null, omittedRecipients: 0,
        recipients: [{
          address: payload, action: 'failed', status: '5.1.1', replyCode: '550', diagnostic: `${payload}\u202Egnp.exe`, remoteMta: payload,
          command: null, reason: 'userunknown', hard: true, permanent: true, explanation: null,
        }],
      };
      const { container, unmount } = render(<BouncePanel bounce={bounce} />);
      expect(container.querySelector('script, img, svg, iframe, a, object, embed, form, style, link, base, meta, video, input, details[ontoggle]')).toBeNull();
      expect(container.textContent).toContain('⟨U+202E⟩');
      unmount();
    }
  });
});

describe('ReplyExplainer', () => {
  it('explains a pasted reply line', () => {
    const line = '550 5.1.1 <x@y.example>: Recipient address rejected';
    render(<ReplyExplainer value={line} result={explainReply(line)} onInput={vi.fn()} />);
    expect(screen.getByText(/Permanent failure/)).toBeTruthy();
    expect(screen.getByText(/Verify the recipient address/)).toBeTruthy();
  });

  it('says when a failure is temporary', () => {
    const line = '452 4.2.2 The email account that you tried to reach is over quota';
    render(<ReplyExplainer value={line} result={explainReply(line)} onInput={vi.fn()} />);
    expect(document.querySelector('.outcome')?.textContent).toBe("Temporary failure: the recipient's mailbox is full.");
  });

  it('reports input changes and says when nothing is found', () => {
    const onInput = vi.fn();
    render(<ReplyExplainer value="hello" result={null} onInput={onInput} />);
    expect(screen.getByText(/No SMTP reply code/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('SMTP reply or bounce line'), { target: { value: '421' } });
    expect(onInput).toHaveBeenCalledWith('421');
  });

  it('keeps hostile input as text', () => {
    const line = '550 5.7.1 <img src=x onerror=alert(1)>';
    const { container } = render(<ReplyExplainer value={line} result={explainReply(line)} onInput={vi.fn()} />);
    expect(container.querySelector('img')).toBeNull();
  });
});
