// Every conformance suite in one module, for live-like runs: vitest runs the cases of one module concurrently
// (sequence.concurrent), and files otherwise run one after another per worker, so this entry lets cases of
// every action overlap in a single worker while the schedule broker's locks keep cases that touch the same
// fixture resource apart. Selected by vitest.config.ts when ONE_MODULE_ENV is set (schedule/one-module-env.ts; the
// CLI sets it for live-like runs); a self-test checks that it imports every suite file.

import { registerInterleaved } from './harness/schedule/interleave.ts';
import './auth/auth.test.ts';
import './cvm/modify-image-share-permission.test.ts';
import './cvm/observers.test.ts';
import './lighthouse/cancel-share-blueprint-across-accounts.test.ts';
import './lighthouse/modify-image-share-permission.test.ts';
import './lighthouse/observers.test.ts';
import './lighthouse/share-blueprint-across-accounts.test.ts';
import './model/cvm-share-model.test.ts';
import './model/lighthouse-modify-model.test.ts';
import './model/lighthouse-share-model.test.ts';
import './protocol/protocol.test.ts';
import './rate/rate-limits.test.ts';

// Every suite above has declared its cases (held back in this mode): register them, each action's spread evenly.
registerInterleaved();
