// The JSON Schema of a world file (JSON or YAML). Omitted fields take the defaults below; references between
// resources are checked afterwards by checkWorldReferences.

const accountId = { type: 'string', pattern: '^[0-9]{1,20}$' };
const region = { type: 'string', pattern: '^[a-z]{2}-[a-z]+(-[0-9]+)?$' };
const isoTime = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$' };
const flag = { type: 'boolean', default: false };
const shares = {
  type: 'array',
  default: [],
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['accountId'],
    properties: { accountId, createdTime: { ...isoTime, default: '2024-01-01T00:00:00Z' } },
  },
};
const failWith = { type: ['string', 'null'], minLength: 1, default: null };

const credential = {
  type: 'object',
  additionalProperties: false,
  required: ['secretId', 'secretKey'],
  properties: {
    secretId: { type: 'string', pattern: '^[\\x21-\\x7e]+$' },
    secretKey: { type: 'string', minLength: 1 },
    token: { type: 'string', pattern: '^[\\x21-\\x7e]+$' },
    productRejectsToken: { type: 'boolean' },
  },
};

const account = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: {
    id: accountId,
    kind: { enum: ['root', 'collaborator'], default: 'root' },
    site: { enum: ['intl', 'china'], default: 'intl' },
    credentials: { type: 'array', items: credential, default: [] },
    shareQuota: { type: 'integer', minimum: 0, default: 100 },
    lighthouseRole: { enum: ['present', 'missing', 'unassumable'], default: 'present' },
    deniedActions: { type: 'array', items: { type: 'string' }, default: [] },
  },
};

const image = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'region'],
  properties: {
    id: { type: 'string', pattern: '^img-[0-9a-z]{8}$' },
    owner: { anyOf: [accountId, { type: 'null' }], default: null },
    region,
    type: { enum: ['PRIVATE_IMAGE', 'PUBLIC_IMAGE', 'SHARED_IMAGE'], default: 'PRIVATE_IMAGE' },
    state: { enum: ['CREATING', 'NORMAL', 'CREATEFAILED', 'SYNCING', 'IMPORTING', 'IMPORTFAILED'], default: 'NORMAL' },
    source: { enum: ['OFFICIAL', 'CREATE_IMAGE', 'EXTERNAL_IMPORT'], default: 'CREATE_IMAGE' },
    licenseType: { enum: ['TencentCloud', 'BYOL'], default: 'TencentCloud' },
    encrypted: flag,
    instanceImage: flag,
    cloudInit: { type: 'boolean', default: true },
    platform: { type: 'string', default: 'CentOS' },
    osName: { type: 'string', default: 'CentOS 7.9 64bit' },
    architecture: { type: 'string', default: 'x86_64' },
    name: { type: 'string', default: 'image' },
    description: { type: 'string', default: '' },
    sizeGb: { type: 'integer', minimum: 1, default: 20 },
    createdTime: { ...isoTime, default: '2024-01-01T00:00:00Z' },
    busy: flag,
    shares: { ...shares, maxItems: 500 },
    lighthouseBlueprintId: { anyOf: [{ type: 'string' }, { type: 'null' }], default: null },
    failWith,
  },
};

const blueprint = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'region'],
  properties: {
    id: { type: 'string', pattern: '^lhbp-[0-9a-z]{8}$' },
    owner: { anyOf: [accountId, { type: 'null' }], default: null },
    region,
    type: { enum: ['APP_OS', 'PURE_OS', 'DOCKER', 'PRIVATE', 'SHARED', 'GAME_PORTAL'], default: 'PRIVATE' },
    state: { enum: ['NORMAL', 'SYNCING', 'OFFLINE', 'CREATEFAILED', 'SYNCING_FAILED', 'ISOLATING', 'ISOLATED', 'DELETING', 'DESTROYING'], default: 'NORMAL' },
    occupied: flag,
    operationInProgress: flag,
    latestOperationUnfinished: flag,
    modifyingShare: flag,
    shares,
    sourceImageId: { anyOf: [{ type: 'string' }, { type: 'null' }], default: null },
    name: { type: 'string', default: 'blueprint' },
    platform: { type: 'string', default: 'CENTOS' },
    platformType: { enum: ['LINUX_UNIX', 'WINDOWS'], default: 'LINUX_UNIX' },
    osName: { type: 'string', default: 'CentOS 7.9 64bit' },
    createdTime: { ...isoTime, default: '2024-01-01T00:00:00Z' },
    failWith,
  },
};

/** The world-file schema (draft 2020-12 keywords only where draft-07 has them too). */
export const worldSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['regions', 'callerId', 'accounts'],
  properties: {
    $schema: { type: 'string' },
    name: { type: 'string', default: 'world file' },
    regions: { type: 'array', minItems: 1, uniqueItems: true, items: region },
    callerId: accountId,
    accounts: { type: 'array', minItems: 1, items: account },
    images: { type: 'array', items: image, default: [] },
    blueprints: { type: 'array', items: blueprint, default: [] },
  },
} as const;
