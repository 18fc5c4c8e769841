// Every test runs with the compiled data installed, as the CLI does: the Public Suffix List (lib/psl/rules.ts)
// and the Unicode security tables (lib/impersonation/unicode-tables.ts).
import '../../lib/psl/bundled-rules';
import '../../lib/impersonation/bundled-unicode-tables';
import '../../lib/bounce/phrases/bundled-phrases';
