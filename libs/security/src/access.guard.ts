import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, NotFoundError } from '@crm/kernel';
import { AuditTrail } from './audit/audit-trail';
import { ACCESS_RULE, PUBLIC_ROUTE, type AccessRule } from './access.decorators';
import type { Principal } from './principal';
import { AuthenticationError, TokenVerifier } from './token-verifier';

interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  params?: Record<string, string>;
}

const principals = new WeakMap<object, Principal>();

/** The principal the guard established for a request. */
export function principalOf(request: object): Principal | undefined {
  return principals.get(request);
}

export class AccessDeniedError extends DomainError {
  constructor(message: string) {
    super('ACCESS_DENIED', 'forbidden', message);
  }
}

/**
 * Every HTTP route is closed unless it is @Public() or its @Requires(...) rule is met: a missing or
 * invalid token is 401, a token without the right is 403, and a customer token pointed at another
 * customer's resource is 404 — the answer never says whether that resource exists.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly audit: AuditTrail,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<HttpRequest>();
    const header = request.headers.authorization;
    const token = typeof header === 'string' && /^Bearer /i.test(header) ? header.slice(7).trim() : undefined;
    if (!token) throw new AuthenticationError('a bearer token is required');
    const principal = await this.verifier.verify(token);
    principals.set(request, principal);

    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, targets);
    const resource = request.url.split('?')[0];
    if (!rule || !principal.permissions.has(rule.permission)) {
      await this.deny(principal, request, resource);
      throw new AccessDeniedError(
        rule ? `this action needs ${rule.permission}` : 'this endpoint declares no access rule',
      );
    }
    if (principal.kind === 'customer') {
      const customerId = rule.customerParam ? request.params?.[rule.customerParam] : undefined;
      if (!customerId) {
        await this.deny(principal, request, resource);
        throw new AccessDeniedError('customer tokens may not use this endpoint');
      }
      if (customerId.toLowerCase() !== principal.subject.toLowerCase()) {
        await this.deny(principal, request, resource);
        throw new NotFoundError('NOT_FOUND', 'No such resource.');
      }
    }
    return true;
  }

  private deny(principal: Principal, request: HttpRequest, resource: string): Promise<void> {
    return this.audit.record(
      { action: `${request.method} ${resource}`, resourceType: 'http', outcome: 'denied' },
      principal,
    );
  }
}
