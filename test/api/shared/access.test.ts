import 'reflect-metadata';
import { callerFrom, presentedKey } from '../../../src/api/shared/auth';
import { API_KEY, codes, useApis, withKey } from '../harness';

const DELETE = `mutation { deleteArticle(id: "a_missing") }`;
const READ = `{ stats { articles } }`;

describe('presentedKey and callerFrom', () => {
  it('reads the key from a Bearer authorization or an x-api-key header', () => {
    expect(presentedKey({ authorization: 'Bearer abc' })).toBe('abc');
    expect(presentedKey({ authorization: 'bearer   abc ' })).toBe('abc');
    expect(presentedKey({ 'x-api-key': 'xyz' })).toBe('xyz');
    expect(presentedKey({ authorization: 'Basic dXNlcg==' })).toBeNull();
    expect(presentedKey({})).toBeNull();
  });

  it('authenticates only the configured key, and nobody when none is configured', () => {
    expect(callerFrom({ 'x-api-key': API_KEY }, API_KEY)).toEqual({ presentedKey: true, authenticated: true });
    expect(callerFrom({ 'x-api-key': 'wrong' }, API_KEY)).toEqual({ presentedKey: true, authenticated: false });
    expect(callerFrom({ 'x-api-key': '' }, '')).toEqual({ presentedKey: false, authenticated: false });
  });
});

describe('access control', () => {
  const { start } = useApis();

  it('refuses mutations without a key with UNAUTHENTICATED and runs them with it', async () => {
    const api = await start();
    const anonymous = await api.execute(DELETE);
    const wrong = await api.execute(DELETE, {}, { 'x-api-key': 'not-the-key' });
    const keyed = await api.execute(DELETE, {}, withKey);
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.status).toBe(401);
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    // With the key the mutation runs, and reports that the article does not exist.
    expect(codes(keyed)).toEqual(['NOT_FOUND']);
  });

  it('refuses every mutation with FORBIDDEN when the server has no key configured', async () => {
    const api = await start({ NEWSGRAPH_API_KEY: '' });
    const result = await api.execute(DELETE, {}, { authorization: 'Bearer anything' });
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(result.status).toBe(403);
  });

  it('leaves reads open unless reads require the key', async () => {
    const open = await start();
    const closed = await start({ NEWSGRAPH_READS_REQUIRE_KEY: 'true' });
    expect((await open.execute(READ)).errors).toBeUndefined();
    expect(codes(await closed.execute(READ))).toEqual(['UNAUTHENTICATED']);
    expect((await closed.execute(READ, {}, withKey)).errors).toBeUndefined();
  });

  it('hides internal error details outside development', async () => {
    const api = await start();
    // The harness wires no ingest function, so the resolver throws a plain Error.
    const result = await api.execute(`mutation { ingestArticle(input: { content: "x" }) { status } }`, {}, withKey);
    expect(result.errors?.[0]?.message).toBe('Internal server error.');
    expect(result.errors?.[0]?.extensions?.['stacktrace']).toBeUndefined();
  });
});
