import { createHash } from 'node:crypto';
import { IsIn, ValidateBy } from 'class-validator';
import { SegmentationSettings } from './infrastructure/segmentation/segmentation.settings';

const KEY_ID = '[A-Za-z0-9_-]{1,32}';
const AES_256_KEY = '[A-Za-z0-9+/]{43}=';
const KEY_LIST = new RegExp(`^${KEY_ID}:${AES_256_KEY}(,${KEY_ID}:${AES_256_KEY})*$`);

/**
 * A secret that production must be given (it refuses to start without it) and that, when given
 * anywhere, must have the right form.
 */
function ProductionSecret(pattern: RegExp, form: string) {
  return ValidateBy({
    name: 'productionSecret',
    validator: {
      validate: (value: unknown, args) =>
        value === undefined
          ? (args?.object as CustomerProfileSettings).NODE_ENV !== 'production'
          : typeof value === 'string' && pattern.test(value),
      defaultMessage: (args) =>
        args?.value === undefined
          ? `${args?.property ?? 'value'}: production needs its own value (${form})`
          : `${args.property} must be ${form}`,
    },
  });
}

function developmentKey(label: string): string {
  return createHash('sha256').update(`crm-development-only:${label}`).digest('base64');
}

/**
 * Keys that protect personal data at rest. Outside production a fixed development key is used, so that
 * the service runs out of the box; production refuses to start without real keys (from a secret store),
 * the same way the platform refuses to start without its identity provider. Segmentation's settings
 * are part of the service's.
 */
export class CustomerProfileSettings extends SegmentationSettings {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  /** `k1:<base64 of 32 bytes>,k2:…`: every key still needed to decrypt; rotation adds one. */
  @ProductionSecret(KEY_LIST, 'id:<base64 of 32 bytes>[,id:…]')
  PII_ENCRYPTION_KEYS?: string;

  /** The key new data is encrypted with; one of PII_ENCRYPTION_KEYS. */
  @ProductionSecret(new RegExp(`^${KEY_ID}$`), 'the id of one of PII_ENCRYPTION_KEYS')
  @ValidateBy({
    name: 'activeKeyKnown',
    validator: {
      validate: (value: unknown, args) =>
        value === undefined || (args?.object as CustomerProfileSettings).encryptionKeys.has(String(value)),
      defaultMessage: () => 'PII_ACTIVE_KEY_ID must name one of the keys of PII_ENCRYPTION_KEYS',
    },
  })
  PII_ACTIVE_KEY_ID?: string;

  /** HMAC-SHA256 key of the search hashes of e-mail, phone and document numbers. */
  @ProductionSecret(/^[A-Za-z0-9+/]{43,}={0,2}$/, 'base64 of at least 32 bytes')
  PII_HASH_KEY?: string;

  /** Key id → 32-byte AES key. */
  get encryptionKeys(): Map<string, Buffer> {
    const list = this.PII_ENCRYPTION_KEYS ?? `dev1:${developmentKey('encryption')}`;
    return new Map(
      list.split(',').map((entry) => {
        const [id, key] = entry.split(':');
        return [id, Buffer.from(key, 'base64')];
      }),
    );
  }

  get activeKeyId(): string {
    return this.PII_ACTIVE_KEY_ID ?? [...this.encryptionKeys.keys()][0];
  }

  get hashKey(): Buffer {
    return Buffer.from(this.PII_HASH_KEY ?? developmentKey('hash'), 'base64');
  }
}
