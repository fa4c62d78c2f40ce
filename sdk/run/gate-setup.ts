// What the gate takes from the running mock: the fixtures (region, situations, the caller's key), the caller's
// temporary key from its world, the other callers and the error-code table the mock documents (mock/README.md),
// turned into the value and error calls of every operation.

import type { Params } from '../../core/types.ts';
import { defaultRegions } from '../../core/fixtures.ts';
import type { Operation } from '../../generated/operations.ts';
import { ERROR_CODE_TABLE, KEYS, TABLE_REGION, type MockHandle } from '../../mock/index.ts';
import { errorCalls } from '../cases/error-calls.ts';
import type { GateCredentials } from '../cases/gate-credentials.ts';
import type { ErrorCall, ValueCall } from '../cases/sdk-case.ts';
import { valueCalls } from '../cases/value-calls.ts';

/** The calls and credentials of a gate run. */
export interface GateSetup {
  readonly region: string;
  readonly credentials: GateCredentials;
  readonly values: readonly ValueCall[];
  readonly errors: readonly ErrorCall[];
  /** Value situations the fixtures did not have. */
  readonly missing: readonly string[];
}

/** Reads the mock and builds the calls for `ops`. */
export function gateSetup(mock: MockHandle, ops: readonly Operation[]): GateSetup {
  const fixtures = mock.fixtures();
  const region = defaultRegions(fixtures)[0];
  const regional = region === undefined ? undefined : fixtures.regions[region];
  if (region === undefined || regional === undefined || fixtures.credentials === undefined) throw new Error('the mock fixtures name no region or no credentials');
  const world = mock.admin.world();
  const caller = world.accounts.find((a) => a.id === world.callerId);
  const temporary = caller?.credentials.find((c) => c.token !== undefined && c.productRejectsToken !== true);
  const credentials: GateCredentials = { caller: fixtures.credentials, temporary, roles: { ...KEYS } };
  const { calls: values, missing } = valueCalls({ region, lighthouse: regional.lighthouse, cvm: regional.cvm });
  const validParams: Record<string, Params> = {};
  for (const v of values) validParams[v.operation] ??= v.params;
  const situations = { ...regional.lighthouse?.situations, ...regional.cvm?.situations };
  const errors = ops.flatMap((op) => errorCalls(op, { region, situations, table: ERROR_CODE_TABLE, tableRegion: TABLE_REGION, validParams }));
  return { region, credentials, values: values.filter((v) => ops.some((op) => op.key === v.operation)), errors, missing };
}
