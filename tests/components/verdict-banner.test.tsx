import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { VerdictBanner } from '../../components/VerdictBanner';
import type { Verdict } from '../../lib/report';

const phish: Verdict = {
  kind: 'deceptive',
  headline: 'Pretends to be paypal.com',
  reasons: [{ text: 'DMARC failed for paypal.com', findingId: 'authres.dmarc.fail' }],
  perspective: 'recipient',
};

afterEach(cleanup);

describe('VerdictBanner', () => {
  it('states the kind, the headline and the reasons, with the recipient advice (never a sender fix)', () => {
    const { getByTestId } = render(<VerdictBanner verdict={phish} perspective="recipient" onPerspective={null} />);
    const el = getByTestId('verdict');
    expect(el.getAttribute('data-kind')).toBe('deceptive');
    expect(el.textContent).toContain('Deceptive');
    expect(el.textContent).toContain('Pretends to be paypal.com');
    expect(el.querySelector('[data-finding-id="authres.dmarc.fail"]')?.textContent).toBe('DMARC failed for paypal.com');
    expect(el.textContent).toContain('report it as phishing');
    expect(el.textContent).not.toMatch(/publish DMARC/);
  });

  it('renders hostile text as text, invisible characters shown', () => {
    const v: Verdict = { ...phish, headline: '<img src=x onerror=alert(1)>\u202Eevil' };
    const { getByTestId } = render(<VerdictBanner verdict={v} perspective="recipient" onPerspective={null} />);
    expect(getByTestId('verdict').querySelector('img')).toBeNull();
    expect(getByTestId('verdict').textContent).not.toContain('\u202E');
  });

  it('offers the perspective switch and reports the choice', () => {
    const chosen: string[] = [];
    const { getByText } = render(
      <VerdictBanner verdict={phish} perspective="recipient" onPerspective={(p) => chosen.push(p)} />,
    );
    expect(getByText('I received it').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(getByText('I sent it'));
    expect(chosen).toEqual(['sender']);
  });

  it('names a banner about an attached message as such', () => {
    const { getByTestId } = render(
      <VerdictBanner verdict={phish} perspective="recipient" onPerspective={null} label="Attached message" />,
    );
    expect(getByTestId('verdict').getAttribute('aria-label')).toBe('Verdict on the attached message');
    expect(getByTestId('verdict').textContent).toContain('Attached message: Deceptive');
  });
});
