import 'reflect-metadata';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
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
  @Min(10)
  OUTBOX_POLL_INTERVAL_MS = 1000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  CONSUMER_MAX_ATTEMPTS = 5;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  CONSUMER_INITIAL_BACKOFF_MS = 200;

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

export function loadServiceConfig(
  service: string,
  defaultPort: number,
  env: Record<string, string | undefined>,
): ServiceConfig {
  const defined = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const config = plainToInstance(ServiceConfig, { PORT: defaultPort, ...defined });
  const errors = validateSync(config, { forbidUnknownValues: false });
  if (errors.length > 0) {
    throw new InvalidConfigurationError(
      service,
      errors.flatMap((error) =>
        Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message}`),
      ),
    );
  }
  return config;
}
