/**
 * Hearing a PostgreSQL server's announcements of changes (migration 0008, see read-cache.ts) on a connection of
 * its own, open for the life of the process. Changes committed by any process reach every process's cache
 * moments after the commit. When the connection is lost the cache is off, and a new connection is tried every
 * second until one listens again.
 */
import pg from 'pg';
import { changeChannel, type ReadCache } from './read-cache';

const retryMs = 1_000;

export interface ChangeListener {
  /** Stops listening (the cache stays off) and closes the connection. */
  stop(): Promise<void>;
}

/** Listens for the changes of the server at `connectionString`; the cache is on once the first attempt succeeds. */
export async function listenForChanges(connectionString: string, cache: ReadCache): Promise<ChangeListener> {
  let stopped = false;
  let listening: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;

  const tryAgainLater = () => {
    if (!stopped && !retry) retry = setTimeout(() => void listen(), retryMs);
  };

  async function listen(): Promise<void> {
    retry = null;
    const client = new pg.Client({ connectionString, keepAlive: true, application_name: 'jixiao: changes' });
    let lost = false;
    const lose = () => {
      if (lost) return;
      lost = true;
      if (listening === client) listening = null;
      cache.setListening(false);
      client.end().catch(() => undefined);
      tryAgainLater();
    };
    client.on('error', lose);
    client.on('end', lose);
    client.on('notification', () => cache.forget());
    try {
      await client.connect();
      await client.query(`LISTEN ${changeChannel}`);
    } catch {
      lose();
      return;
    }
    if (stopped) return void client.end().catch(() => undefined);
    listening = client;
    cache.setListening(true);
  }

  await listen();
  return {
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      cache.setListening(false);
      await listening?.end().catch(() => undefined);
    },
  };
}
