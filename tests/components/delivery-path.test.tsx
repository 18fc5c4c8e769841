import { readFileSync } from 'node:fs';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryPath } from '../../components/DeliveryPath';
import { analyze } from '../../lib/analyze';

afterEach(cleanup);
const deps = { now: () => 0 };

describe('DeliveryPath', () => {
  it('draws one bar per timed hop, the entry point and the clock note', async () => {
    const report = await analyze(readFileSync('samples/late-delivery-skewed-clock.eml', 'utf8'), deps);
    const { container } = render(<DeliveryPath report={report} />);
    const region = screen.getByRole('region', { name: 'Delivery path' });
    expect(within(region).getByRole('heading').textContent).toBe('Delivery path (5 hops)');
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Delay per hop; total 40 min 54 s');
    expect(container.querySelectorAll('.chart-bar')).toHaveLength(3);
    expect(screen.getByTestId('entry').textContent).toBe('Entered Gmail / Google Workspace from mailgw.example.net [192.0.2.25] at hop 3.');
    expect(container.querySelector('.skew-notes')?.textContent).toContain("Hop 2's clock is about 60 minutes behind");
    // The boundary line sits under the entry hop; hops below it are the sender's.
    expect(container.querySelector('.hop[data-hop="3"] .boundary-line')).not.toBeNull();
    expect(container.querySelector('.hop[data-hop="2"]')?.classList.contains('sender')).toBe(true);
    expect(container.querySelector('.hop[data-hop="4"]')?.classList.contains('provider')).toBe(true);
  });

  it('renders nothing without Received headers', async () => {
    const report = await analyze('From: a@example.com\r\nSubject: x\r\n\r\n', deps);
    const { container } = render(<DeliveryPath report={report} />);
    expect(container.innerHTML).toBe('');
  });
});
