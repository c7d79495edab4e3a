import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';

export const WEBHOOK_PATH_PREFIX = '/v1/webhooks/';

declare module 'fastify' {
  interface FastifyRequest {
    /** The exact body bytes of a webhook request: provider signatures are over them. */
    rawBody?: Buffer;
  }
}

/** Keeps the raw body of webhook requests before JSON parsing, for signature checks. */
@Injectable()
export class RawBodyHook implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('preParsing', async (request: FastifyRequest, _reply, payload) => {
      if (!request.url.startsWith(WEBHOOK_PATH_PREFIX)) return payload;
      const chunks: Buffer[] = [];
      for await (const chunk of payload)
        chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
      request.rawBody = Buffer.concat(chunks);
      return Readable.from([request.rawBody]);
    });
  }
}
