/**
 * Byte budgets: what each page may transfer from the CDN build, gzip -9 (bytes do not depend on
 * the machine, so `npm test` checks them; times are benchmarks). A change that grows a page past
 * its budget fails the test. Raising a budget is a commit of its own that says why, here, beside it.
 *
 * Pages (see pages.ts): embed.js, the widget's chunk and what it imports, and the record it shows
 * (for each widget, its largest record in the bundled dataset).
 */
export interface Budget {
  /** Largest gzip size allowed, in bytes. */
  gzip: number;
  /** Where the figure comes from: a goal, or the size when it was set with its headroom. */
  why: string;
}

export const PAGE_BUDGETS: Record<string, Budget> = {
  'one <topic-card>': { gzip: 15_360, why: 'issue 20: 15 KB (15,146 B when it was set, before schema 3 added the card\'s countryCodes)' },
  'one <pillar-list>': { gzip: 16_512, why: 'issue 24: its name links (href, selectable) and a limit says "+2 more"; set at 16,281 B with 1.4% headroom (16,256 B before)' },
  'one <article-summary>': { gzip: 17_152, why: 'issue 24: a long summary folds its key points and conclusion behind "Show more" on a phone (+320 B: 16,575 → 16,895 B); set with 1.5% headroom (16,768 B before)' },
  'one <topic-article>, without its record': { gzip: 20_480, why: 'issue 20: 20 KB plus the article\'s JSON (16,814 B when it was set)' },
  'the largest article record': { gzip: 4_096, why: 'issue 20: the longest bundled article\'s record within 4 KB (3,289 B when it was set)' },
  'one <topic-article>': { gzip: 24_576, why: 'the two budgets above together' },
  'one <series-nav>': { gzip: 17_408, why: 'set at 17,181 B with 1.3% headroom (its pager reads the topic\'s summary record)' },
  'one <topic-index>': { gzip: 20_480, why: 'issue 21: the index page within 20 KB before any search (19,424 B when it was set)' },
  '<topic-index>’s first search, over its page': { gzip: 12_288, why: 'issue 21: the search code and the five articles\' search file within 12 KB more (12,246 B when it was set)' },
  'every widget': { gzip: 54_528, why: 'issue 24\'s second pass (a long summary folds on phones, "Link copied" shown, no dead controls without JavaScript, skeletons shaped like their content, separators that end lines): 53,275 → 53,820 B; set with 1.3% headroom (53,760 B before)' },
};

/** Budgets of one page relative to another: the remote card over the bundled one. */
export const OVER_BUDGETS: Record<string, { over: string; gzip: number; why: string }> = {
  'one <topic-card> from a remote dataset (validated)': { over: 'one <topic-card>', gzip: 4_096, why: 'issue 15 and issue 20: a remote, validated card costs at most 4 KB more (back from 4,128 B: the compiled validators report a failure in one call, −140 B for the card validator)' },
};
