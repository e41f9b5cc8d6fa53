import path from 'node:path';
import { loadConfig } from '../src/config';
import { ConfigError } from '../src/errors';

describe('loadConfig', () => {
  it('defaults to the embedded store in ./.newsgraph under the working directory', () => {
    const config = loadConfig({}, {}, '/srv/news');
    expect(config.store).toBe('embedded');
    expect(config.dataDir).toBe(path.resolve('/srv/news', '.newsgraph'));
    expect(config.api.host).toBe('127.0.0.1');
    expect(config.api.port).toBe(4000);
  });

  it('reads NEWSGRAPH_DATA_DIR, and a flag wins over the environment', () => {
    expect(loadConfig({ NEWSGRAPH_DATA_DIR: 'corpus-a' }, {}, '/w').dataDir).toBe(path.resolve('/w', 'corpus-a'));
    expect(loadConfig({ NEWSGRAPH_DATA_DIR: 'corpus-a' }, { NEWSGRAPH_DATA_DIR: '/data/b' }, '/w').dataDir).toBe('/data/b');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ NEWSGRAPH_PORT: '' }).api.port).toBe(4000);
  });

  it('lists every invalid variable in one error that names it', () => {
    let caught: unknown;
    try {
      loadConfig({ NEWSGRAPH_PORT: 'eighty', NEWSGRAPH_STORE: 'sqlite', NEO4J_URI: 'http://x' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const message = (caught as Error).message;
    expect(message).toContain('NEWSGRAPH_PORT="eighty"');
    expect(message).toContain('NEWSGRAPH_STORE="sqlite"');
    expect(message).toContain('NEO4J_URI="http://x"');
  });

  it('accepts neo4j:// routing URIs for clusters and Aura', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }).neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
  });
});
