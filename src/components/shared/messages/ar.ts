import { someNames } from './format.js';
import type { Messages } from './index.js';

/** Arabic: loaded only by widgets whose language is Arabic. */
export const ar: Messages = {
  loading: 'جارٍ تحميل الموضوع…',
  notFound: (topic) => `لا يوجد موضوع باسم «${topic}».`,
  noTopic: 'لم يُحدَّد موضوع لهذه الأداة.',
  loadFailed: 'تعذّر تحميل هذا الموضوع.',
  loadFailedTopic: (name) => `تعذّر تحميل «${name}».`,
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
};
