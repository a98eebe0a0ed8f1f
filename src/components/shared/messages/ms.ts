import { someNames } from './format.js';
import { numbersIn } from './numbers.js';
import type { Messages } from './index.js';

// Malay marks no plural after a number.
const n = numbersIn('ms', 'latn');

/** Malay: loaded only by widgets whose language is Malay. */
export const ms: Messages = {
  loading: 'Memuatkan topik…',
  loadFailed: 'Kandungan ini tidak dapat dimuatkan.',
  loadFailedSummary: (names) =>
    names.length === 1 ? `“${names[0]}” tidak dapat dimuatkan.` : `${n(names.length)} topik tidak dapat dimuatkan: ${someNames(names, 'ms', (count) => `${n(count)} lagi`)}.`,
  retry: 'Cuba lagi',
  retryTopic: (name) => `Cuba lagi memuatkan “${name}”`,
  readingTime: (minutes) => `${n(minutes)} minit bacaan`,
  keyPointCount: (count) => `${n(count)} perkara utama`,
  readArticle: (minutes) => `Baca artikel · ${n(minutes)} minit`,
  morePoints: (count) => `+${n(count)} lagi`,
  showMoreOfSummary: 'Tunjukkan lagi',
  showLess: 'Tunjukkan kurang',
  themes: 'Tema',
  keyPoints: 'Perkara utama',
  summary: 'Ringkasan',
  conclusion: 'Kesimpulannya',
  related: 'Topik berkaitan',
  partOf: (part, parts) => `Bahagian ${n(part)} daripada ${n(parts)}`,
  seriesParts: 'Bahagian siri',
  previousPart: 'Sebelumnya',
  nextPart: 'Seterusnya',
  contents: 'Kandungan',
  copyLink: 'Salin pautan',
  copyLinkTo: (section) => `Salin pautan ke “${section}”`,
  linkCopied: 'Pautan disalin',
  linkNotCopied: 'Pautan tidak dapat disalin; pautan dipaparkan untuk disalin sendiri',
  seriesTopics: 'Topik siri',
  searchSeries: 'Cari dalam siri',
  countries: 'Negara',
  topicsShown: (shown, total) => `${n(shown)} daripada ${n(total)} topik`,
  noTopicMatches: (query, filters) => `${query ? `Tiada topik yang sepadan dengan “${query}”` : 'Tiada topik untuk dipaparkan'}${filters ? ` dalam ${filters}` : ''}.`,
  clearAll: 'Kosongkan semua',
  showAllTopics: 'Papar semua topik',
  showMore: (count) => `Papar ${n(count)} lagi`,
  searching: 'Mencari…',
  searchFailed: 'Carian tidak dapat dimuatkan; penapis masih berfungsi.',
};
