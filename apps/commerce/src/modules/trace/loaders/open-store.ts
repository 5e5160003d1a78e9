import type { LoaderOptions } from '@medusajs/framework/types';
import { asValue } from '@medusajs/framework/awilix';
import { openTraceStore } from '@nguongoc/trace-store';

export interface TraceModuleOptions {
  /** The backend's PostgreSQL: the trace tables live in its `trace` schema. */
  databaseUrl: string;
  /** TRACE_MASTER_KEY: encrypts the ledgers' signing keys at rest. */
  masterKey: string;
  /** Sign a checkpoint of every ledger that grew, this often (default 60 s). */
  checkpointEverySeconds?: number;
  /** The storefront (trace pages `/t/<code>`) and the label printer that the admin links to. */
  links: TraceLinks;
}

export interface TraceLinks {
  storefront: string;
  /** The workspace (`WORKSPACE_URL`): a lot's labels are printed at `/lots/<lot>/labels`. */
  labelPrinter: string;
}

/** Opens the trace store (running its migrations) once, when the application starts. */
export default async function openStore({
  container,
  options,
}: LoaderOptions<TraceModuleOptions>): Promise<void> {
  if (!options?.databaseUrl || !options.masterKey || !options.links) {
    throw new Error(
      'Mô-đun truy xuất cần databaseUrl, masterKey và links / the trace module needs databaseUrl, masterKey and links',
    );
  }
  const url = new URL(options.databaseUrl);
  url.searchParams.set('schema', 'trace');
  const store = await openTraceStore({
    url: url.toString(),
    environment: { ...process.env, TRACE_MASTER_KEY: options.masterKey },
    checkpointEverySeconds: options.checkpointEverySeconds ?? 60,
  });
  container.register({
    traceStore: asValue(store),
    traceLinks: asValue(options.links),
  });
}
