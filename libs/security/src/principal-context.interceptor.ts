import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import { principalOf } from './access.guard';
import { runAs } from './request-context';

/** Makes the request's principal the current one while its handler runs (audit trail, masking). */
@Injectable()
export class PrincipalContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const principal =
      context.getType() === 'http' ? principalOf(context.switchToHttp().getRequest()) : undefined;
    if (!principal) return next.handle();
    return new Observable((subscriber) => runAs(principal, () => next.handle().subscribe(subscriber)));
  }
}
