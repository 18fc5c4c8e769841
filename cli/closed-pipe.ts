/**
 * A reader that closes the output early (`headerscope --json box.mbox | head -1`) is not an error of ours:
 * the write fails with EPIPE (POSIX write(2): "the pipe has no reader"), and the CLI stops quietly, as
 * `head` expects, instead of printing Node's unhandled-'error' stack trace. Any other write error is
 * reported in one line.
 */
interface ErrorEmitter {
  on(event: 'error', listener: (e: Error) => void): unknown;
}

export function quietOnClosedPipe(stdout: ErrorEmitter, stderr: ErrorEmitter, exit: (code: number) => void): void {
  stdout.on('error', (e: Error) => {
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') {
      exit(0);
      return;
    }
    try {
      process.stderr.write(`headerscope: cannot write the report: ${e.message}\n`);
    } finally {
      exit(1);
    }
  });
  // Nowhere left to report a failure of stderr itself.
  stderr.on('error', () => undefined);
}
