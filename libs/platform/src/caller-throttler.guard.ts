import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { principalOf } from '@crm/security';

/**
 * Rate limits per caller — the OAuth2 client, the customer behind a customer app, the staff member —
 * rather than per IP address, which many callers share behind a gateway.
 */
@Injectable()
export class CallerThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const principal = principalOf(request);
    return principal ? `${principal.kind}:${principal.subject}` : `ip:${String(request.ip)}`;
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return context.getType() !== 'http';
  }
}
