/** Options every command shares, turned into a validated configuration. */
import { loadConfig, type Config, type ConfigOverrides } from '../config';

/** Options common to all commands, as commander parses them. */
export interface CommonOptions {
  dataDir?: string;
  store?: string;
  host?: string;
  port?: string;
  workers?: string;
}

/** Reads the configuration once, with command-line flags winning over the environment. */
export function configFrom(options: CommonOptions): Config {
  const overrides: ConfigOverrides = {
    NEWSGRAPH_DATA_DIR: options.dataDir,
    NEWSGRAPH_STORE: options.store,
    NEWSGRAPH_HOST: options.host,
    NEWSGRAPH_PORT: options.port,
    NEWSGRAPH_WORKERS: options.workers,
  };
  return loadConfig(process.env, overrides);
}
