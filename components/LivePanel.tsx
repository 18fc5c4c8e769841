import type { LiveDmarc, LiveReport, LiveSpf } from '../lib/live/types';
import type { Perspective } from '../lib/report';
import { showInvisible } from '../lib/text/visible';
import { DomainCheckPanel } from './DomainCheckPanel';
import { useRegionLabel } from './region-scope';

const SPF_WORDS: Record<LiveSpf['result'], string> = {
  pass: 'The sending server is allowed to send for this domain.',
  fail: 'The domain says this server may not send its mail.',
  softfail: 'The domain says this server is probably not allowed (soft fail).',
  neutral: 'The domain makes no statement about this server.',
  none: 'The domain publishes no SPF record.',
  temperror: 'SPF could not be checked right now (DNS problem). Nothing is known.',
  permerror: 'The SPF record is broken, so SPF gives no answer.',
};

const SPF_FIX: Partial<Record<LiveSpf['result'], string>> = {
  fail: 'If this server is legitimate, add its IP range (or the provider’s include:) to the SPF record.',
  softfail: 'If this server is legitimate, add its IP range (or the provider’s include:) to the SPF record.',
  none: 'Publish an SPF record, e.g. "v=spf1 include:<your provider> -all".',
  permerror: 'Fix the record: one v=spf1 record, at most 10 DNS lookups, valid syntax.',
  temperror: 'Try again later; if it persists, check the domain’s DNS servers.',
};

const DMARC_WORDS: Record<LiveDmarc['result'], string> = {
  pass: 'The From domain is authenticated: SPF or DKIM passed for a matching domain.',
  fail: 'Neither SPF nor DKIM passed for a domain that matches the From address.',
  none: 'The From domain publishes no usable DMARC policy.',
  temperror: 'DMARC could not be checked right now (DNS problem). Nothing is known.',
  permerror: 'DMARC could not be applied to this From address.',
};

function SpfBlock({ spf, fixes }: { spf: LiveSpf; fixes: boolean }) {
  const fix = fixes ? SPF_FIX[spf.result] : undefined;
  return (
    <div class={`live-spf result-${spf.result}`}>
      <h4>
        SPF: <span class="outcome">{spf.result}</span>
      </h4>
      <p>{SPF_WORDS[spf.result]}</p>
      <dl>
        <dt>Domain</dt>
        <dd>{showInvisible(spf.domain)}</dd>
        <dt>Sending IP</dt>
        <dd>{showInvisible(spf.ip)}</dd>
        <dt>Why</dt>
        <dd>{showInvisible(spf.reason)}</dd>
        {spf.path.length > 0 && (
          <>
            <dt>Path</dt>
            <dd class="path">{showInvisible(spf.path.join(' → '))}</dd>
          </>
        )}
        <dt>DNS lookups</dt>
        <dd>{spf.lookups} of 10</dd>
        {spf.explanation !== null && (
          <>
            <dt>Domain’s explanation</dt>
            <dd>{showInvisible(spf.explanation)}</dd>
          </>
        )}
      </dl>
      {fix !== undefined && <p class="fix">Fix: {fix}</p>}
    </div>
  );
}

function DmarcBlock({ dmarc, fixes }: { dmarc: LiveDmarc; fixes: boolean }) {
  return (
    <div class={`live-dmarc result-${dmarc.result}`}>
      <h4>
        DMARC: <span class="outcome">{dmarc.result}</span>
      </h4>
      <p>{DMARC_WORDS[dmarc.result]}</p>
      <dl>
        <dt>From domain</dt>
        <dd>{showInvisible(dmarc.domain)}</dd>
        {dmarc.orgDomain !== null && dmarc.orgDomain !== dmarc.domain && (
          <>
            <dt>Organization</dt>
            <dd>{showInvisible(dmarc.orgDomain)}</dd>
          </>
        )}
        <dt>Alignment</dt>
        <dd>
          SPF {dmarc.spfAligned ? 'aligned' : 'not aligned'}, DKIM {dmarc.dkimAligned ? 'aligned' : 'not aligned'}
        </dd>
        {dmarc.policy !== null && (
          <>
            <dt>Policy</dt>
            <dd>
              p={dmarc.policy}
              {dmarc.result === 'fail' ? `: a receiver would ${dmarc.disposition === 'reject' ? 'reject it' : dmarc.disposition === 'quarantine' ? 'put it in spam' : 'still deliver it'}` : ''}
            </dd>
          </>
        )}
        <dt>Why</dt>
        <dd>{showInvisible(dmarc.reason)}</dd>
        {dmarc.record !== null && (
          <>
            <dt>Record</dt>
            <dd class="record">{showInvisible(dmarc.record)}</dd>
          </>
        )}
      </dl>
      {fixes && dmarc.result === 'fail' && <p class="fix">Fix: sign with DKIM using the From domain (d=), or send from a MAIL FROM domain under it that SPF authorizes.</p>}
    </div>
  );
}

/** Live DNS results (render-only): SPF and DMARC in plain words with the deciding path, and the fix when read as the sender. */
export function LivePanel({ live, perspective = 'sender' }: { live: LiveReport; perspective?: Perspective }) {
  const fixes = perspective === 'sender';
  const regionLabel = useRegionLabel('Live DNS checks');
  if (!live.enabled) {
    return (
      <section aria-label={regionLabel}>
        <h3>Live DNS checks</h3>
        <p class="muted">Live checks are off: nothing was looked up.</p>
      </section>
    );
  }
  return (
    <section aria-label={regionLabel}>
      <h3>Live DNS checks</h3>
      <p class="muted">Resolver: {showInvisible(live.resolver)}</p>
      {live.spf ? <SpfBlock spf={live.spf} fixes={fixes} /> : <p>SPF was not checked (no sending IP or MAIL FROM found).</p>}
      {live.dmarc ? <DmarcBlock dmarc={live.dmarc} fixes={fixes} /> : <p>DMARC was not checked (no From domain).</p>}
      {live.records.length > 0 && <DomainCheckPanel records={live.records} />}
    </section>
  );
}
