// The sandbox's demo cardholder. A bank's page gets this token from its own backend instead.
export const DEMO_TOKEN = 'sbx_demo_m-jade-001';

/** @param {Element | null} provider */
export function signInDemoMember(provider) {
  if (!provider) throw new Error('The page has no <rights-provider>.');
  /** @type {any} */ (provider).getToken = async () => DEMO_TOKEN;
}
