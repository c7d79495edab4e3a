import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { Redis } from 'ioredis';

/**
 * Rate-limit counters in Redis, shared by every replica of a service. When Redis cannot answer, the
 * limit fails open: the APIs keep serving channel apps (unlimited for the moment, and logged) rather
 * than failing every request because a protection store is down.
 */
export class SharedRateLimitStore implements ThrottlerStorage {
  private readonly logger = new Logger('rate-limits');
  private readonly redis: Redis;
  private readonly store: ThrottlerStorageRedisService;
  private lastWarning = 0;

  constructor(url: string, service: string) {
    // No offline queue and one retry: a command against an unreachable Redis fails at once.
    this.redis = new Redis(url, {
      keyPrefix: `crm:${service}:`,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
    });
    this.redis.on('error', (error) => this.warn(error));
    this.store = new ThrottlerStorageRedisService(this.redis);
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string) {
    try {
      return await this.store.increment(key, ttl, limit, blockDuration, throttlerName);
    } catch (error) {
      this.warn(error as Error);
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
  }

  close(): void {
    this.redis.disconnect();
  }

  private warn(error: Error): void {
    if (Date.now() - this.lastWarning < 10_000) return;
    this.lastWarning = Date.now();
    this.logger.warn(`rate-limit store unavailable, limits are not enforced: ${error.message}`);
  }
}
