import { PlatformProblem } from './platform/problem.js';

/** A request's JSON body; `undefined` when it has none, a `validation_failed` problem when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new PlatformProblem('validation_failed', 'The body is not JSON.');
  }
}
