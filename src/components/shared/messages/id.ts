import { someNames } from './format.js';
import { numbersIn } from './numbers.js';
import type { Messages } from './index.js';

// Indonesian marks no plural after a number.
const n = numbersIn('id', 'latn');

/** Indonesian: loaded only by widgets whose language is Indonesian. */
export const id: Messages = {
  loading: 'Memuat topik…',
  loadFailed: 'Konten ini tidak dapat dimuat.',
  loadFailedSummary: (names) =>
    names.length === 1 ? `“${names[0]}” tidak dapat dimuat.` : `${n(names.length)} topik tidak dapat dimuat: ${someNames(names, 'id', (count) => `${n(count)} lainnya`)}.`,
  retry: 'Coba lagi',
  retryTopic: (name) => `Coba lagi memuat “${name}”`,
  readingTime: (minutes) => `${n(minutes)} menit baca`,
  keyPointCount: (count) => `${n(count)} poin utama`,
  readArticle: (minutes) => `Baca artikel · ${n(minutes)} menit`,
  morePoints: (count) => `+${n(count)} poin lainnya`,
  showMoreOfSummary: 'Tampilkan lebih banyak',
  showLess: 'Tampilkan lebih sedikit',
  themes: 'Tema',
  keyPoints: 'Poin utama',
  summary: 'Ringkasan',
  conclusion: 'Kesimpulan',
  related: 'Topik terkait',
  partOf: (part, parts) => `Bagian ${n(part)} dari ${n(parts)}`,
  seriesParts: 'Bagian-bagian seri',
  previousPart: 'Sebelumnya',
  nextPart: 'Berikutnya',
  contents: 'Daftar isi',
  copyLink: 'Salin tautan',
  copyLinkTo: (section) => `Salin tautan ke “${section}”`,
  linkCopied: 'Tautan disalin',
  linkNotCopied: 'Tautan tidak dapat disalin; tautan ditampilkan agar dapat disalin secara manual',
  seriesTopics: 'Topik dalam seri',
  searchSeries: 'Cari dalam seri',
  countries: 'Negara',
  topicsShown: (shown, total) => `${n(shown)} dari ${n(total)} topik`,
  noTopicMatches: (query, filters) => `${query ? `Tidak ada topik yang cocok dengan “${query}”` : 'Tidak ada topik yang ditampilkan'}${filters ? ` dalam ${filters}` : ''}.`,
  clearAll: 'Hapus semua',
  showAllTopics: 'Tampilkan semua topik',
  showMore: (count) => `Tampilkan ${n(count)} lagi`,
  searching: 'Mencari…',
  searchFailed: 'Pencarian tidak dapat dimuat; filter tetap berfungsi.',
};
