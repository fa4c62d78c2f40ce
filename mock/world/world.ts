// The mock's world model: accounts, CVM images and Lighthouse blueprints, as a world file describes them and as
// the state machine carries them between requests. Plain readonly data: transitions return new worlds.

/** Which site an account is on; Lighthouse refuses to share across sites. */
export type Site = 'intl' | 'china';

/** A root account owns resources; a collaborator is a sub-account that cannot receive shares. */
export type AccountKind = 'root' | 'collaborator';

/**
 * The Lighthouse service role on an account: `missing` answers ResourceNotFound.RoleNotFound and `unassumable`
 * UnsupportedOperation.AssumeRoleFailed when Lighthouse needs it (ModifyImageSharePermission reads the CVM image).
 */
export type ServiceRole = 'present' | 'missing' | 'unassumable';

/** An API key of an account; `token` makes it a temporary credential that must travel with X-TC-Token. */
export interface AccountCredential {
  readonly secretId: string;
  readonly secretKey: string;
  readonly token?: string;
  /**
   * Vendor-side: the gateway accepts the token but the product's backend refuses it, so actions that document a
   * product token code (UnauthorizedOperation.TokenInvalid, UnauthorizedOperation.InvalidToken) answer it.
   */
  readonly productRejectsToken?: boolean;
}

/** An account of the emulated cloud. */
export interface Account {
  /** Digits only, like real account IDs (not QQ numbers). */
  readonly id: string;
  readonly kind: AccountKind;
  readonly site: Site;
  readonly credentials: readonly AccountCredential[];
  /** How many Lighthouse blueprints other accounts may share with this account in total. */
  readonly shareQuota: number;
  readonly lighthouseRole: ServiceRole;
  /** Actions CAM forbids this account (UnauthorizedOperation.NoPermission where documented). */
  readonly deniedActions: readonly string[];
}

/** One account a resource is shared with, and since when (ISO 8601 UTC, second precision). */
export interface ShareEntry {
  readonly accountId: string;
  readonly createdTime: string;
}

/** CVM image types as DescribeImages names them; SHARED_IMAGE is another account's image shared with you. */
export type ImageType = 'PRIVATE_IMAGE' | 'PUBLIC_IMAGE' | 'SHARED_IMAGE';
/** CVM image states (DescribeImages). */
export type ImageState = 'CREATING' | 'NORMAL' | 'CREATEFAILED' | 'SYNCING' | 'IMPORTING' | 'IMPORTFAILED';
/** Where a CVM image came from. */
export type ImageSource = 'OFFICIAL' | 'CREATE_IMAGE' | 'EXTERNAL_IMPORT';
/** Licence of a CVM image; BYOL images cannot be shared. */
export type LicenseType = 'TencentCloud' | 'BYOL';

/** A CVM image in one region. */
export interface CvmImage {
  readonly id: string;
  /** Owning account; null for public (official) images. */
  readonly owner: string | null;
  readonly region: string;
  readonly type: ImageType;
  readonly state: ImageState;
  readonly source: ImageSource;
  readonly licenseType: LicenseType;
  readonly encrypted: boolean;
  /** A whole-machine (instance) image: system and data disks together. */
  readonly instanceImage: boolean;
  readonly cloudInit: boolean;
  readonly platform: string;
  readonly osName: string;
  readonly architecture: string;
  readonly name: string;
  readonly description: string;
  readonly sizeGb: number;
  readonly createdTime: string;
  /** Another task is running on the image (InvalidImageState in CVM, ImageOccupied in Lighthouse). */
  readonly busy: boolean;
  /** Accounts the image is shared with (at most 500). */
  readonly shares: readonly ShareEntry[];
  /** The Lighthouse blueprint this image was shared into, if any. */
  readonly lighthouseBlueprintId: string | null;
  /** Vendor-side failure: a mutating action that documents this code answers it once all checks pass. */
  readonly failWith: string | null;
}

/** Blueprint types as DescribeBlueprints names them; PRIVATE is a custom blueprint. */
export type BlueprintType = 'APP_OS' | 'PURE_OS' | 'DOCKER' | 'PRIVATE' | 'SHARED' | 'GAME_PORTAL';
/** Blueprint states (DescribeBlueprints). */
export type BlueprintState =
  | 'NORMAL' | 'SYNCING' | 'OFFLINE' | 'CREATEFAILED' | 'SYNCING_FAILED' | 'ISOLATING' | 'ISOLATED' | 'DELETING' | 'DESTROYING';

/** A Lighthouse blueprint (image) in one region. */
export interface Blueprint {
  readonly id: string;
  /** Owning account; null for public blueprints. */
  readonly owner: string | null;
  readonly region: string;
  readonly type: BlueprintType;
  readonly state: BlueprintState;
  /** In use (e.g. an instance is being created from it). */
  readonly occupied: boolean;
  /** Another operation on the blueprint is running. */
  readonly operationInProgress: boolean;
  /** The blueprint's latest operation has not finished. */
  readonly latestOperationUnfinished: boolean;
  /** Its share permission is being changed right now. */
  readonly modifyingShare: boolean;
  readonly shares: readonly ShareEntry[];
  /** The CVM image it was shared in from (ModifyImageSharePermission), else null. */
  readonly sourceImageId: string | null;
  readonly name: string;
  readonly platform: string;
  readonly platformType: 'LINUX_UNIX' | 'WINDOWS';
  readonly osName: string;
  readonly createdTime: string;
  /** Vendor-side failure, as for images. */
  readonly failWith: string | null;
}

/** Everything the mock knows: the seed of a run and the state between requests. */
export interface World {
  readonly name: string;
  /** Regions the world serves; CVM answers UnsupportedRegion outside them (its region list is not documented). */
  readonly regions: readonly string[];
  /** The account `fixtures()` hands to suites as the caller. */
  readonly callerId: string;
  readonly accounts: readonly Account[];
  readonly images: readonly CvmImage[];
  readonly blueprints: readonly Blueprint[];
}
