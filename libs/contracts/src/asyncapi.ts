import { EVENT_CATALOG } from './catalog';
import { SERVICES, eventsTopic } from './topics';

/**
 * The AsyncAPI 3 document of every topic and event type, generated from the catalog so that it cannot
 * drift from the code. `npm run contracts:asyncapi` writes it to libs/contracts/asyncapi.json.
 */
export function buildAsyncApiDocument(): Record<string, unknown> {
  const messageName = (type: string) => type.replace(/\./g, '_');
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};

  for (const definition of EVENT_CATALOG) {
    messages[messageName(definition.type)] = {
      name: definition.type,
      title: definition.type,
      summary: definition.summary,
      contentType: 'application/cloudevents+json',
      headers: {
        type: 'object',
        properties: {
          'content-type': { type: 'string', const: 'application/cloudevents+json; charset=utf-8' },
          traceparent: {
            type: 'string',
            description: 'W3C trace context of the change that caused the event',
          },
        },
      },
      payload: {
        type: 'object',
        required: ['specversion', 'id', 'source', 'type', 'time', 'datacontenttype', 'partitionkey', 'data'],
        properties: {
          specversion: { type: 'string', const: '1.0' },
          id: { type: 'string' },
          source: { type: 'string' },
          type: { type: 'string', const: definition.type },
          time: { type: 'string', format: 'date-time' },
          subject: { type: 'string' },
          datacontenttype: { type: 'string', const: 'application/json' },
          partitionkey: { type: 'string', description: 'The customer id; also the Kafka message key.' },
          data: definition.dataSchema,
        },
      },
      examples: [{ name: 'example', payload: { type: definition.type, data: definition.example } }],
      bindings: { kafka: { key: { type: 'string', description: 'customer id' }, bindingVersion: '0.5.0' } },
    };
  }

  for (const service of SERVICES) {
    const channelId = eventsTopic(service);
    const produced = EVENT_CATALOG.filter((definition) => definition.producers.includes(service));
    channels[channelId] = {
      address: channelId,
      description: `Events published by ${service} through its transactional outbox.`,
      messages: Object.fromEntries(
        produced.map((d) => [messageName(d.type), { $ref: `#/components/messages/${messageName(d.type)}` }]),
      ),
    };
    if (produced.length > 0) {
      operations[`publish-${service}-events`] = {
        action: 'send',
        channel: { $ref: `#/channels/${channelId.replace(/\//g, '~1')}` },
        messages: produced.map((d) => ({ $ref: `#/channels/${channelId}/messages/${messageName(d.type)}` })),
      };
    }
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Cross-cultural banking CRM events',
      version: '1.0.0',
      description:
        'CloudEvents 1.0 in structured mode over Kafka; the key of every message is the customer id.',
    },
    defaultContentType: 'application/cloudevents+json',
    channels,
    operations,
    components: { messages },
  };
}
