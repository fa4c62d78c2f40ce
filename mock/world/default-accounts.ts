// The accounts of the default world: the caller, fourteen recipients, one of each kind of refused recipient,
// callers for the CAM and service-role cases, and five hundred filler accounts for the 500-accounts cap.
import type { Account, AccountCredential } from './world.ts';
import { ACCOUNTS, FILLER_ACCOUNTS, KEYS } from './default-ids.ts';

const MUTATING = ['ShareBlueprintAcrossAccounts', 'CancelShareBlueprintAcrossAccounts', 'ModifyImageSharePermission'];

function account(id: string, extra: Partial<Account> = {}): Account {
  return { id, kind: 'root', site: 'china', credentials: [], shareQuota: 100, lighthouseRole: 'present', deniedActions: [], ...extra };
}

function keys(...credentials: AccountCredential[]): { credentials: AccountCredential[] } {
  return { credentials };
}

/** Every account of the default world, the caller first. */
export function defaultAccounts(): Account[] {
  return [
    account(ACCOUNTS.caller, keys(KEYS.caller, KEYS.callerTemporary, { ...KEYS.callerRejectedToken, productRejectsToken: true })),
    ...ACCOUNTS.recipients.map((id) => account(id)),
    account(ACCOUNTS.collaborator, { kind: 'collaborator' }),
    account(ACCOUNTS.otherSite, { site: 'intl' }),
    account(ACCOUNTS.quotaFull, { shareQuota: 1 }),
    account(ACCOUNTS.denied, { ...keys(KEYS.denied), deniedActions: MUTATING }),
    account(ACCOUNTS.noRole, { ...keys(KEYS.noRole), lighthouseRole: 'missing' }),
    account(ACCOUNTS.badRole, { ...keys(KEYS.badRole), lighthouseRole: 'unassumable' }),
    account(ACCOUNTS.other, keys(KEYS.other)),
    ...FILLER_ACCOUNTS.map((id) => account(id)),
  ];
}
