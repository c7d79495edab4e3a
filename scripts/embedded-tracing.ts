import { startTracing } from '@crm/observability';

startTracing('crm-platform');
