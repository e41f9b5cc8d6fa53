import { parseBenchFlags } from '../../src/bench/main';

describe('parseBenchFlags', () => {
  it('leaves the ingest heap to Node unless --heap-mb names a limit', () => {
    expect(parseBenchFlags([]).heapMb).toBeNull();
    expect(parseBenchFlags(['--quick', '--heap-mb', '1536'])).toMatchObject({ sizes: [1000, 10_000], heapMb: 1536 });
  });

  it('refuses a heap limit that is not a whole number, naming the flag', () => {
    expect(() => parseBenchFlags(['--heap-mb', 'lots'])).toThrow('--heap-mb needs a whole number');
  });
});
