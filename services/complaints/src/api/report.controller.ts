import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '@crm/platform';
import { Requires } from '@crm/security';
import { ReportQueries } from '../application/report.queries';
import { FcaReturnResponse, InsightQuery, InsightResponse, ReportPeriodQuery } from './report.dto';

@ApiTags('reports')
@Controller('v1')
export class ReportController {
  constructor(private readonly reports: ReportQueries) {}

  @Get('reports/cfpb')
  @Requires('reports:read')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="cfpb-complaints.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'us-cfpb complaints received in the period, in the columns of the CFPB public database (RFC 4180 CSV); the narrative only with consent.',
    schema: { type: 'string' },
  })
  @ApiProblemResponses(400, 422)
  cfpb(@Query() query: ReportPeriodQuery): Promise<string> {
    return this.reports.cfpbCsv(query.from, query.to);
  }

  @Get('reports/fca-complaints-return')
  @Requires('reports:read')
  @ApiOkResponse({ type: FcaReturnResponse })
  @ApiProblemResponses(400, 422)
  async fcaReturn(@Query() query: ReportPeriodQuery): Promise<FcaReturnResponse> {
    return {
      from: query.from,
      to: query.to,
      productGroups: await this.reports.fcaReturn(query.from, query.to),
    };
  }

  @Get('insights/complaints')
  @Requires('reports:read')
  @ApiOkResponse({ type: InsightResponse })
  @ApiProblemResponses(400, 422)
  async insights(@Query() query: InsightQuery): Promise<InsightResponse> {
    return {
      groupBy: query.groupBy,
      groups: await this.reports.insights(query.groupBy, query.from, query.to),
    };
  }
}
