/** A request body larger than the limit: refused before more of it is read. */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

/** The request's body, at most `limit` bytes of it; `undefined` when it has none. */
export async function readBoundedBody(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (Number(request.headers.get('content-length')) > limit) throw new BodyTooLargeError(`The body is over ${limit} bytes.`);
  if (!request.body) return undefined;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyTooLargeError(`The body is over ${limit} bytes.`);
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
