import { someNames } from './format.js';
import { numbersIn } from './numbers.js';
import type { Messages } from './index.js';

// Turkish puts no plural on a noun after a number ("3 dakika").
const n = numbersIn('tr', 'latn');

/** Turkish: loaded only by widgets whose language is Turkish. */
export const tr: Messages = {
  loading: 'Konu yükleniyor…',
  loadFailed: 'Bu içerik yüklenemedi.',
  loadFailedSummary: (names) =>
    names.length === 1 ? `“${names[0]}” yüklenemedi.` : `${n(names.length)} konu yüklenemedi: ${someNames(names, 'tr', (count) => `${n(count)} konu daha`)}.`,
  retry: 'Tekrar dene',
  retryTopic: (name) => `Tekrar dene: “${name}” yüklensin`,
  readingTime: (minutes) => `${n(minutes)} dakikalık okuma`,
  keyPointCount: (count) => `${n(count)} ana nokta`,
  readArticle: (minutes) => `Makaleyi oku · ${n(minutes)} dk`,
  morePoints: (count) => `+${n(count)} nokta daha`,
  showMoreOfSummary: 'Daha fazla göster',
  showLess: 'Daha az göster',
  themes: 'Temalar',
  keyPoints: 'Ana noktalar',
  summary: 'Özet',
  conclusion: 'Sonuç olarak',
  related: 'İlgili konular',
  partOf: (part, parts) => `Bölüm ${n(part)}/${n(parts)}`,
  seriesParts: 'Serinin bölümleri',
  previousPart: 'Önceki',
  nextPart: 'Sonraki',
  contents: 'İçindekiler',
  copyLink: 'Bağlantıyı kopyala',
  copyLinkTo: (section) => `Bağlantıyı kopyala: “${section}”`,
  linkCopied: 'Bağlantı kopyalandı',
  linkNotCopied: 'Bağlantı kopyalanamadı; elle kopyalamanız için gösteriliyor',
  seriesTopics: 'Serinin konuları',
  searchSeries: 'Seride ara',
  countries: 'Ülkeler',
  topicsShown: (shown, total) => `${n(total)} konudan ${n(shown)} tanesi`,
  noTopicMatches: (query, filters) => `${query ? `“${query}” ile eşleşen konu yok` : 'Gösterilecek konu yok'}${filters ? ` (${filters})` : ''}.`,
  clearAll: 'Tümünü temizle',
  showAllTopics: 'Tüm konuları göster',
  showMore: (count) => `${n(count)} tane daha göster`,
  searching: 'Aranıyor…',
  searchFailed: 'Arama yüklenemedi; filtreler yine de çalışıyor.',
};
