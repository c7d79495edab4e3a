import { startTracing } from '@crm/observability';

startTracing('loan-servicing');
