export {
  PERMISSIONS,
  STAFF_ROLES,
  ROLE_PERMISSIONS,
  CUSTOMER_SELF_PERMISSIONS,
  isPermission,
  type Permission,
  type StaffRole,
} from './permissions';
export { systemPrincipal, type Principal } from './principal';
export { runAs, currentPrincipal } from './request-context';
export {
  TokenVerifier,
  AuthenticationError,
  developmentPublicJwk,
  type TokenVerifierOptions,
} from './token-verifier';
export { Requires, Public, ACCESS_RULE, PUBLIC_ROUTE, type AccessRule } from './access.decorators';
export { AccessGuard, AccessDeniedError, principalOf } from './access.guard';
export { PrincipalContextInterceptor } from './principal-context.interceptor';
export { AuditTrail, type AuditEntry, type AuditRecord } from './audit/audit-trail';
export { CreateAuditLog1732000000001 } from './audit/1732000000001-create-audit-log';
export { maySeePersonalData, maskEmail, maskPhone } from './masking';
