import type { Knowledge } from '../core';
import { validateKnowledge, WARN } from '../core';

/** A slow knowledge host must not leave the visitor waiting for longer than this. */
export const KNOWLEDGE_TIMEOUT_MS = 8000;

/**
 * The runtime knowledge, validated with the same validator as `knowledge:check`. Never rejects:
 * on any failure (network, HTTP status, JSON, schema) it warns why and resolves to `embedded`.
 */
export async function loadKnowledge<F extends Knowledge | null>(
  source: string | Knowledge,
  embedded: F,
  fetcher: typeof fetch,
  warn: (message: string) => void,
): Promise<Knowledge | F> {
  let data: unknown = source;
  const where = typeof source === 'string' ? source : 'the knowledge option';
  if (typeof source === 'string') {
    let response: Response;
    try {
      response = await fetcher(source, {
        credentials: 'omit',
        signal: AbortSignal.timeout?.(KNOWLEDGE_TIMEOUT_MS),
      });
    } catch (error) {
      warn(
        WARN.fetchFailed(
          source,
          (error as Error)?.name === 'TimeoutError' ? 'timed out' : String(error),
        ),
      );
      return embedded;
    }
    if (!response.ok) {
      warn(WARN.httpStatus(source, response.status));
      return embedded;
    }
    try {
      data = await response.json();
    } catch {
      warn(WARN.notJson(source));
      return embedded;
    }
  }
  const result = validateKnowledge(data);
  if (result.ok) return result.knowledge;
  const problems = result.errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`);
  if (result.errors.length > 3) problems.push(`and ${result.errors.length - 3} more`);
  warn(WARN.schema(where, problems.join('; ')));
  return embedded;
}
