import { parseArgs } from 'node:util';
import type { DeadLetterFilter } from '@crm/platform';
import { adminToken } from './dlq/admin-token';
import { AdminApiError, deadLettersApi } from './dlq/dead-letters-api';
import { deadLetterTable, replaySummary } from './dlq/print';
import { PLATFORM_SERVICES as services } from './platform-services';

const HELP = `Inspect and replay a service's dead letters (its crm.<service>.dlq topic).

usage: npm run dlq -- list|show|replay <service> [--type T] [--since ISO] [--id ID] [--url http://host:port]

  list    the parked records matching the filter, as a table
  show    one parked record (--id, the event id) as JSON; its raw payload too with pii:read
  replay  runs the matching records once more through the service's handlers (at least one of
          --type, --since, --id); an event already applied is a duplicate and changes nothing

  <service>  ${services.map((service) => service.name).join(', ')}
  --type     an event type, e.g. crm.customer.registered.v1
  --since    parked at or after this ISO 8601 instant
  --id       an event id
  --url      the service's base URL; http://127.0.0.1:<its default port> otherwise

The bearer token is CRM_ADMIN_TOKEN (it needs dead-letters:read, and dead-letters:replay to replay).
Without it, a development token is minted with the repository's development key, which services
trust only outside production (NODE_ENV is not production).

Exits 0 on success, 1 when the service refuses or fails, or a replayed record failed again, 2 on a
usage error.`;

function parsedArguments() {
  return parseArgs({
    allowPositionals: true,
    options: {
      type: { type: 'string' },
      since: { type: 'string' },
      id: { type: 'string' },
      url: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parsedArguments>;
  try {
    parsed = parsedArguments();
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, name] = positionals;
  const service = services.find((candidate) => candidate.name === name);
  if (values.help || !service || !['list', 'show', 'replay'].includes(command) || positionals.length > 2) {
    console[values.help ? 'log' : 'error'](HELP);
    return values.help ? 0 : 2;
  }
  const filter: DeadLetterFilter = { type: values.type, since: values.since, id: values.id };
  const api = deadLettersApi(values.url ?? `http://127.0.0.1:${service.defaultPort}`, await adminToken());
  switch (command) {
    case 'list':
      console.log(deadLetterTable(await api.list(filter)));
      return 0;
    case 'show': {
      if (!values.id) return usage('show needs --id <event id>');
      console.log(JSON.stringify(await api.show(values.id), null, 2));
      return 0;
    }
    default: {
      if (!values.type && !values.since && !values.id) return usage('replay needs --type, --since or --id');
      const report = await api.replay(filter);
      console.log(replaySummary(report));
      return report.counts.failed > 0 ? 1 : 0;
    }
  }
}

function usage(message: string): number {
  console.error(`${message}\n\n${HELP}`);
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof AdminApiError ? error.message : error);
    process.exit(1);
  },
);
