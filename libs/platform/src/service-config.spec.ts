import { InvalidConfigurationError, loadServiceConfig } from './service-config';

describe('loadServiceConfig', () => {
  const base = {
    DATABASE_URL: 'postgres://crm@db:5432/crm_customer_profile',
    KAFKA_BROKERS: 'kafka-0:9092,kafka-1:9092',
  };

  it('fills defaults and reads the brokers', () => {
    const config = loadServiceConfig('customer-profile', 3001, base);
    expect(config.PORT).toBe(3001);
    expect(config.kafkaBrokers).toEqual(['kafka-0:9092', 'kafka-1:9092']);
    expect(config.runsMigrationsOnStart).toBe(true);
  });

  it('leaves migrations to the migration job in production unless told otherwise', () => {
    const production = { ...base, NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.bank.example/jwks' };
    expect(loadServiceConfig('x', 1, production).runsMigrationsOnStart).toBe(false);
    expect(
      loadServiceConfig('x', 1, { ...production, MIGRATIONS_RUN_ON_START: 'true' }).runsMigrationsOnStart,
    ).toBe(true);
  });

  it('needs no brokers for the in-process transport', () => {
    expect(() =>
      loadServiceConfig('x', 1, { DATABASE_URL: base.DATABASE_URL, EVENT_TRANSPORT: 'in-process' }),
    ).not.toThrow();
  });

  it('refuses to start in production without a JWKS URL or while trusting the development key', () => {
    const production = { ...base, NODE_ENV: 'production' };
    expect(() => loadServiceConfig('x', 1, production)).toThrow(/AUTH_JWKS_URL: production needs/);
    expect(() =>
      loadServiceConfig('x', 1, {
        ...production,
        AUTH_JWKS_URL: 'https://idp.bank.example/jwks',
        AUTH_TRUST_DEVELOPMENT_KEY: 'true',
      }),
    ).toThrow(/never trusts the development key/);
    const config = loadServiceConfig('x', 1, {
      ...production,
      AUTH_JWKS_URL: 'https://idp.bank.example/jwks',
    });
    expect(config.trustsDevelopmentKey).toBe(false);
  });

  it('accepts asymmetric token algorithms only', () => {
    expect(() => loadServiceConfig('x', 1, { ...base, AUTH_ALGORITHMS: 'HS256' })).toThrow(/AUTH_ALGORITHMS/);
    expect(() => loadServiceConfig('x', 1, { ...base, AUTH_ALGORITHMS: 'none' })).toThrow(/AUTH_ALGORITHMS/);
  });

  it('names every bad variable in one message', () => {
    let error: unknown;
    try {
      loadServiceConfig('complaints', 3003, { PORT: '99999', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidConfigurationError);
    const message = (error as Error).message;
    expect(message).toContain('complaints cannot start');
    for (const variable of ['PORT', 'DATABASE_URL', 'KAFKA_BROKERS', 'LOG_LEVEL'])
      expect(message).toContain(`${variable}:`);
  });
});
