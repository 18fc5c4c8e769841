import { main } from './main';
import { quietOnClosedPipe } from './closed-pipe';

quietOnClosedPipe(process.stdout, process.stderr, (code) => process.exit(code));

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`headerscope: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
