/**
 * Secrets come only from the environment, and a production service refuses to start against Neo4j with a
 * default or empty password, before any connection is attempted.
 */
import { createServer } from 'node:net';
import { ConfigError, StoreUnavailableError } from '../../src/errors';
import { loadConfig } from '../../src/config';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-store';
import { openStore } from '../../src/store/open-store';
import { requireBuiltCli, runCli } from './helpers';

/** A port on 127.0.0.1 nothing listens on, so a connection attempt fails at once instead of hanging. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

function neo4jEnv(mode: string, password: string, port: number): Record<string, string> {
  return { NODE_ENV: mode, NEWSGRAPH_STORE: 'neo4j', NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: password };
}

describe('Neo4j passwords outside development mode', () => {
  let port: number;
  beforeAll(async () => {
    port = await closedPort();
  });

  it.each([
    ['production', ''],
    ['production', 'neo4j'],
    ['production', 'password'],
    ['test', 'neo4j'],
  ])('openStore refuses to start in %s mode with the password %p, before connecting', async (mode, password) => {
    const error = await openStore(loadConfig(neo4jEnv(mode, password, port))).catch((e: unknown) => e);
    // A ConfigError, not StoreUnavailableError: the closed port was never tried.
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('NEO4J_PASSWORD');
    expect((error as Error).message).toMatch(/set a real password/);
  });

  it('the store itself refuses a default password unless development mode allows it', () => {
    const config = loadConfig(neo4jEnv('production', 'neo4j', port)).neo4j;
    expect(() => new Neo4jGraphStore(config)).toThrow(ConfigError);
    expect(() => new Neo4jGraphStore(config, { allowDefaultPassword: false })).toThrow(ConfigError);
  });

  it('development mode accepts the default password and only then tries the server', async () => {
    const error = await openStore(loadConfig(neo4jEnv('development', 'neo4j', port))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toContain(`bolt://127.0.0.1:${port}`);
  });

  it('a real password passes the check, and failure messages never echo it', async () => {
    const secret = 'Xq7!real-secret-do-not-print';
    const error = await openStore(loadConfig(neo4jEnv('production', secret, port))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(String((error as Error).message)).not.toContain(secret);
    expect(String((error as Error).stack)).not.toContain(secret);
  });

  it('reads the password and API key from the environment', () => {
    const config = loadConfig({ NODE_ENV: 'production', NEO4J_PASSWORD: 'from-env', NEWSGRAPH_API_KEY: 'key-from-env' });
    expect(config.neo4j.password).toBe('from-env');
    expect(config.api.apiKey).toBe('key-from-env');
    expect(loadConfig({ NODE_ENV: 'production' }).api.apiKey).toBe('');
  });
});

describe('the built CLI', () => {
  it('exits with code 2 and says what to do when started in production with a default Neo4j password', async () => {
    requireBuiltCli();
    const port = await closedPort();
    const result = await runCli(['serve', '--port', '0'], neo4jEnv('production', 'neo4j', port));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^newsgraph: NEO4J_PASSWORD is the default 'neo4j': set a real password/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('has no command-line option for a password or key (they would show in process listings)', async () => {
    const help = await runCli(['serve', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--data-dir');
    expect(help.stdout).not.toMatch(/password|api-key|--key|secret|token/i);
  });
});
