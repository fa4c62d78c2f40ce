// Builds an SDK client for one call: the style's signature and HTTP method, the product host on a loopback port.

import type { Agent } from 'node:http';
import type { Credentials } from '../../core/types.ts';
import type { SdkClientClass } from '../load/load-sdk.ts';
import type { CallingStyle } from './calling-styles.ts';

/** Everything a client needs besides its class. */
export interface ClientSetup {
  readonly style: CallingStyle;
  readonly host: string;
  readonly port: number;
  readonly region: string;
  readonly credentials: Credentials;
  readonly agent: Agent;
  /** Seconds, as the SDK's httpProfile.reqTimeout takes it. */
  readonly reqTimeout: number;
}

/** A new client instance (the constructor may throw: callers treat that as the SDK failing). */
export function makeClient(Client: SdkClientClass, setup: ClientSetup): Record<string, unknown> {
  const { style, credentials } = setup;
  return new Client({
    credential: { secretId: credentials.secretId, secretKey: credentials.secretKey, ...(credentials.token ? { token: credentials.token } : {}) },
    region: setup.region,
    profile: {
      signMethod: style.signMethod,
      httpProfile: { reqMethod: style.reqMethod, endpoint: `${setup.host}:${setup.port}`, protocol: 'http://', agent: setup.agent, reqTimeout: setup.reqTimeout },
    },
  });
}
