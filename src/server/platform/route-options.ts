/** What every route plugin receives: the use cases' dependencies and the server settings. */
import type { Deps } from '../../app/deps';
import type { ServerConfig } from '../config';

export interface RouteOptions {
  deps: Deps;
  config: ServerConfig;
}
