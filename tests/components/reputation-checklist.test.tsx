import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DeliverabilityChecklist } from '../../components/DeliverabilityChecklist';
import { deliverabilityChecklist } from '../../lib/deliverability/checklist';
import type { DeliverabilityItem } from '../../lib/deliverability/types';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

afterEach(cleanup);

describe('DeliverabilityChecklist', () => {
  it('one line per check with status, evidence and fix, plus the ticket text', () => {
    const items = deliverabilityChecklist({ headerFrom: 'shop.example', spf: { result: 'fail', domain: 'shop.example' }, headers: [{ name: 'Precedence', value: 'bulk' }] });
    render(<DeliverabilityChecklist items={items} />);
    const region = screen.getByRole('region', { name: 'Deliverability checklist' });
    expect(within(region).getByTestId('checklist-tally').textContent).toBe('2 fail 8 unknown ');
    const spf = region.querySelector('[data-item-id="deliverability.spf"]');
    expect(spf?.getAttribute('data-status')).toBe('fail');
    // The icon is hidden from assistive technology; the status is real text.
    expect(spf?.querySelector('.sev')?.getAttribute('aria-hidden')).toBe('true');
    expect(spf?.querySelector('.sr-only')?.textContent).toBe('Fail: ');
    expect(spf?.textContent).toContain('SPF fail for shop.example');
    expect(spf?.querySelector('.fix')?.textContent).toContain('Fix: Add the sending IP');
    expect(region.querySelector('[data-item-id="deliverability.tls"] .fix')).toBeNull();
    expect(within(region).getByTestId('checklist-text').textContent).toContain('[FAIL] One-click unsubscribe for bulk mail (RFC 8058)');
  });

  it('renders nothing for no items', () => {
    const { container } = render(<DeliverabilityChecklist items={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('hostile text stays text', () => {
    const items: DeliverabilityItem[] = XSS_PAYLOADS.map((p, i) => ({ id: `x${String(i)}`, status: 'warn', title: p, evidence: p, fix: p }));
    const { container } = render(<DeliverabilityChecklist items={items} />);
    const allowed = new Set(['SECTION', 'H3', 'P', 'SPAN', 'UL', 'LI', 'STRONG', 'DETAILS', 'SUMMARY', 'PRE']);
    for (const el of container.querySelectorAll('*')) {
      expect(allowed.has(el.tagName), el.tagName).toBe(true);
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), attr).toBe(false);
    }
  });
});
