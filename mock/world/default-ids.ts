// The names of everything in the default world, so tests and the error-code table can point at resources by role.

/** Account IDs of the default world. */
export const ACCOUNTS = {
  /** The root account on the China site that fixtures() hands out as the caller (China: every action and field). */
  caller: '200000000001',
  /** Fourteen shareable root accounts on the caller's site. */
  recipients: Array.from({ length: 14 }, (_, i) => String(200000001001 + i)),
  collaborator: '200000002001',
  /** A root account on the other site than the caller's (the caller is on the China site; startMock's `site` may move it). */
  otherSite: '200000003001',
  /** A root account whose Lighthouse share quota (1) is used up by the `quota` blueprint. */
  quotaFull: '200000004001',
  /** A caller whose CAM policy denies the four mutating actions. */
  denied: '200000005001',
  /** A caller without the Lighthouse service role. */
  noRole: '200000006001',
  /** A caller whose Lighthouse service role cannot be assumed. */
  badRole: '200000007001',
  /** Another root account that owns resources, some of them shared with the caller. */
  other: '200000008001',
  /** A well-formed account ID no account has. */
  unknown: '299999999999',
} as const;

/** Five hundred root accounts that hold the shares of the `full500` image. */
export const FILLER_ACCOUNTS: readonly string[] = Array.from({ length: 500 }, (_, i) => String(300000000000 + i));

/** Credentials of the default world, by role. */
export const KEYS = {
  caller: { secretId: 'AKIDmockCaller0000000000000000000001', secretKey: 'mockCallerSecretKey00000000000001' },
  callerTemporary: { secretId: 'AKIDmockCallerTemp00000000000000002', secretKey: 'mockCallerSecretKey00000000000002', token: 'mockSessionToken000000000000002' },
  callerRejectedToken: { secretId: 'AKIDmockCallerBadTok000000000000003', secretKey: 'mockCallerSecretKey00000000000003', token: 'mockSessionToken000000000000003' },
  denied: { secretId: 'AKIDmockDenied00000000000000000005', secretKey: 'mockDeniedSecretKey00000000000005' },
  noRole: { secretId: 'AKIDmockNoRole00000000000000000006', secretKey: 'mockNoRoleSecretKey00000000000006' },
  badRole: { secretId: 'AKIDmockBadRole0000000000000000007', secretKey: 'mockBadRoleSecretKey0000000000007' },
  other: { secretId: 'AKIDmockOther000000000000000000008', secretKey: 'mockOtherSecretKey000000000000008' },
} as const;

/** The regions of the default world; the first is the fixtures' default. */
export const DEFAULT_REGIONS = ['ap-guangzhou', 'ap-singapore'] as const;

const PREFIX: Readonly<Record<string, string>> = { 'ap-guangzhou': 'g', 'ap-singapore': 's' };

/** Blueprint slugs of the default world (seven characters at most). */
export const BLUEPRINT_SLUGS = ['main', 'public', 'foreign', 'sharein', 'syncing', 'isolate', 'occupy', 'inprog', 'unfinis',
  'modshar', 'already', 'cancel', 'quota', 'failshr', 'failop', 'fromcvm', 'lhcancl', 'lhinuse'] as const;

/** CVM image slugs of the default world (seven characters at most). */
export const IMAGE_SLUGS = ['main', 'lhmain', 'public', 'foreign', 'sharein', 'create', 'busy', 'instanc', 'byol', 'encrypt',
  'import', 'noinit', 'freebsd', 'full500', 'already', 'cancel', 'lhshare', 'lhcancl', 'lhinuse', 'lhplain', 'failq', 'failr',
  'failimg', 'failreq', 'failint'] as const;

/** A blueprint slug. */
export type BlueprintSlug = (typeof BLUEPRINT_SLUGS)[number];
/** An image slug. */
export type ImageSlug = (typeof IMAGE_SLUGS)[number];

/** `lhbp-g<slug>`: the default world's blueprint of that role in that region. */
export function blueprintIdOf(region: string, slug: BlueprintSlug): string {
  return `lhbp-${PREFIX[region] ?? 'x'}${slug.padEnd(7, '0')}`;
}

/** `img-g<slug>`: the default world's image of that role in that region. */
export function imageIdOf(region: string, slug: ImageSlug): string {
  return `img-${PREFIX[region] ?? 'x'}${slug.padEnd(7, '0')}`;
}
