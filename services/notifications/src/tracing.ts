import { startTracing } from '@crm/observability';

startTracing('notifications');
