import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblemResponses, Idempotent, uuidParam } from '@crm/platform';
import { Requires, maySeePersonalData } from '@crm/security';
import { CustomerQueries } from '../application/customer.queries';
import { RegisterCustomerUseCase } from '../application/register-customer/register-customer.use-case';
import { CustomerResponse, RegisterCustomerRequest } from './customer.dto';

@ApiTags('customers')
@Controller('v1/customers')
export class CustomerController {
  constructor(
    private readonly registerCustomer: RegisterCustomerUseCase,
    private readonly queries: CustomerQueries,
  ) {}

  @Post()
  @Requires('customers:write')
  @Idempotent()
  @ApiCreatedResponse({ type: CustomerResponse })
  @ApiProblemResponses(400, 413, 415, 422)
  async register(
    @Body() body: RegisterCustomerRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerResponse> {
    const customer = await this.registerCustomer.execute(body);
    void reply.status(201).header('location', `/v1/customers/${customer.snapshot.id}`);
    return CustomerResponse.from(customer, maySeePersonalData());
  }

  @Get(':id')
  @Requires('customers:read', { customerParam: 'id' })
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', uuidParam('id')) id: string): Promise<CustomerResponse> {
    const reveal = maySeePersonalData();
    return CustomerResponse.from(await this.queries.get(id, reveal), reveal);
  }
}
