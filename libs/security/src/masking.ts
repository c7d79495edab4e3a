import { currentPrincipal } from './request-context';
import type { Principal } from './principal';

/** Whether the current caller may see personal data unmasked. */
export function maySeePersonalData(principal: Principal | undefined = currentPrincipal()): boolean {
  return principal?.permissions.has('pii:read') ?? false;
}

/** `wang.xiaoming@example.cn` → `w***@example.cn` */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${[...email.slice(0, at)][0]}***${email.slice(at)}`;
}

/** `+886912345678` → `+*********678`: the last three digits let a caller confirm a number. */
export function maskPhone(phone: string): string {
  return phone.replace(/\d(?=\d{3})/g, '*');
}
