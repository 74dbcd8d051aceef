/**
 * axe rules about a whole page, which do not apply to an element embedded in someone else's page (or to a
 * docs page framed by Storybook's manager). The story tests and the static docs check both turn them off.
 */
export const PAGE_LEVEL_RULES = ['region', 'page-has-heading-one', 'landmark-one-main'] as const;
