import { randomBytes } from 'node:crypto';
import { InvalidConfigurationError, loadServiceSettings } from '@crm/platform';
import { CustomerProfileSettings } from './customer-profile.settings';

const key = () => randomBytes(32).toString('base64');

describe('CustomerProfileSettings', () => {
  it('uses a development key outside production', () => {
    const settings = loadServiceSettings('customer-profile', CustomerProfileSettings, { NODE_ENV: 'test' });
    expect(settings.encryptionKeys.get(settings.activeKeyId)).toHaveLength(32);
    expect(settings.hashKey.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses to start in production without its own keys, naming each', () => {
    expect(() =>
      loadServiceSettings('customer-profile', CustomerProfileSettings, { NODE_ENV: 'production' }),
    ).toThrow(InvalidConfigurationError);
    try {
      loadServiceSettings('customer-profile', CustomerProfileSettings, { NODE_ENV: 'production' });
    } catch (error) {
      const problems = (error as InvalidConfigurationError).problems.join('\n');
      expect(problems).toContain('PII_ENCRYPTION_KEYS');
      expect(problems).toContain('PII_ACTIVE_KEY_ID');
      expect(problems).toContain('PII_HASH_KEY');
    }
  });

  it('accepts production keys and refuses an active key that is not in the list', () => {
    const env = {
      NODE_ENV: 'production',
      PII_ENCRYPTION_KEYS: `k1:${key()},k2:${key()}`,
      PII_ACTIVE_KEY_ID: 'k2',
      PII_HASH_KEY: key(),
    };
    const settings = loadServiceSettings('customer-profile', CustomerProfileSettings, env);
    expect(settings.activeKeyId).toBe('k2');
    expect([...settings.encryptionKeys.keys()]).toEqual(['k1', 'k2']);
    expect(() =>
      loadServiceSettings('customer-profile', CustomerProfileSettings, { ...env, PII_ACTIVE_KEY_ID: 'k3' }),
    ).toThrow(/PII_ACTIVE_KEY_ID/);
    expect(() =>
      loadServiceSettings('customer-profile', CustomerProfileSettings, {
        ...env,
        PII_ENCRYPTION_KEYS: 'k1:short',
      }),
    ).toThrow(/PII_ENCRYPTION_KEYS/);
  });
});
