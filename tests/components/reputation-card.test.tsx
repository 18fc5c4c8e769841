import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReputationCard } from '../../components/ReputationCard';
import { checkReputation } from '../../lib/reputation/check-reputation';
import { activeLists } from '../../lib/reputation/catalogue';
import { testPointName } from '../../lib/reputation/health-check';
import { createHealthCache, type Reputation, type ReputationCheck } from '../../lib/reputation/types';
import { FakeResolver } from '../helpers/fake-resolver';
import { a, healthyZone } from '../helpers/fake-resolver-reputation';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

afterEach(cleanup);

function check(over: Partial<ReputationCheck>): ReputationCheck {
  return { target: '81.2.69.160', kind: 'ip', list: 'SpamCop', status: 'clear', code: null, meaning: 'Not listed.', delist: 'Expires by itself.', listId: 'spamcop', source: 'connecting IP (hop 2)', reason: null, ...over };
}

describe('ReputationCard', () => {
  it('listed first, then the unknowns with their explanation, then the clear ones', async () => {
    const { lists } = activeLists(null);
    const zen = lists.find((l) => l.list.id === 'spamhaus-zen');
    if (!zen) throw new Error('zen');
    const zone = {
      ...healthyZone(lists),
      [testPointName(zen, '127.0.0.2')]: [a('127.255.255.254')],
      '160.69.2.81.bl.spamcop.net': [a('127.0.0.2')],
    };
    const rep = await checkReputation({ ips: ['81.2.69.160'], domains: ['example.org'] }, { dns: new FakeResolver(zone), health: createHealthCache() });
    const { container } = render(<ReputationCard reputation={rep} />);
    const region = screen.getByRole('region', { name: 'Blocklists' });
    expect(within(region).getByTestId('reputation-tally').textContent).toBe('1 listed 8 clear 1 could not be checked');
    const order = [...container.querySelectorAll('[data-status]')].map((e) => e.getAttribute('data-status'));
    expect(order).toEqual(['listed', 'unknown', 'clear']);
    const listed = within(region).getByRole('list', { name: 'Listed' });
    expect(listed.textContent).toContain('81.2.69.160 (sending IP) is listed on SpamCop [127.0.0.2]');
    expect(listed.textContent).toContain('How to get off it: No removal request');
    const unknown = within(region).getByRole('list', { name: 'Could not check' });
    expect(unknown.textContent).toContain('Spamhaus ZEN: could not check 81.2.69.160');
    expect(unknown.textContent).toContain('this list refuses queries through public DNS resolvers');
    expect(unknown.textContent).toContain('DQS');
    expect(region.textContent).toContain('SORBS has shut down');
  });

  it('live checks off: says so, one explanation per list', async () => {
    const rep = await checkReputation({ ips: ['81.2.69.160', '81.2.69.161'], domains: [] }, { dns: null, health: createHealthCache() });
    render(<ReputationCard reputation={rep} />);
    const region = screen.getByRole('region', { name: 'Blocklists' });
    expect(region.textContent).toContain('Live checks are off: no blocklist was asked.');
    const items = within(region).getByRole('list', { name: 'Could not check' }).querySelectorAll('li');
    expect(items).toHaveLength(7);
    expect(items[0]?.textContent).toContain('could not check 81.2.69.160, 81.2.69.161');
  });

  it('renders nothing without a reputation', () => {
    const { container } = render(<ReputationCard reputation={null} />);
    expect(container.innerHTML).toBe('');
  });

  it('hostile text stays text', () => {
    const checks = XSS_PAYLOADS.map((p, i) => check({ target: p, source: p, meaning: p, delist: p, code: p, list: p, listId: `x${String(i)}`, status: i % 3 === 0 ? 'listed' : i % 3 === 1 ? 'unknown' : 'clear' }));
    const rep: Reputation = { checks, notes: [...XSS_PAYLOADS], live: true };
    const { container } = render(<ReputationCard reputation={rep} />);
    const allowed = new Set(['SECTION', 'H3', 'P', 'SPAN', 'UL', 'LI', 'STRONG', 'DETAILS', 'SUMMARY']);
    for (const el of container.querySelectorAll('*')) {
      expect(allowed.has(el.tagName), el.tagName).toBe(true);
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), attr).toBe(false);
    }
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
