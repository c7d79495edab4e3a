import { startTracing } from '@crm/observability';

startTracing('interaction-log');
