/** The widgets' own words, by language; English is the fallback. */
export interface Messages {
  loading: string;
  notFound: (topic: string) => string;
  noTopic: string;
  loadFailed: string;
  retry: string;
  readingTime: (minutes: number) => string;
  pillars: (count: number) => string;
  themes: string;
  keyPoints: string;
  summary: string;
  conclusion: string;
  related: string;
}

const en: Messages = {
  loading: 'Loading topic…',
  notFound: (topic) => `There is no topic called “${topic}”.`,
  noTopic: 'No topic was chosen for this widget.',
  loadFailed: 'This topic could not be loaded.',
  retry: 'Try again',
  readingTime: (minutes) => `${minutes} min read`,
  pillars: (count) => `${count} ${count === 1 ? 'pillar' : 'pillars'}`,
  themes: 'Themes',
  keyPoints: 'Key points',
  summary: 'Summary',
  conclusion: 'In conclusion',
  related: 'Related topics',
};

const ar: Messages = {
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

const catalog: Record<string, Messages> = { en, ar };

export function messagesFor(lang: string | undefined): Messages {
  const base = (lang ?? 'en').toLowerCase().split('-')[0]!;
  return catalog[base] ?? en;
}
