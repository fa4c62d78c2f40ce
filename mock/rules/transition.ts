// The shape of every emulated action: pure, state and validated parameters in, outcome out.
import type { Params } from '../../core/types.ts';
import type { State } from '../world/state.ts';
import type { CallContext } from './call-context.ts';
import type { Outcome } from './outcome.ts';

/** One action of the state machine. */
export type Transition = (state: State, params: Params, ctx: CallContext) => Outcome;
