import { startTracing } from '@crm/observability';

startTracing('customer-profile');
