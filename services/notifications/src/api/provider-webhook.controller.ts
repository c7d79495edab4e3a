import { Body, Controller, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiProblemResponses } from '@crm/platform';
import { Public } from '@crm/security';
import { RecordDeliveryReceiptUseCase } from '../application/record-delivery-receipt/record-delivery-receipt.use-case';
import { ProviderReceiptRequest } from './notification.dto';

@ApiTags('webhooks')
@Controller('v1/webhooks/providers')
export class ProviderWebhookController {
  constructor(private readonly recordReceipt: RecordDeliveryReceiptUseCase) {}

  // Providers hold no bearer token: the HMAC signature over the raw body authenticates them instead.
  @Post(':provider')
  @Public()
  @HttpCode(200)
  @ApiHeader({ name: 'X-Signature', required: true, description: 'sha256=<hex HMAC-SHA256 of the body>' })
  @ApiOkResponse({ description: 'The receipt was applied (or was not news).' })
  @ApiProblemResponses(400, 401, 404)
  async receipt(
    @Param('provider') provider: string,
    @Headers('x-signature') signature: string | undefined,
    @Body() body: ProviderReceiptRequest,
    @Req() request: FastifyRequest,
  ): Promise<{ status: string }> {
    return this.recordReceipt.execute({
      provider,
      rawBody: request.rawBody ?? Buffer.alloc(0),
      signature,
      messageId: body.messageId,
      reference: body.reference,
      status: body.status,
      error: body.error,
    });
  }
}
