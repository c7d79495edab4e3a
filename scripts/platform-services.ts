import { complaintsService } from '@crm/complaints';
import { customerProfileService } from '@crm/customer-profile';
import { interactionLogService } from '@crm/interaction-log';
import { loanServicingService } from '@crm/loan-servicing';
import { notificationsService } from '@crm/notifications';
import type { ServiceDescriptor } from '@crm/platform';

/** Every service of the platform, in the order they start. */
export const PLATFORM_SERVICES: readonly ServiceDescriptor[] = [
  customerProfileService,
  interactionLogService,
  complaintsService,
  loanServicingService,
  notificationsService,
];
