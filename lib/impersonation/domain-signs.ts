/**
 * Signs in the From domain itself: an invalid or international name, a label that mixes scripts (UTS #39 §5.2),
 * a domain whose confusable skeleton (UTS #39 §4) is a brand's domain, and a brand's name carried as a word of
 * the domain (paypal-secure.example, paypa1-login.example).
 */
import type { Finding } from '../findings';
import { finding } from '../findings';
import { domainForms } from '../psl/idn';
import { organizationalDomain } from '../psl/org-domain';
import { isBrandDomain, type Brand } from './brands';
import { embeddedBrandLabel, lookalikeBrandDomain } from './brand-skeletons';
import { readsAsAscii, skeleton, skeletons } from './confusables';
import { isMixedScript } from './scripts';
import type { ImpersonationSign } from './types';
import { mapList } from '../list/map-list';
import { unicodeTables } from './unicode-tables';
import { installedPslRules } from '../psl/rules';

function isOwnDomain(brand: Brand, org: string): boolean {
  return isBrandDomain(brand, org);
}

/** A brand whose domain has the same skeleton as the From domain (or its registrable part). */
function lookalikeOf(unicode: string, org: string): { brand: Brand; domain: string } | null {
  const keys = new Set<string>();
  for (const sk of skeletons(unicode)) {
    keys.add(sk);
    const orgSk = organizationalDomain(sk);
    if (orgSk !== null) keys.add(orgSk);
  }
  return lookalikeBrandDomain(keys, (brand) => isOwnDomain(brand, org));
}

/** A brand whose name is a word (between dots and hyphens) of the From domain's skeleton. */
function embeddedBrand(unicode: string, org: string): { brand: Brand; word: string } | null {
  const words = mapList(unicode.split(/[.-]/), (word) => ({ word, skeletons: skeletons(word) }));
  const found = embeddedBrandLabel(words, (brand) => isOwnDomain(brand, org));
  return found === null ? null : { brand: found.brand, word: found.word };
}

interface DomainSigns {
  signs: ImpersonationSign[];
  findings: Finding[];
}

/**
 * The signs of up to MEMO_SIZE From domains (an mbox comes from the same senders message after message; the memo
 * starts again when full), for the Unicode tables and suffix rules they were read with. Longer names than a host
 * name (RFC 1035 §2.3.4: 255 octets) are read, not kept.
 */
const MEMO_SIZE = 1024;
const memo = new Map<string, DomainSigns>();
let memoOf: unknown[] = [];

export function domainSigns(domain: string): DomainSigns {
  const of = [unicodeTables(), installedPslRules()];
  if (memo.size >= MEMO_SIZE || of[0] !== memoOf[0] || of[1] !== memoOf[1]) {
    memo.clear();
    memoOf = of;
  }
  const known = memo.get(domain) ?? readDomainSigns(domain);
  if (domain.length <= 255) memo.set(domain, known);
  // Fresh copies: a Report is plain data its consumer may change; no two reports share an object.
  return { signs: mapList(known.signs, (x) => ({ ...x })), findings: mapList(known.findings, (x) => ({ ...x })) };
}

function readDomainSigns(domain: string): DomainSigns {
  const signs: ImpersonationSign[] = [];
  const findings: Finding[] = [];
  const forms = domainForms(domain);
  if (forms.invalidLabels.length > 0) {
    findings.push(
      finding(
        'impersonation.bad-punycode',
        'warn',
        'From domain has an invalid international label',
        `${forms.invalidLabels.join(', ')} is not valid Punycode (RFC 3492); mail programs may show it differently.`,
      ),
    );
  }
  if (forms.international) {
    findings.push(
      finding(
        'impersonation.idn',
        'info',
        'From domain is an international domain name',
        `Shown as ${forms.unicode}; in DNS it is ${forms.ascii}.`,
      ),
    );
    const labels = forms.unicode.split('.');
    const mixed = labels.filter(isMixedScript);
    if (mixed.length > 0) {
      findings.push(
        finding(
          'impersonation.mixed-script',
          'bad',
          'From domain mixes alphabets',
          `${mixed.join(', ')} mixes scripts (for example Latin with Cyrillic) in one label, a classic look-alike trick. DNS form: ${forms.ascii}.`,
        ),
      );
      signs.push({
        kind: 'mixed-script',
        brand: null,
        evidence: mixed[0] ?? '',
        findingId: 'impersonation.mixed-script',
      });
    } else if (labels.some(readsAsAscii)) {
      findings.push(
        finding(
          'impersonation.whole-script-lookalike',
          'warn',
          'From domain is written in letters that look Latin',
          `${forms.unicode} uses only non-Latin letters that look like Latin ones ("${skeleton(forms.unicode)}"). DNS form: ${forms.ascii}.`,
        ),
      );
    }
  }
  const org = organizationalDomain(forms.ascii) ?? forms.ascii;
  const look = lookalikeOf(forms.unicode, org);
  if (look !== null) {
    findings.push(
      finding(
        'impersonation.lookalike-domain',
        'bad',
        `From domain looks like ${look.domain}`,
        `${forms.unicode} (${forms.ascii}) reads like ${look.domain} but is a different domain.`,
      ),
    );
    signs.push({
      kind: 'lookalike-domain',
      brand: look.brand.name,
      evidence: look.domain,
      findingId: 'impersonation.lookalike-domain',
    });
    return { signs, findings };
  }
  const embedded = embeddedBrand(forms.unicode, org);
  if (embedded !== null) {
    const real = embedded.brand.domains[0] ?? '';
    findings.push(
      finding(
        'impersonation.brand-in-domain',
        'bad',
        `From domain carries the name ${embedded.brand.name}`,
        `${forms.unicode} contains "${embedded.word}", which reads as ${embedded.brand.name}, but it is not one of ${embedded.brand.name}'s domains (${embedded.brand.domains.slice(0, 3).join(', ')}).`,
      ),
    );
    signs.push({
      kind: 'brand-in-domain',
      brand: embedded.brand.name,
      evidence: real,
      findingId: 'impersonation.brand-in-domain',
    });
  }
  return { signs, findings };
}
