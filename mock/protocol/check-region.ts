// The Region a request names: required, and one the action serves. Lighthouse lists its fifteen regions in the
// spec; CVM's list is not documented, so the world's regions stand in for it.
import type { IncomingCall, VendorError } from '../../core/types.ts';
import type { Operation } from '../../generated/operations.ts';
import { protocolErrors } from './errors.ts';

/** MissingParameter or UnsupportedRegion, or undefined when the region is served. */
export function checkRegion(op: Operation, call: IncomingCall, worldRegions: readonly string[]): VendorError | undefined {
  const region = call.region;
  if (region === undefined || region === '') return protocolErrors.missingRegion();
  const served = op.regions ?? worldRegions;
  return served.includes(region) ? undefined : protocolErrors.unsupportedRegion(region, op.action);
}

/** InvalidParameterValue for a Language other than the two documented ones. */
export function checkLanguage(call: IncomingCall): VendorError | undefined {
  const language = call.language;
  return language === undefined || language === '' || language === 'zh-CN' || language === 'en-US' ? undefined : protocolErrors.language(language);
}
