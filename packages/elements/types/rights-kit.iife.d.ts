// The global the one-file drop-in defines, for pages that script it in TypeScript:
// `import type {} from '@rights-kit/elements/rights-kit.iife.js'` (or list it in tsconfig's `types`).
// Loading the drop-in also registers its elements, whose tags the elements' own types already declare.
import type { createRightsClient, isRightsError } from '@rights-kit/client';
// The tags it registers: the same declarations as `@rights-kit/elements/define/all`.
import type {} from '../dist/define/all.js';

declare global {
  /** What `<script src=".../rights-kit.iife.js">` puts on the page, besides registering its elements. */
  // A `var`, as `declare global` needs for a property of `window`.
  // eslint-disable-next-line no-var
  var RightsKit: {
    /** The headless client, for a host that hands the provider a ready one. */
    readonly createRightsClient: typeof createRightsClient;
    readonly isRightsError: typeof isRightsError;
    /** The version of the drop-in on the page: the first one loaded stays. */
    readonly VERSION: string;
  };
}
