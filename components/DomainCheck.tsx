import type { HealthRecord } from '../lib/domain-health/check-domain';
import { DomainCheckPanel } from './DomainCheckPanel';
import { TextWithLiveLink } from './LiveChecksLink';

export interface DomainCheckProps {
  value: string;
  busy: boolean;
  error: string | null;
  records: readonly HealthRecord[] | null;
  onInput: (domain: string) => void;
  onCheck: () => void;
}

/** Type a domain, see its mail records and what is wrong with them. Renders props only. */
export function DomainCheck({
  value,
  busy,
  error,
  records,
  onInput,
  onCheck,
  onOpenOptions = null,
}: DomainCheckProps & { onOpenOptions?: (() => void) | null }) {
  return (
    <section aria-label="Domain check" class="domain-check">
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          onCheck();
        }}
      >
        <input
          type="text"
          class="search"
          aria-label="Domain to check"
          placeholder="example.com"
          value={value}
          onInput={(e) => {
            onInput(e.currentTarget.value);
          }}
        />
        <button type="submit" disabled={busy || value.trim() === ''}>
          {busy ? 'Checking…' : 'Check'}
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          <TextWithLiveLink text={error} onOpen={onOpenOptions} />
        </p>
      )}
      {records && <DomainCheckPanel records={records} />}
    </section>
  );
}
