import {
  Body,
  Controller,
  Get,
  Headers,
  HttpException,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblemResponses, Idempotent, decodeIdCursor, encodeCursor, uuidParam } from '@crm/platform';
import { Requires, maySeePersonalData } from '@crm/security';
import { CustomerQueries } from '../application/customer.queries';
import { RegisterCustomerUseCase } from '../application/register-customer/register-customer.use-case';
import { UpdateCustomerUseCase } from '../application/update-customer/update-customer.use-case';
import type { Customer } from '../domain/customer';
import {
  CustomerPageResponse,
  CustomerResponse,
  RegisterCustomerRequest,
  SearchCustomersQuery,
  UpdateCustomerRequest,
} from './customer.dto';

const etag = (customer: Customer) => `"${customer.snapshot.version}"`;

/** `"3"`, `W/"3"` (weak: same meaning here) or a bare 3. */
function versionFromIfMatch(ifMatch: string | undefined): number {
  if (ifMatch === undefined || ifMatch.trim() === '') {
    // 428 (RFC 6585): an update must say which version it was made against, so none is lost.
    throw new HttpException(
      'If-Match is required: send the ETag of the version you read, e.g. If-Match: "3"',
      HttpStatus.PRECONDITION_REQUIRED,
    );
  }
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch.trim());
  if (!match) {
    throw new HttpException(
      'If-Match must be the ETag of a version, e.g. "3"',
      HttpStatus.PRECONDITION_FAILED,
    );
  }
  return Number(match[1]);
}

@ApiTags('customers')
@Controller('v1/customers')
export class CustomerController {
  constructor(
    private readonly registerCustomer: RegisterCustomerUseCase,
    private readonly updateCustomer: UpdateCustomerUseCase,
    private readonly queries: CustomerQueries,
  ) {}

  @Post()
  @Requires('customers:write')
  @Idempotent()
  @ApiCreatedResponse({ type: CustomerResponse, description: 'Registered; Location and ETag headers set.' })
  @ApiProblemResponses(400, 409, 413, 415, 422)
  async register(
    @Body() body: RegisterCustomerRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerResponse> {
    const customer = await this.registerCustomer.execute(body);
    void reply
      .status(201)
      .header('location', `/v1/customers/${customer.snapshot.id}`)
      .header('etag', etag(customer));
    return CustomerResponse.from(customer, maySeePersonalData());
  }

  @Get()
  @Requires('customers:read')
  @ApiOkResponse({
    type: CustomerPageResponse,
    description: 'Customers matching every criterion given (all customers when none), by id.',
  })
  @ApiProblemResponses(400)
  async search(@Query() query: SearchCustomersQuery): Promise<CustomerPageResponse> {
    const after = query.cursor ? decodeIdCursor(query.cursor) : undefined;
    const reveal = maySeePersonalData();
    // One more than asked tells whether there is a next page.
    const found = await this.queries.search(
      {
        ...(query.email === undefined ? {} : { email: query.email }),
        ...(query.phone === undefined ? {} : { phone: query.phone }),
        ...(query.document === undefined ? {} : { document: query.document }),
        ...(query.name === undefined ? {} : { name: query.name }),
        ...(after === undefined ? {} : { after }),
        limit: query.limit + 1,
      },
      reveal,
    );
    const page = found.slice(0, query.limit);
    return {
      items: page.map((customer) => CustomerResponse.from(customer, reveal)),
      nextCursor: found.length > query.limit ? encodeCursor({ id: page[page.length - 1].snapshot.id }) : null,
    };
  }

  @Get(':id')
  @Requires('customers:read', { customerParam: 'id' })
  @ApiOkResponse({ type: CustomerResponse, description: 'The record; the ETag header holds its version.' })
  @ApiProblemResponses(400, 404)
  async get(
    @Param('id', uuidParam('id')) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerResponse> {
    const reveal = maySeePersonalData();
    const customer = await this.queries.get(id, reveal);
    void reply.header('etag', etag(customer));
    return CustomerResponse.from(customer, reveal);
  }

  @Patch(':id')
  @Requires('customers:write', { customerParam: 'id' })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of the version read, e.g. "3".' })
  @ApiOkResponse({ type: CustomerResponse, description: 'Updated; the ETag header holds the new version.' })
  @ApiResponse({ status: 412, description: 'If-Match names a version that is no longer the current one.' })
  @ApiResponse({ status: 428, description: 'If-Match is missing.' })
  @ApiProblemResponses(400, 404, 409, 422)
  async update(
    @Param('id', uuidParam('id')) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateCustomerRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerResponse> {
    const customer = await this.updateCustomer.execute({
      customerId: id,
      expectedVersion: versionFromIfMatch(ifMatch),
      changes: body,
    });
    void reply.header('etag', etag(customer));
    return CustomerResponse.from(customer, maySeePersonalData());
  }
}
