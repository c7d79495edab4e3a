import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblemResponses, Idempotent, uuidParam } from '@crm/platform';
import { Requires, maySeePersonalData } from '@crm/security';
import { AddIdentityDocumentUseCase } from '../application/add-identity-document/add-identity-document.use-case';
import { CustomerQueries } from '../application/customer.queries';
import {
  AddIdentityDocumentRequest,
  IdentityDocumentResponse,
  IdentityDocumentsResponse,
} from './identity-document.dto';

@ApiTags('identity documents')
@Controller('v1/customers/:id/identity-documents')
export class IdentityDocumentController {
  constructor(
    private readonly addDocument: AddIdentityDocumentUseCase,
    private readonly queries: CustomerQueries,
  ) {}

  @Post()
  @Requires('customers:write', { customerParam: 'id' })
  @Idempotent()
  @ApiCreatedResponse({ type: IdentityDocumentResponse })
  @ApiProblemResponses(400, 404, 409, 422)
  async add(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: AddIdentityDocumentRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IdentityDocumentResponse> {
    const document = await this.addDocument.execute({
      customerId: id,
      type: body.type,
      issuingCountry: body.issuingCountry,
      number: body.number,
    });
    void reply.status(201).header('location', `/v1/customers/${id}/identity-documents/${document.id}`);
    return IdentityDocumentResponse.from(document, maySeePersonalData());
  }

  @Get()
  @Requires('customers:read', { customerParam: 'id' })
  @ApiOkResponse({
    type: IdentityDocumentsResponse,
    description: 'Numbers masked unless the caller holds pii:read.',
  })
  @ApiProblemResponses(400, 404)
  async list(@Param('id', uuidParam('id')) id: string): Promise<IdentityDocumentsResponse> {
    const reveal = maySeePersonalData();
    const documents = await this.queries.documentsOf(id, reveal);
    return { items: documents.map((document) => IdentityDocumentResponse.from(document, reveal)) };
  }
}
