import { someNames } from './format.js';
import { numbersIn } from './numbers.js';
import type { Messages } from './index.js';

// Persian writes its own digits (۰–۹) and no plural on a noun after a number ("۳ دقیقه").
const n = numbersIn('fa', 'arabext');

/** Persian: loaded only by widgets whose language is Persian. */
export const fa: Messages = {
  loading: 'در حال بارگذاری موضوع…',
  loadFailed: 'این محتوا بارگذاری نشد.',
  loadFailedSummary: (names) =>
    names.length === 1 ? `«${names[0]}» بارگذاری نشد.` : `${n(names.length)} موضوع بارگذاری نشد: ${someNames(names, 'fa', (count) => `${n(count)} مورد دیگر`)}.`,
  retry: 'تلاش دوباره',
  retryTopic: (name) => `تلاش دوباره برای بارگذاری «${name}»`,
  readingTime: (minutes) => `${n(minutes)} دقیقه مطالعه`,
  keyPointCount: (count) => `${n(count)} نکتهٔ کلیدی`,
  readArticle: (minutes) => `خواندن مقاله · ${n(minutes)} دقیقه`,
  morePoints: (count) => `+${n(count)} نکتهٔ دیگر`,
  showMoreOfSummary: 'نمایش بیشتر',
  showLess: 'نمایش کمتر',
  themes: 'محورها',
  keyPoints: 'نکته‌های کلیدی',
  summary: 'خلاصه',
  conclusion: 'جمع‌بندی',
  related: 'موضوع‌های مرتبط',
  partOf: (part, parts) => `بخش ${n(part)} از ${n(parts)}`,
  seriesParts: 'بخش‌های مجموعه',
  previousPart: 'قبلی',
  nextPart: 'بعدی',
  contents: 'فهرست مطالب',
  copyLink: 'کپی پیوند',
  copyLinkTo: (section) => `کپی پیوند «${section}»`,
  linkCopied: 'پیوند کپی شد',
  linkNotCopied: 'پیوند کپی نشد؛ برای کپی دستی نمایش داده شده است',
  seriesTopics: 'موضوع‌های مجموعه',
  searchSeries: 'جست‌وجو در مجموعه',
  countries: 'کشورها',
  topicsShown: (shown, total) => `${n(shown)} از ${n(total)} موضوع`,
  noTopicMatches: (query, filters) => `${query ? `هیچ موضوعی با «${query}» مطابقت ندارد` : 'هیچ موضوعی نمایش داده نمی‌شود'}${filters ? ` در ${filters}` : ''}.`,
  clearAll: 'پاک کردن همه',
  showAllTopics: 'نمایش همهٔ موضوع‌ها',
  showMore: (count) => `نمایش ${n(count)} مورد دیگر`,
  searching: 'در حال جست‌وجو…',
  searchFailed: 'جست‌وجو بارگذاری نشد؛ فیلترها همچنان کار می‌کنند.',
};
