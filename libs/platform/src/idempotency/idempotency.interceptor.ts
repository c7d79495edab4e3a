import {
  Injectable,
  SetMetadata,
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DomainError } from '@crm/kernel';
import { TransactionRunner, requireTransaction } from '@crm/persistence';
import { principalOf } from '@crm/security';
import { RequestValidationError } from '../problem-details';

const IDEMPOTENT = Symbol('IDEMPOTENT');

/**
 * A creating endpoint that honours `Idempotency-Key`: a retry with the same key and body gets the
 * first answer (with `Idempotent-Replayed: true`) instead of creating twice.
 */
export const Idempotent = () =>
  applyDecorators(
    SetMetadata(IDEMPOTENT, true),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Any unique string (e.g. a UUID) per intended operation; retries reuse it. Kept 24 hours.',
    }),
  );

interface StoredResponse {
  request_hash: string;
  status: number;
  response: unknown;
}

/**
 * The key is claimed, the handler runs and its answer is stored in one database transaction, which
 * the handler's own writes join: either all of it commits or none. A concurrent retry waits on the
 * key's row and then replays the stored answer.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly transactions: TransactionRunner,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http' || !this.reflector.get<boolean>(IDEMPOTENT, context.getHandler()))
      return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const key = request.headers['idempotency-key'];
    if (key === undefined) return next.handle();
    if (typeof key !== 'string' || !/^[\x21-\x7e]{1,255}$/.test(key)) {
      throw new RequestValidationError([
        {
          pointer: '/headers/idempotency-key',
          detail: 'Idempotency-Key must be 1 to 255 visible ASCII characters',
        },
      ]);
    }
    const principal = principalOf(request);
    const caller = principal ? `${principal.kind}:${principal.subject}` : 'anonymous';
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.url.split('?')[0]}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');

    return from(
      this.transactions.run(async () => {
        const manager = requireTransaction();
        // Waits here while another request holding the same key is still running.
        await manager.query('SELECT pg_advisory_xact_lock(3, hashtext($1))', [JSON.stringify([caller, key])]);
        const [stored] = (await manager.query(
          'SELECT request_hash, status, response FROM idempotency_keys WHERE caller = $1 AND key = $2',
          [caller, key],
        )) as StoredResponse[];
        if (stored) {
          if (stored.request_hash !== requestHash) {
            throw new DomainError(
              'IDEMPOTENCY_KEY_REUSED',
              'invalid',
              'this Idempotency-Key was used for a different request',
            );
          }
          void reply.status(stored.status).header('idempotent-replayed', 'true');
          return stored.response;
        }
        const response = await lastValueFrom(next.handle(), { defaultValue: null });
        await manager.query(
          'INSERT INTO idempotency_keys (caller, key, request_hash, status, response) VALUES ($1, $2, $3, $4, $5)',
          [caller, key, requestHash, reply.statusCode, JSON.stringify(response)],
        );
        return response;
      }),
    );
  }
}
