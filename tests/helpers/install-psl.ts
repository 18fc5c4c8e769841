// Every test runs with the compiled Public Suffix List installed, as the CLI does (lib/psl/rules.ts).
import '../../lib/psl/bundled-rules';
