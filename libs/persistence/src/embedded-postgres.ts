import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';

export interface EmbeddedPostgres {
  /** A postgres:// URL any PostgreSQL client (node-postgres, TypeORM, psql) can use. */
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Real PostgreSQL compiled to WebAssembly (PGlite), kept in a folder and served on a loopback port
 * over the PostgreSQL wire protocol, so that a service uses it exactly as it uses a server: same
 * driver, same TypeORM entities and migrations. PGlite has one session, so each service runs with a
 * pool of one and without a separate LISTEN connection. `maxConnections` above one lets several
 * clients share it (replicas in tests): the server gives a connection that opens a transaction the
 * session until it ends, so transactions of different connections run one after the other.
 */
export async function startEmbeddedPostgres(
  dataDirectory: string,
  options: { maxConnections?: number } = {},
): Promise<EmbeddedPostgres> {
  // Loaded here, not with the library: services on a PostgreSQL server never load the WebAssembly build.
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  mkdirSync(dataDirectory, { recursive: true });
  const db = await PGlite.create(dataDirectory);
  const port = await freePort();
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port,
    maxConnections: options.maxConnections ?? 1,
  });
  await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
