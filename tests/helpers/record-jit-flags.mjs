// Preload (node --import) for tests/cli/cli-jit-flags.test.ts: writes each v8.setFlagsFromString call and each
// Worker started by the main thread to stderr, in order, so a test can see which flags were set before the workers.
import { syncBuiltinESMExports } from 'node:module';
import v8 from 'node:v8';
import threads from 'node:worker_threads';

const setFlag = v8.setFlagsFromString;
v8.setFlagsFromString = (flag) => {
  process.stderr.write(`jit-flag ${String(flag)}\n`);
  setFlag(flag);
};
const Worker = threads.Worker;
threads.Worker = class extends Worker {
  constructor(...args) {
    if (threads.isMainThread) process.stderr.write('worker-start\n');
    super(...args);
  }
};
// The CLI imports both by name: this makes its bindings see the wrappers.
syncBuiltinESMExports();
