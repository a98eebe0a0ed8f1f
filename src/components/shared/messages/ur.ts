import { someNames } from './format.js';
import { numbersIn } from './numbers.js';
import type { Messages } from './index.js';

// Urdu in Pakistan's press writes numbers with Western digits; sentences end in "۔".
const n = numbersIn('ur', 'latn');
const points = (count: number) => (count === 1 ? 'اہم نکتہ' : 'اہم نکات');

/** Urdu: loaded only by widgets whose language is Urdu. */
export const ur: Messages = {
  loading: 'موضوع لوڈ ہو رہا ہے…',
  loadFailed: 'یہ مواد لوڈ نہیں ہو سکا۔',
  loadFailedSummary: (names) =>
    names.length === 1 ? `“${names[0]}” لوڈ نہیں ہو سکا۔` : `${n(names.length)} موضوعات لوڈ نہیں ہو سکے: ${someNames(names, 'ur', (count) => `${n(count)} مزید`)}۔`,
  retry: 'دوبارہ کوشش کریں',
  retryTopic: (name) => `دوبارہ کوشش کریں: “${name}” لوڈ کریں`,
  readingTime: (minutes) => `${n(minutes)} منٹ کا مطالعہ`,
  keyPointCount: (count) => `${n(count)} ${points(count)}`,
  readArticle: (minutes) => `مضمون پڑھیں · ${n(minutes)} منٹ`,
  morePoints: (count) => `+${n(count)} مزید`,
  showMoreOfSummary: 'مزید دکھائیں',
  showLess: 'کم دکھائیں',
  themes: 'موضوعاتی زمرے',
  keyPoints: 'اہم نکات',
  summary: 'خلاصہ',
  conclusion: 'نتیجہ',
  related: 'متعلقہ موضوعات',
  partOf: (part, parts) => `${n(parts)} میں سے حصہ ${n(part)}`,
  seriesParts: 'سلسلے کے حصے',
  previousPart: 'پچھلا',
  nextPart: 'اگلا',
  contents: 'فہرستِ مضامین',
  copyLink: 'لنک کاپی کریں',
  copyLinkTo: (section) => `لنک کاپی کریں: “${section}”`,
  linkCopied: 'لنک کاپی ہو گیا',
  linkNotCopied: 'لنک کاپی نہیں ہو سکا؛ اسے ہاتھ سے کاپی کرنے کے لیے دکھایا گیا ہے',
  seriesTopics: 'سلسلے کے موضوعات',
  searchSeries: 'سلسلے میں تلاش کریں',
  countries: 'ممالک',
  topicsShown: (shown, total) => `${n(total)} میں سے ${n(shown)} ${shown === 1 ? 'موضوع' : 'موضوعات'}`,
  noTopicMatches: (query, filters) => `${query ? `“${query}” سے کوئی موضوع مطابقت نہیں رکھتا` : 'کوئی موضوع نہیں دکھایا جا رہا'}${filters ? ` (${filters})` : ''}۔`,
  clearAll: 'سب صاف کریں',
  showAllTopics: 'تمام موضوعات دکھائیں',
  showMore: (count) => `مزید ${n(count)} دکھائیں`,
  searching: 'تلاش جاری ہے…',
  searchFailed: 'تلاش لوڈ نہیں ہو سکی؛ فلٹر اب بھی کام کر رہے ہیں۔',
};
