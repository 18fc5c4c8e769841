/** RFC 6376 §6 / RFC 8601 §2.7.1 results, explained. */
import type { Explanation } from './types';

export const DKIM_EXPLAINED: Readonly<Record<string, Explanation>> = {
  pass: {
    meaning: 'A DKIM signature verified: the signing domain (d=) vouches for the signed headers and body.',
    cause: 'The message was signed and not changed on the way.',
    fix: 'Nothing to change, as long as d= is your own domain (or a subdomain) so DMARC can align it with From.',
  },
  fail: {
    meaning: 'A DKIM signature was present but did not verify.',
    cause: 'The body or a signed header was changed in transit (mailing list footer, forwarding gateway, disclaimer), or the public key in DNS does not match the signing key.',
    fix: 'Make sure the key published at <selector>._domainkey.<domain> is the one in use, and that nothing after signing rewrites the message. Sign last, after any footer is added.',
  },
  neutral: {
    meaning: 'The signature could not be judged (for example it was syntactically valid but unusable).',
    cause: 'An unsupported algorithm, a signature that covers too little, or a verifier policy.',
    fix: 'Sign with rsa-sha256 (2048-bit) or ed25519-sha256 and cover at least From, Subject, Date, To.',
  },
  none: {
    meaning: 'The message carried no DKIM signature.',
    cause: 'The sending service does not sign, or signing is not set up for this domain.',
    fix: 'Turn on DKIM signing at your mail provider with d= your domain and publish the key it gives you.',
  },
  policy: {
    meaning: 'The signature verified, but the receiver did not accept it under its local policy.',
    cause: 'Weak key (under 1024 bits), rsa-sha1, a signature with l= that leaves content unsigned, or From not signed.',
    fix: 'Use a 2048-bit RSA or ed25519 key with sha256, sign the whole body (no l=) and sign the From header.',
  },
  temperror: {
    meaning: 'The public key could not be fetched because of a temporary DNS problem.',
    cause: 'DNS timeout or SERVFAIL for <selector>._domainkey.<domain>.',
    fix: 'Check that the domain\'s name servers answer reliably.',
  },
  permerror: {
    meaning: 'The signature or its key is broken and can never verify.',
    cause: 'Missing or malformed key record, revoked key (p= empty), a tag syntax error, or a key type mismatch.',
    fix: 'Publish a well-formed key record for the selector in use ("v=DKIM1; k=rsa; p=...") or re-sign with a valid selector.',
  },
};
