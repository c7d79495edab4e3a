import { startTracing } from '@crm/observability';

startTracing('complaints');
