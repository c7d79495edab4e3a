// Tracing first, so that http and pg are instrumented when NestJS loads them.
import './tracing';
import { runService } from '@crm/platform';
import { interactionLogService } from './interaction-log.service';

void runService(interactionLogService);
