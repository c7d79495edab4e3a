// Tracing first, so that http and pg are instrumented when NestJS loads them.
import './tracing';
import { runService } from '@crm/platform';
import { complaintsService } from './complaints.service';

void runService(complaintsService);
