import type { Messages } from './index.js';

/** Arabic: loaded only by widgets whose language is Arabic. */
export const ar: Messages = {
  loading: 'جارٍ تحميل الموضوع…',
  notFound: (topic) => `لا يوجد موضوع باسم «${topic}».`,
  noTopic: 'لم يُحدَّد موضوع لهذه الأداة.',
  loadFailed: 'تعذّر تحميل هذا الموضوع.',
  retry: 'أعد المحاولة',
  readingTime: (minutes) => `${minutes} دقيقة قراءة`,
  pillars: (count) => `${count} ركائز`,
  themes: 'المحاور',
  keyPoints: 'النقاط الرئيسية',
  summary: 'الملخص',
  conclusion: 'الخلاصة',
  related: 'موضوعات ذات صلة',
};
