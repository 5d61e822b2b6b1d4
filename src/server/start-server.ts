/**
 * Listening and stopping. `stop()` stops accepting connections, lets in-flight requests finish (Fastify
 * answers 503 to new ones meanwhile), then resolves; the owner of `deps` closes the database after it.
 */
import type { App } from './platform/app';

export interface RunningServer {
  /** e.g. http://127.0.0.1:3000 */
  url: string;
  /** Graceful stop; safe to call twice. */
  stop(): Promise<void>;
  /** Resolves once the server has stopped (by stop() or a signal). */
  stopped: Promise<void>;
}

export async function listenServer(app: App, options: { port: number; host: string }): Promise<RunningServer> {
  await app.listen({ port: options.port, host: options.host, listenTextResolver: (address) => address });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  let stopping: Promise<void> | null = null;
  let markStopped: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => {
    markStopped = resolve;
  });
  const stop = () => {
    stopping ??= app.close().then(markStopped);
    return stopping;
  };
  return { url: `http://${host}:${port}`, stop, stopped };
}

/** Stops the server gracefully on SIGINT or SIGTERM (once; a second signal is left to the default). */
export function stopOnSignals(server: RunningServer, log: (message: string) => void): void {
  const onSignal = (signal: NodeJS.Signals) => {
    log(`收到 ${signal}，正在停止：等待进行中的请求完成……`);
    void server.stop();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  void server.stopped.then(() => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  });
}
