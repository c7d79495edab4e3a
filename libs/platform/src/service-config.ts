import 'reflect-metadata';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  ValidateIf,
  validateSync,
} from 'class-validator';

/**
 * A service's configuration, read from its environment once at start. Anything missing or malformed
 * stops the service with one message that names every bad variable, before it touches a database.
 */
export class ServiceConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT!: number;

  @IsString()
  HOST = '0.0.0.0';

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// connection string' })
  DATABASE_URL!: string;

  @IsIn(['kafka', 'in-process'])
  EVENT_TRANSPORT: 'kafka' | 'in-process' = 'kafka';

  @ValidateIf((config: ServiceConfig) => config.EVENT_TRANSPORT === 'kafka')
  @Matches(/^[^\s,]+:\d+(,[^\s,]+:\d+)*$/, { message: 'KAFKA_BROKERS must be host:port[,host:port…]' })
  KAFKA_BROKERS?: string;

  /** Isolates environments that share one broker; empty in production. */
  @IsOptional()
  @Matches(/^[a-z0-9-]*\.?$/, { message: 'EVENTS_TOPIC_PREFIX may hold only a-z, 0-9, - and a final dot' })
  EVENTS_TOPIC_PREFIX = '';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(10 * 1024 * 1024)
  HTTP_BODY_LIMIT_BYTES = 256 * 1024;

  /** Production runs migrations as a separate Job before rollout; elsewhere the service runs them. */
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : value === 'true' || value === true))
  @IsBoolean()
  MIGRATIONS_RUN_ON_START?: boolean;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /**
   * How long a request waits for a pooled connection before the database counts as unreachable (503).
   * 0 waits without limit: PGlite serves one transaction at a time, so there a wait says nothing.
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  DATABASE_CONNECT_TIMEOUT_MS = 5000;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  OUTBOX_POLL_INTERVAL_MS = 1000;

  /** Wake the outbox relay with LISTEN/NOTIFY on a connection of its own; polling alone when off. */
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  OUTBOX_LISTEN = true;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  CONSUMER_MAX_ATTEMPTS = 5;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  CONSUMER_INITIAL_BACKOFF_MS = 200;

  /** The identity provider's JWKS; required in production. */
  @IsOptional()
  @IsUrl(
    { require_tld: false, protocols: ['https', 'http'] },
    { message: 'AUTH_JWKS_URL must be an http(s) URL' },
  )
  AUTH_JWKS_URL?: string;

  @IsString()
  AUTH_ISSUER = 'crm-development';

  @IsString()
  AUTH_AUDIENCE = 'crm-platform';

  /** Asymmetric algorithms only; HS* and `none` are never accepted. */
  @Matches(/^((RS|PS|ES)(256|384|512)|EdDSA)(,((RS|PS|ES)(256|384|512)|EdDSA))*$/, {
    message: 'AUTH_ALGORITHMS must list asymmetric JWS algorithms, e.g. RS256,ES256',
  })
  AUTH_ALGORITHMS = 'RS256,PS256,ES256,EdDSA';

  /** Trust the repository's development key (`npm run token`). Never in production. */
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : value === 'true' || value === true))
  @IsBoolean()
  AUTH_TRUST_DEVELOPMENT_KEY?: boolean;

  /** Requests per minute per caller (client, customer or staff member); 0 turns the limit off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  RATE_LIMIT_PER_MINUTE = 1200;

  /** Shares rate-limit counters between replicas, e.g. redis://redis:6379. */
  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL?: string;

  /** Browser origins allowed to call the APIs (comma-separated); CORS is closed when empty. */
  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  HTTP_REQUEST_TIMEOUT_MS = 30_000;

  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(256)
  JSON_MAX_DEPTH = 32;

  /** How often each scheduled job of the service runs (follow-ups due, SLA clocks, the daily loan run); 0 turns them off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  SCHEDULER_INTERVAL_MS = 30_000;

  get trustsDevelopmentKey(): boolean {
    return this.AUTH_TRUST_DEVELOPMENT_KEY ?? this.NODE_ENV !== 'production';
  }

  get runsMigrationsOnStart(): boolean {
    return this.MIGRATIONS_RUN_ON_START ?? this.NODE_ENV !== 'production';
  }

  get kafkaBrokers(): string[] {
    return (this.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
  }
}

export class InvalidConfigurationError extends Error {
  constructor(
    readonly service: string,
    readonly problems: string[],
  ) {
    super(`${service} cannot start, its configuration is invalid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'InvalidConfigurationError';
  }
}

function definedVariables(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
    ),
  );
}

function problemsOf(config: object): string[] {
  return validateSync(config, { forbidUnknownValues: false }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message}`),
  );
}

/**
 * A service's own settings (a class with defaults and class-validator rules, named in its descriptor),
 * read from the same environment and refused the same way as the platform's.
 */
export function loadServiceSettings<T extends object>(
  service: string,
  settings: new () => T,
  env: Record<string, string | undefined>,
): T {
  const loaded = plainToInstance(settings, definedVariables(env), { exposeDefaultValues: true });
  const problems = problemsOf(loaded);
  if (problems.length > 0) throw new InvalidConfigurationError(service, problems);
  return loaded;
}

export function loadServiceConfig(
  service: string,
  defaultPort: number,
  env: Record<string, string | undefined>,
): ServiceConfig {
  const config = plainToInstance(ServiceConfig, { PORT: defaultPort, ...definedVariables(env) });
  const problems = problemsOf(config);
  if (config.NODE_ENV === 'production') {
    if (!config.AUTH_JWKS_URL)
      problems.push('AUTH_JWKS_URL: production needs the identity provider JWKS URL');
    if (config.trustsDevelopmentKey)
      problems.push('AUTH_TRUST_DEVELOPMENT_KEY: production never trusts the development key');
  } else if (!config.AUTH_JWKS_URL && !config.trustsDevelopmentKey) {
    problems.push('AUTH_JWKS_URL: set it, or AUTH_TRUST_DEVELOPMENT_KEY=true outside production');
  }
  if (problems.length > 0) throw new InvalidConfigurationError(service, problems);
  return config;
}
