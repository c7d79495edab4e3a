import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse } from '@nestjs/swagger';
import type { Permission } from './permissions';

export const ACCESS_RULE = Symbol('ACCESS_RULE');
export const PUBLIC_ROUTE = Symbol('PUBLIC_ROUTE');

export interface AccessRule {
  permission: Permission;
  /**
   * The route parameter holding the customer id the request is about. Customer tokens may use the
   * endpoint only when it is their own id; without it, customer tokens are refused.
   */
  customerParam?: string;
}

/** What an endpoint needs, in one line: `@Requires('customers:read', { customerParam: 'id' })`. */
export function Requires(permission: Permission, options: Omit<AccessRule, 'permission'> = {}) {
  return applyDecorators(
    SetMetadata(ACCESS_RULE, { permission, ...options } satisfies AccessRule),
    ApiBearerAuth(),
    ApiResponse({ status: 401, description: 'No valid bearer token.' }),
    ApiResponse({ status: 403, description: `The token lacks ${permission}.` }),
  );
}

/** Open without a token: health probes, metrics. Everything else is closed by default. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);
