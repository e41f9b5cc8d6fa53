/**
 * Fetching one web resource safely for ingestion: http/https only, a time limit over the whole exchange,
 * redirects followed by hand and limited, and the body size enforced while it streams in. Every failure is
 * an ArticleRejectedError with a stable reason word so one bad URL never stops a batch.
 */
import { ArticleRejectedError, describeError } from '../errors';
import { tooLargeError } from './decode';

/** Limits for one fetch. */
export interface FetchLimits {
  /** Bodies larger than this (after content decoding) are refused ('too-large'), checked while streaming. */
  maxBytes: number;
  /** Time for the whole exchange, redirects and body included ('timeout'). */
  timeoutMs: number;
  /** Redirects followed before giving up ('too-many-redirects'). */
  maxRedirects: number;
  /** Cancels the fetch from outside (the batch stopped). */
  signal?: AbortSignal;
}

/** Defaults for ingestion fetches: patient enough for slow news sites, short enough to keep a batch moving. */
export const DEFAULT_FETCH_LIMITS: Omit<FetchLimits, 'maxBytes'> = { timeoutMs: 20_000, maxRedirects: 5 };

/** A fetched resource: the URL it finally came from, its media type and charset, and its bytes. */
export interface FetchedResource {
  /** The URL after redirects. */
  url: string;
  status: number;
  /** Lower-cased media type without parameters ("text/html"); empty when the server sent none. */
  mediaType: string;
  /** Lower-cased charset parameter of Content-Type, or null. */
  charset: string | null;
  body: Uint8Array;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Identifies the client honestly; some sites refuse requests without a User-Agent. */
const USER_AGENT = 'newsgraph/0.1 (news knowledge graph; article ingestion)';

/** The URL parsed and checked to be http or https; 'bad-url' or 'unsupported-scheme' otherwise. */
export function parseHttpUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ArticleRejectedError('bad-url', `${value} is not a valid URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ArticleRejectedError(
      'unsupported-scheme',
      `${value} uses ${url.protocol.replace(/:$/, '')}; only http and https URLs are fetched.`,
    );
  }
  return url;
}

function splitContentType(header: string | null): { mediaType: string; charset: string | null } {
  if (!header) return { mediaType: '', charset: null };
  const [type = '', ...params] = header.split(';');
  let charset: string | null = null;
  for (const param of params) {
    const match = /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(param);
    if (match?.[1]) charset = match[1].toLowerCase();
  }
  return { mediaType: type.trim().toLowerCase(), charset };
}

/** Reads a response body up to `maxBytes`, cancelling the stream the moment it goes over. */
async function readLimitedBody(response: Response, label: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  // A declared length over the limit is refused before reading anything (it may be compressed: checked again below).
  if (Number.isFinite(declared) && declared > maxBytes && !response.headers.get('content-encoding')) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLargeError(label, declared, maxBytes);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLargeError(label, size, maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** Turns what fetch throws into a rejection with a stable reason; our own rejections pass through. */
function fetchFailure(error: unknown, label: string, limits: FetchLimits, timeout: AbortSignal): ArticleRejectedError {
  if (error instanceof ArticleRejectedError) return error;
  if (timeout.aborted) {
    return new ArticleRejectedError('timeout', `${label} did not answer within ${limits.timeoutMs / 1000} s.`, {
      cause: error,
    });
  }
  if (limits.signal?.aborted) return new ArticleRejectedError('cancelled', `${label}: fetch cancelled.`, { cause: error });
  // undici reports network failures as "fetch failed" with the useful part (ECONNREFUSED, ENOTFOUND) in `cause`.
  const cause = error instanceof Error && error.cause !== undefined ? `: ${describeError(error.cause)}` : '';
  return new ArticleRejectedError('network', `${label} could not be fetched: ${describeError(error)}${cause}`, {
    cause: error,
  });
}

/**
 * Fetches a URL with the given limits, following at most `maxRedirects` redirects (each target must be
 * http/https, and a redirect back to a URL already visited is reported at once). Throws ArticleRejectedError
 * with reason 'bad-url', 'unsupported-scheme', 'http-<status>', 'redirect-loop', 'too-many-redirects',
 * 'timeout', 'too-large', 'network' or 'cancelled'.
 */
export async function fetchResource(url: string, limits: FetchLimits): Promise<FetchedResource> {
  let current = parseHttpUrl(url);
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = limits.signal ? AbortSignal.any([timeout, limits.signal]) : timeout;
  const visited = new Set<string>([current.href]);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: {
          'user-agent': USER_AGENT,
          accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
        },
      });
      const location = response.headers.get('location');
      if (REDIRECT_STATUSES.has(response.status) && location !== null) {
        await response.body?.cancel().catch(() => undefined);
        let target: URL;
        try {
          target = parseHttpUrl(new URL(location, current).href);
        } catch (error) {
          throw error instanceof ArticleRejectedError
            ? new ArticleRejectedError(error.reason, `${url} redirects to an unusable address: ${error.message}`)
            : error;
        }
        if (visited.has(target.href)) {
          throw new ArticleRejectedError('redirect-loop', `${url} redirects in a loop (back to ${target.href}).`);
        }
        if (redirects >= limits.maxRedirects) {
          throw new ArticleRejectedError('too-many-redirects', `${url} redirects more than ${limits.maxRedirects} times.`);
        }
        visited.add(target.href);
        current = target;
        continue;
      }
      if (response.status < 200 || response.status > 299) {
        await response.body?.cancel().catch(() => undefined);
        throw new ArticleRejectedError(
          `http-${response.status}`,
          `${current.href} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
        );
      }
      const body = await readLimitedBody(response, current.href, limits.maxBytes);
      const { mediaType, charset } = splitContentType(response.headers.get('content-type'));
      return { url: current.href, status: response.status, mediaType, charset, body };
    }
  } catch (error) {
    throw fetchFailure(error, url, limits, timeout);
  }
}
