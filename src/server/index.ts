/** The HTTP server: build it on use-case dependencies, listen, stop gracefully. See docs/ARCHITECTURE.md "Server". */
export { buildServer } from './build-server';
export type { App } from './platform/app';
export { readServerConfig, type ServerConfig } from './config';
export { listenServer, stopOnSignals, type RunningServer } from './start-server';
