import { someNames } from './format.js';
import { numbersIn } from './numbers.js';
import type { Messages } from './index.js';

// Bengali writes its own digits (০–৯), counts with the classifier "টি", and ends sentences in "।".
const n = numbersIn('bn', 'beng');

/** Bengali: loaded only by widgets whose language is Bengali. */
export const bn: Messages = {
  loading: 'বিষয় লোড হচ্ছে…',
  loadFailed: 'এই বিষয়বস্তু লোড করা যায়নি।',
  loadFailedSummary: (names) =>
    names.length === 1 ? `“${names[0]}” লোড করা যায়নি।` : `${n(names.length)}টি বিষয় লোড করা যায়নি: ${someNames(names, 'bn', (count) => `আরও ${n(count)}টি`)}।`,
  retry: 'আবার চেষ্টা করুন',
  retryTopic: (name) => `আবার চেষ্টা করুন: “${name}” লোড করুন`,
  readingTime: (minutes) => `পড়তে ${n(minutes)} মিনিট`,
  keyPointCount: (count) => `${n(count)}টি মূল পয়েন্ট`,
  readArticle: (minutes) => `নিবন্ধটি পড়ুন · ${n(minutes)} মিনিট`,
  morePoints: (count) => `আরও ${n(count)}টি`,
  showMoreOfSummary: 'আরও দেখান',
  showLess: 'কম দেখান',
  themes: 'থিম',
  keyPoints: 'মূল পয়েন্ট',
  summary: 'সারসংক্ষেপ',
  conclusion: 'উপসংহার',
  related: 'সম্পর্কিত বিষয়',
  partOf: (part, parts) => `পর্ব ${n(part)}/${n(parts)}`,
  seriesParts: 'সিরিজের পর্বসমূহ',
  previousPart: 'আগের',
  nextPart: 'পরের',
  contents: 'সূচিপত্র',
  copyLink: 'লিংক কপি করুন',
  copyLinkTo: (section) => `লিংক কপি করুন: “${section}”`,
  linkCopied: 'লিংক কপি হয়েছে',
  linkNotCopied: 'লিংক কপি করা যায়নি; হাতে কপি করার জন্য লিংকটি দেখানো হচ্ছে',
  seriesTopics: 'সিরিজের বিষয়সমূহ',
  searchSeries: 'সিরিজে খুঁজুন',
  countries: 'দেশ',
  topicsShown: (shown, total) => `${n(total)}টির মধ্যে ${n(shown)}টি বিষয়`,
  noTopicMatches: (query, filters) => `${query ? `“${query}”-এর সাথে কোনো বিষয় মেলেনি` : 'দেখানোর মতো কোনো বিষয় নেই'}${filters ? ` (${filters})` : ''}।`,
  clearAll: 'সব মুছুন',
  showAllTopics: 'সব বিষয় দেখান',
  showMore: (count) => `আরও ${n(count)}টি দেখান`,
  searching: 'খোঁজা হচ্ছে…',
  searchFailed: 'অনুসন্ধান লোড করা যায়নি; ফিল্টারগুলো এখনও কাজ করছে।',
};
