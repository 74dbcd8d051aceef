import type { Messages } from './zh-CN.js';

const PERIOD = { year: ' this year', month: ' this month', campaign: ' in this campaign', lifetime: '', unknown: '' } as const;

/** English. */
export const en: Messages = {
  catalogLabel: 'Benefits',
  categoriesLabel: 'Categories',
  allCategories: 'All',
  searchLabel: 'Search benefits',
  searchPlaceholder: 'Search benefits or partners',
  noMatches: (query) => `No benefits match “${query}”`,
  noMatchesHint: 'Try other words.',
  loading: 'Loading benefits…',
  empty: 'No benefits to show yet',
  emptyHint: 'Try another category, or come back later.',
  loadError: "Benefits couldn't be loaded",
  loadErrorHint: 'Please try again in a moment.',
  offline: "You're offline",
  offlineHint: 'Check your connection and try again.',
  retry: 'Try again',
  sessionEnded: 'Your session has ended',
  sessionEndedHint: 'Sign in again in your bank app, then come back.',
  quotaLeft: (remaining, limit, period) => `${remaining} of ${limit} left${PERIOD[period]}`,
  quotaNoneLeft: (period) => `None left${PERIOD[period]}`,
  soldOut: 'Sold out',
  expired: 'Ended',
  notEligible: 'Not available on this card',
  newerVersion: 'Needs a newer app version',
  validUntil: (date) => `Valid until ${date}`,
};
