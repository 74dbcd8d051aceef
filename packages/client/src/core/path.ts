/**
 * Builds an API path from a template and parameters, encoding each parameter as one path segment.
 * A parameter that could change which resource is addressed (`..`, `/`, `?`, `#`, `\`, empty) is
 * rejected rather than encoded, so an id taken from a deep link can never reach another endpoint.
 *
 * @example
 * apiPath`/v1/benefits/${benefitId}/claims`
 */
export function apiPath(strings: TemplateStringsArray, ...params: readonly string[]): string {
  let path = strings[0] ?? '';
  params.forEach((param, index) => {
    if (typeof param !== 'string' || param === '' || param === '.' || param === '..' || /[/?#\\%]/.test(param)) {
      throw new TypeError(`Invalid path parameter: ${JSON.stringify(String(param).slice(0, 64))}`);
    }
    path += encodeURIComponent(param) + (strings[index + 1] ?? '');
  });
  return path;
}
