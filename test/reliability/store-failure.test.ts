/**
 * A store that goes away in the middle of a batch (Neo4j unreachable): the batch stops with an error that
 * says what to check, everything written before stays written, and running the batch again completes it.
 */
import path from 'node:path';
import { Neo4jError } from 'neo4j-driver';
import { StoreUnavailableError } from '../../src/errors';
import type { RawArticle } from '../../src/model/article';
import { ingestBatch, type BatchItem } from '../../src/pipeline/batch';
import { createIngestor, type IngestOutcome } from '../../src/pipeline/ingest';
import type { Neo4jDriverLike, SessionLike, TransactionLike } from '../../src/store/neo4j/driver';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-store';
import { NOW, frontMatterArticle } from './helpers';
import { useHttpApi } from './http-api';

/** A Neo4j driver whose server disappears after `healthyWrites` write transactions (and comes back on `restore`). */
class VanishingServer implements Neo4jDriverLike {
  committedWrites = 0;
  private down = false;
  constructor(private healthyWrites: number) {}
  restore(): void {
    this.down = false;
    this.healthyWrites = Number.POSITIVE_INFINITY;
  }
  async verifyConnectivity(): Promise<unknown> {
    return {};
  }
  async close(): Promise<void> {}
  session(): SessionLike {
    const tx: TransactionLike = { run: async () => ({ records: [] }) };
    return {
      executeRead: async (work) => {
        if (this.down) throw new Neo4jError('Connection was closed by server', 'ServiceUnavailable', '08000', 'error');
        return work(tx);
      },
      executeWrite: async (work) => {
        if (this.down || this.committedWrites >= this.healthyWrites) {
          this.down = true;
          throw new Neo4jError('Connection was closed by server', 'ServiceUnavailable', '08000', 'error');
        }
        const result = await work(tx);
        this.committedWrites += 1;
        return result;
      },
      close: async () => {},
    };
  }
}

function items(count: number): BatchItem[] {
  return Array.from({ length: count }, (_, n) => {
    const source = path.join('/articles', `story-${n}.md`);
    return { source, load: async (): Promise<RawArticle> => ({ content: frontMatterArticle(70 + n), source }) };
  });
}

describe('Neo4j becoming unreachable mid-batch', () => {
  it('stops the batch with a StoreUnavailableError that says what to check, keeping what was written', async () => {
    const server = new VanishingServer(3);
    const store = new Neo4jGraphStore(
      { uri: 'bolt://db.example:7687', user: 'neo4j', password: 'a-real-secret', database: 'neo4j', batchSize: 100 },
      { driver: server },
    );
    const ingest = createIngestor({ store, maxArticleBytes: 100_000, clock: () => NOW });
    const seen: IngestOutcome[] = [];
    const error = await ingestBatch(items(6), ingest, { onProgress: (_n, last) => seen.push(last) }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toMatch(/Neo4j is unreachable at bolt:\/\/db\.example:7687.*Check that the server is running/);
    // The three articles before the failure were committed and reported; nothing after was attempted.
    expect(seen.map((o) => o.status)).toEqual(['ingested', 'ingested', 'ingested']);
    expect(server.committedWrites).toBe(3);

    // Once the server is back, the same batch goes through (already stored articles would be 'unchanged').
    server.restore();
    const summary = await ingestBatch(items(6), ingest);
    expect(summary.byStatus.ingested + summary.byStatus.unchanged).toBe(6);
  });
});

describe('the health check while the store is down', () => {
  const api = useHttpApi();

  it('answers 503 store-unavailable while the store fails, and ok again once it answers', async () => {
    const health = api().url.replace(/\/graphql$/, '/health');
    api().failWith('getArticles', new StoreUnavailableError('Neo4j is unreachable at bolt://localhost:7687'));
    const down = await fetch(health);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'store-unavailable', store: 'embedded' });
    api().failWith('getArticles', null);
    const up = await fetch(health);
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: 'ok', store: 'embedded' });
  });
});
