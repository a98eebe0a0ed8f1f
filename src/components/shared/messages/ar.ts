import { someNames } from './format.js';
import type { Messages } from './index.js';

/** Arabic: loaded only by widgets whose language is Arabic. */
export const ar: Messages = {
  loading: 'جارٍ تحميل الموضوع…',
  loadFailed: 'تعذّر تحميل هذا المحتوى.',
  loadFailedSummary: (names) =>
    names.length === 1 ? `تعذّر تحميل «${names[0]}».` : `تعذّر تحميل هذه الموضوعات: ${someNames(names, 'ar', (n) => `${n} غيرها`)}.`,
  retry: 'أعد المحاولة',
  retryTopic: (name) => `أعد المحاولة لتحميل «${name}»`,
  readingTime: (minutes) => `${minutes} دقيقة قراءة`,
  pillars: (count) => `${count} ركائز`,
  themes: 'المحاور',
  keyPoints: 'النقاط الرئيسية',
  summary: 'الملخص',
  conclusion: 'الخلاصة',
  related: 'موضوعات ذات صلة',
  partOf: (part, parts) => `الجزء ${part} من ${parts}`,
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
  topicsShown: (shown, total) => `${shown} من ${total} موضوعات`,
  noTopicMatches: (query, filters) => `${query ? `لا يطابق «${query}» أي موضوع` : 'لا يظهر أي موضوع'}${filters ? ` في ${filters}` : ''}.`,
  clearAll: 'مسح الكل',
  showAllTopics: 'عرض كل الموضوعات',
  showMore: (count) => `عرض ${count} أخرى`,
  searching: 'جارٍ البحث…',
  searchFailed: 'تعذّر تحميل البحث؛ لا تزال عوامل التصفية تعمل.',
};
