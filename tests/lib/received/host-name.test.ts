/** Host names as trace fields write them, and the placeholders servers write where no name is known. */
import { describe, expect, it } from 'vitest';
import { hostName, isPlaceholder } from '../../../lib/received/host-name';

describe('isPlaceholder', () => {
  it.each(['unknown', 'UNKNOWN', '<unknown>', '[Unknown]', 'softdnserr', 'SOFTDNSERROR', 'softdnserror', 'helo', 'EHLO', 'Hello'])('%s is a placeholder', (w) => {
    expect(isPlaceholder(w)).toBe(true);
  });

  it.each(['unknownx', 'softdnserrors', 'mail.example.com', '', 'xunknown'])('%s is not', (w) => {
    expect(isPlaceholder(w)).toBe(false);
  });

  it('a placeholder is no host name, in any case', () => {
    expect(hostName('SOFTDNSERROR')).toBeNull();
    expect(hostName('unknown')).toBeNull();
    expect(hostName('mx.example.com')).toBe('mx.example.com');
  });
});
