import { someNames } from './format.js';
import { numbersIn } from './numbers.js';
import type { Messages } from './index.js';

const arabicPlural = new Intl.PluralRules('ar');
// Western digits (0–9), as most Arabic news sites write them online; stated, so every engine agrees.
const n = numbersIn('ar', 'latn');

/**
 * `count` of a noun as Arabic says it: the noun alone for one, its dual for two, the number and
 * the plural for 3–10, and the number and the singular from 11: accusative for 11–99 (`many`),
 * genitive from 100 (`other`: "100 موضوع", not "100 موضوعًا").
 */
function arabicCount(count: number, one: string, two: string, few: string, many = one, other = many): string {
  const form = arabicPlural.select(count);
  return form === 'one' ? one : form === 'two' ? two : `${n(count)} ${form === 'few' ? few : form === 'many' ? many : other}`;
}

/** Arabic: loaded only by widgets whose language is Arabic. */
export const ar: Messages = {
  loading: 'جارٍ تحميل الموضوع…',
  loadFailed: 'تعذّر تحميل هذا المحتوى.',
  loadFailedSummary: (names) =>
    names.length === 1 ? `تعذّر تحميل «${names[0]}».` : `تعذّر تحميل هذه الموضوعات: ${someNames(names, 'ar', (n) => `${n} غيرها`)}.`,
  retry: 'أعد المحاولة',
  retryTopic: (name) => `أعد المحاولة لتحميل «${name}»`,
  // Counted as Arabic counts: one, two (the dual), 3–10 (a plural noun), 11 and more (a singular noun).
  readingTime: (minutes) => `قراءة في ${arabicCount(minutes, 'دقيقة', 'دقيقتين', 'دقائق')}`,
  keyPointCount: (count) => arabicCount(count, 'نقطة رئيسية واحدة', 'نقطتان رئيسيتان', 'نقاط رئيسية', 'نقطة رئيسية'),
  readArticle: (minutes) => `اقرأ المقال · ${arabicCount(minutes, 'دقيقة', 'دقيقتان', 'دقائق')}`,
  morePoints: (count) => `و${arabicCount(count, 'نقطة أخرى', 'نقطتان أخريان', 'نقاط أخرى', 'نقطة أخرى')}`,
  showMoreOfSummary: 'عرض المزيد',
  showLess: 'عرض أقل',
  themes: 'المحاور',
  keyPoints: 'النقاط الرئيسية',
  summary: 'الملخص',
  conclusion: 'الخلاصة',
  related: 'موضوعات ذات صلة',
  partOf: (part, parts) => `الجزء ${n(part)} من ${n(parts)}`,
  seriesParts: 'أجزاء السلسلة',
  previousPart: 'السابق',
  nextPart: 'التالي',
  contents: 'المحتويات',
  copyLink: 'نسخ الرابط',
  copyLinkTo: (section) => `نسخ رابط «${section}»`,
  linkCopied: 'نُسخ الرابط',
  linkNotCopied: 'تعذّر نسخ الرابط؛ يظهر الرابط لنسخه يدويًا',
  seriesTopics: 'موضوعات السلسلة',
  searchSeries: 'ابحث في السلسلة',
  countries: 'الدول',
  topicsShown: (shown, total) => `${n(shown)} من ${arabicCount(total, 'موضوع واحد', 'موضوعين', 'موضوعات', 'موضوعًا', 'موضوع')}`,
  noTopicMatches: (query, filters) => `${query ? `لا يطابق «${query}» أي موضوع` : 'لا يظهر أي موضوع'}${filters ? ` في ${filters}` : ''}.`,
  clearAll: 'مسح الكل',
  showAllTopics: 'عرض كل الموضوعات',
  showMore: (count) => `عرض ${arabicCount(count, 'موضوع آخر', 'موضوعين آخرين', 'موضوعات أخرى', 'موضوعًا آخر', 'موضوع آخر')}`,
  searching: 'جارٍ البحث…',
  searchFailed: 'تعذّر تحميل البحث؛ لا تزال عوامل التصفية تعمل.',
};
