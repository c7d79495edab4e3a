import { Module } from '@nestjs/common';

/** The service's domain arrives with its own issue; the platform already gives it health, metrics, docs and events. */
@Module({})
export class ComplaintsModule {}
