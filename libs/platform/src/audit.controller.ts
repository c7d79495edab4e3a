import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { Requires } from '@crm/security';
import { PageQuery, decodeCursor, encodeCursor } from './paging';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) subject?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) action?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) resourceType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) resourceId?: string;
  @ApiPropertyOptional({ enum: ['success', 'denied', 'failure'] })
  @IsOptional()
  @IsIn(['success', 'denied', 'failure'])
  outcome?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) to?: string;
}

class AuditRecordResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ enum: ['client', 'customer', 'staff', 'system', 'anonymous'] }) actorKind!: string;
  @ApiProperty() subject!: string;
  @ApiPropertyOptional() clientId?: string;
  @ApiProperty({ type: [String] }) roles!: string[];
  @ApiProperty() action!: string;
  @ApiProperty() resourceType!: string;
  @ApiPropertyOptional() resourceId?: string;
  @ApiProperty({ type: [String] }) fields!: string[];
  @ApiProperty() outcome!: string;
  @ApiPropertyOptional() traceId?: string;
}

class AuditPageResponse {
  @ApiProperty({ type: [AuditRecordResponse] }) items!: AuditRecordResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

/** Auditors read each service's trail here, newest first. */
@ApiTags('audit')
@Controller('v1/audit')
export class AuditController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Requires('audit:read')
  @ApiOkResponse({ type: AuditPageResponse })
  async list(@Query() query: AuditQuery): Promise<AuditPageResponse> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    const where = (sql: string, value: unknown) => {
      values.push(value);
      conditions.push(sql.replace('?', `$${values.length}`));
    };
    if (query.subject) where('subject = ?', query.subject);
    if (query.action) where('action = ?', query.action);
    if (query.resourceType) where('resource_type = ?', query.resourceType);
    if (query.resourceId) where('resource_id = ?', query.resourceId);
    if (query.outcome) where('outcome = ?', query.outcome);
    if (query.from) where('occurred_at >= ?', query.from);
    if (query.to) where('occurred_at < ?', query.to);
    if (query.cursor) where('id < ?', decodeCursor(query.cursor, ['id'] as const).id);
    values.push(query.limit + 1);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT * FROM audit_log ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY id DESC LIMIT $${values.length}`,
      values,
    );
    const items = rows.slice(0, query.limit).map((row) => ({
      id: String(row.id),
      occurredAt: (row.occurred_at as Date).toISOString(),
      actorKind: row.actor_kind as string,
      subject: row.subject as string,
      ...(row.client_id ? { clientId: row.client_id as string } : {}),
      roles: row.roles as string[],
      action: row.action as string,
      resourceType: row.resource_type as string,
      ...(row.resource_id ? { resourceId: row.resource_id as string } : {}),
      fields: row.fields as string[],
      outcome: row.outcome as string,
      ...(row.trace_id ? { traceId: row.trace_id as string } : {}),
    }));
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > query.limit && last ? encodeCursor({ id: last.id }) : null };
  }
}
