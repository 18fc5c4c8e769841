import { useMemo, useState } from 'preact/hooks';
import type { HeaderEntry } from '../lib/report';
import { headerDoc } from '../lib/mime/header-registry';
import { showInvisible } from '../lib/text/visible';
import { useRegionLabel } from './region-scope';

const FIRST_PAGE = 200;

function HeaderName({ name }: { name: string }) {
  const doc = headerDoc(name);
  if (!doc) return <span class="hname">{showInvisible(name)}</span>;
  return (
    <a class="hname" href={doc.ref} target="_blank" rel="noopener noreferrer" title={doc.about}>
      {name}
    </a>
  );
}

/** All headers in original order, searchable by name or value. */
/** `titled: false` when a disclosure around the table already names it. */
export function HeaderTable({ headers, titled = true }: { headers: readonly HeaderEntry[]; titled?: boolean }) {
  const regionLabel = useRegionLabel('All headers');
  const [query, setQuery] = useState('');
  const [showAll, setShowAll] = useState(false);
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return headers
      .map((h, i) => ({ h, i }))
      .filter(({ h }) => q === '' || h.name.toLowerCase().includes(q) || h.value.toLowerCase().includes(q) || (h.decoded?.toLowerCase().includes(q) ?? false));
  }, [headers, query]);
  const shown = showAll ? matches : matches.slice(0, FIRST_PAGE);
  return (
    <section aria-label={regionLabel}>
      {titled && <h3>All headers ({headers.length})</h3>}
      <input
        type="search"
        class="search"
        placeholder="Search headers"
        aria-label="Search headers"
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
        }}
      />
      {query.trim() !== '' && (
        <p class="muted" role="status">
          {matches.length} of {headers.length} match
        </p>
      )}
      <ol class="headers">
        {shown.map(({ h, i }) => (
          <li key={i}>
            <HeaderName name={h.name} />
            <div class="hvalue">{showInvisible(h.value)}</div>
            {h.decoded !== null && (
              <div class="hdecoded">
                <span class="muted">decoded: </span>
                {showInvisible(h.decoded)}
              </div>
            )}
          </li>
        ))}
      </ol>
      {shown.length < matches.length && (
        <button
          type="button"
          onClick={() => {
            setShowAll(true);
          }}
        >
          Show all {matches.length} headers
        </button>
      )}
    </section>
  );
}
