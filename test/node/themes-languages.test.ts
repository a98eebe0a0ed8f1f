/**
 * Themes in each language of the built-in vocabulary (issue 22): an original article written for
 * these tests, one per language, is placed with the vocabulary's phrases and terms in its language
 * and labelled in it; a language the vocabulary does not have gets the no-themes warning; English
 * is matched as before the vocabulary had other languages.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { DEFAULT_THEMES_FILE } from '../../packages/cli/src/build.js';
import { buildMarkdown, summarise } from './helpers.js';

const ARTICLES: Record<string, { theme: string; label: string; markdown: string }> = {
  en: {
    theme: 'economic-prosperity',
    label: 'Economic Prosperity',
    markdown: `# Naval Shipyards: Building Ships, Building Jobs

Shipbuilding programs with partner navies bring steady work to coastal industries. Each frigate ordered at home supports thousands of jobs in manufacturing and engineering.

## Exports

Yards that once built only for their own navy now win export orders. The revenue funds new investment in dry docks and in training.

## Local Suppliers

Hundreds of local suppliers make steel, cables and electronics for the yards. Their growth spreads the economic benefits of defense spending well beyond the coast.
`,
  },
  ar: {
    theme: 'defense-diplomacy',
    label: 'الدبلوماسية الدفاعية',
    markdown: `# الملحقون العسكريون: جسور الثقة بين الجيوش

يعمل الملحق العسكري في سفارة بلاده ممثلا لقواتها المسلحة لدى الدولة المضيفة. ويتابع الملحقون العسكريون في الرياض وأنقرة وإسلام آباد برامج التدريب والزيارات المتبادلة بين الجيوش.

## مهام الملحق

ينظم الملحق زيارات الوفود العسكرية ويحضر المباحثات بين وزارتي الدفاع. كما يرفع إلى السفير تقارير عن فرص التعاون في التدريب والتسليح.

## الحوار الدائم

تقوم الدبلوماسية الدفاعية على الحوار الدائم بين العسكريين. فالعلاقات الشخصية التي يبنيها الملحقون تسهّل حل الخلافات وتفتح الباب أمام اتفاقيات جديدة.
`,
  },
  fr: {
    theme: 'defense-strategy',
    label: 'Stratégie de défense',
    markdown: `# Revue stratégique : une doctrine pour la décennie

La revue stratégique fixe les priorités de la politique de défense pour les dix prochaines années. Elle décrit les menaces, les missions des armées et les moyens qui leur sont consacrés.

## Une doctrine lisible

La doctrine militaire qui en découle privilégie la prévention des crises et la protection du territoire. Chaque armée adapte sa planification à ces orientations stratégiques.

## Des choix assumés

La stratégie de défense assume des priorités claires : le renseignement, la défense aérienne et la formation des cadres. Ces choix orientent les budgets comme les partenariats.
`,
  },
  tr: {
    theme: 'innovation-and-technology',
    label: 'İnovasyon ve Teknoloji',
    markdown: `# İnsansız Hava Araçları: Yerli Teknolojinin Yükselişi

Türk savunma sanayii, son yirmi yılda insansız hava araçlarında önemli bir teknoloji birikimi oluşturdu. Mühendisler tasarımdan yazılıma kadar her aşamayı yerli imkânlarla geliştiriyor.

## Ar-Ge ve Mühendislik

Üniversiteler ve şirketler ortak araştırma projeleri yürütüyor. Ar-Ge harcamaları arttıkça yeni teknolojiler daha kısa sürede sahaya çıkıyor.

## Teknoloji Transferi

Türkiye bu teknolojileri dost ülkelerle paylaşıyor. Teknoloji transferi, ortak üretim ve eğitim programlarıyla birlikte yürütülüyor.
`,
  },
  id: {
    theme: 'economic-prosperity',
    label: 'Kemakmuran Ekonomi',
    markdown: `# Industri Pertahanan: Kemandirian untuk Pertumbuhan Ekonomi

Industri pertahanan Indonesia tumbuh seiring kebutuhan alutsista dalam negeri. Galangan kapal, pabrik amunisi, dan produsen pesawat menyerap ribuan tenaga kerja dan menghidupkan ratusan pemasok lokal.

## Ekspor dan Investasi

Kapal dan kendaraan tempur buatan dalam negeri kini diekspor ke negara-negara sahabat. Pendapatan dari ekspor itu diinvestasikan kembali ke lini produksi dan pendidikan tenaga ahli.

## Kemandirian Industri

Kemandirian industri pertahanan mengurangi ketergantungan pada impor. Setiap kontrak pengadaan dalam negeri memperkuat perekonomian daerah dan membuka lapangan kerja baru.
`,
  },
  ms: {
    theme: 'security-and-defense',
    label: 'Keselamatan dan Pertahanan',
    markdown: `# Keselamatan Maritim: Mengawal Perairan Timur Sabah

Keselamatan di perairan timur Sabah bergantung pada rondaan yang berterusan. Agensi maritim dan angkatan tentera mengawasi sempadan laut daripada ancaman penculikan dan penyeludupan.

## Ancaman di Sempadan

Kumpulan bersenjata pernah menculik nelayan dan pekerja ladang. Sejak itu, pengawasan radar dan rondaan malam diperketat untuk melindungi penduduk pesisir.

## Rondaan Bersama

Tiga negara jiran menjalankan rondaan bersama di Laut Sulu. Perkongsian maklumat antara mereka mengukuhkan keselamatan serantau dan kestabilan kawasan itu.
`,
  },
  ur: {
    theme: 'military-strength',
    label: 'عسکری طاقت',
    markdown: `# فضائی دفاع: جنگی تیاری کا نیا معیار

پاکستان فضائیہ نے گزشتہ دہائی میں اپنی دفاعی صلاحیت میں نمایاں اضافہ کیا ہے۔ نئے لڑاکا طیاروں اور جدید ریڈار نظام نے فضائی دفاع کی طاقت کو مضبوط بنایا ہے۔

## ہر وقت تیار

پائلٹ سال بھر مشقوں میں حصہ لیتے ہیں تاکہ جنگی تیاری ہر وقت برقرار رہے۔ ہر اسکواڈرن کی مستعدی کا باقاعدہ جائزہ لیا جاتا ہے۔

## امن کی ضمانت

عسکری طاقت کا مقصد جنگ نہیں بلکہ امن کا تحفظ ہے۔ مضبوط فضائی صلاحیت دشمن کو جارحیت سے باز رکھتی ہے۔
`,
  },
  fa: {
    theme: 'international-cooperation',
    label: 'همکاری بین‌المللی',
    markdown: `# همکاری‌های دریایی: رزمایش مشترک با همسایگان

نیروهای دریایی دو کشور همسایه هر سال رزمایش مشترکی در دریای عمان برگزار می‌کنند. این رزمایش‌ها بخشی از همکاری‌های دوجانبه آن‌ها در حوزه امنیت دریایی است.

## مشارکت راهبردی

دو کشور در تبادل اطلاعات، آموزش افسران و امداد و نجات دریایی همکاری می‌کنند. این مشارکت به اعتماد متقابل میان دو نیروی دریایی کمک کرده است.

## فراتر از مرزها

ناوهای دو کشور در گشت‌های مشترک با دیگر کشورهای منطقه نیز شرکت می‌کنند. همکاری بین‌المللی در برابر دزدی دریایی امنیت کشتیرانی را تقویت می‌کند.
`,
  },
  bn: {
    theme: 'defense-diplomacy',
    label: 'প্রতিরক্ষা কূটনীতি',
    markdown: `---
id: military-attaches
---

# সামরিক অ্যাটাশে: আস্থার সেতু

সশস্ত্র বাহিনীগুলোর মধ্যে পারস্পরিক আস্থা গড়ে তোলে প্রতিরক্ষা কূটনীতি। বিভিন্ন দেশের দূতাবাসে নিযুক্ত সামরিক অ্যাটাশেরা এই সম্পর্কের প্রধান যোগসূত্র।

## অ্যাটাশের দায়িত্ব

সামরিক অ্যাটাশে স্বাগতিক দেশের সশস্ত্র বাহিনীর সঙ্গে নিয়মিত যোগাযোগ রাখেন। তিনি প্রতিনিধিদলের সফর আয়োজন করেন এবং রাষ্ট্রদূতকে প্রতিরক্ষা বিষয়ে পরামর্শ দেন।

## শান্তিরক্ষা ও প্রশিক্ষণ

জাতিসংঘ শান্তিরক্ষা মিশনের অভিজ্ঞতা এই কূটনীতিকে আরও সমৃদ্ধ করেছে। বিদেশি কর্মকর্তারা প্রতি বছর স্টাফ কলেজে প্রশিক্ষণ নিতে আসেন।
`,
  },
};

const withLang = (lang: string, markdown: string) =>
  lang === 'en' ? markdown : markdown.startsWith('---\n') ? markdown.replace('---\n', `---\nlang: ${lang}\n`) : `---\nlang: ${lang}\n---\n\n${markdown}`;

describe('themes in each language of the built-in vocabulary (unseen articles written for these tests)', () => {
  for (const [lang, { theme, label, markdown }] of Object.entries(ARTICLES)) {
    it(`${lang}: placed in ${theme}, labelled in the article's language, with no warning`, () => {
      const result = buildMarkdown({ [`${lang}.md`]: withLang(lang, markdown) });
      assert.deepEqual(summarise(result), []);
      const article = result.articles[0]!;
      assert.equal(article.evidence.themes.rule, 'evidence');
      assert.deepEqual(article.themes[0], { id: theme, label }, JSON.stringify(article.evidence.themes.candidates.map((c) => [c.id, c.score])));
      // The evidence names phrases or terms written in the article's language.
      const chosen = article.evidence.themes.candidates.find((candidate) => candidate.id === theme)!;
      assert.ok(chosen.terms.length + chosen.phrases.length >= 3, JSON.stringify(chosen));
    });
  }

  it('a regional tag (ar-EG) takes its primary language’s vocabulary', () => {
    const article = buildMarkdown({ 'a.md': withLang('ar-EG', ARTICLES['ar']!.markdown) }).articles[0]!;
    assert.deepEqual(article.themes[0], { id: 'defense-diplomacy', label: 'الدبلوماسية الدفاعية' });
  });

  it('a phrase counts in the forms the language gives it (Turkish case endings, Arabic prefixes, Persian endings after a non-joiner)', () => {
    const phrasesOf = (lang: string, markdown: string, theme: string) =>
      buildMarkdown({ 'a.md': withLang(lang, markdown) }).articles[0]!.evidence.themes.candidates.find((c) => c.id === theme)?.phrases.map((p) => [p.phrase, p.count]);
    assert.deepEqual(phrasesOf('tr', '# Başlık: alt başlık\n\nSavunma ataşesinin görevi zordur. Savunma ataşeleri çok çalışır.\n', 'defense-diplomacy'), [['savunma ataşesi', 2]]);
    assert.deepEqual(phrasesOf('ar', '# عنوان: فرعي\n\nتعزز الدول تعاونها الدولي. وبالتعاون الدولي تتقدم الدول.\n', 'international-cooperation'), [['التعاون الدولي', 1]]);
    assert.deepEqual(phrasesOf('fa', '# عنوان: فرعی\n\nهمکاری‌های دوجانبه گسترش یافت.\n', 'international-cooperation'), [['همکاری دوجانبه', 1]]);
    // Words separated by more than white space are not a phrase.
    assert.deepEqual(phrasesOf('fr', '# Titre : sous-titre\n\nLa sécurité. Nationale est la route.\n', 'security-and-defense'), []);
  });

  it('a language the vocabulary does not have (Swahili) gets the no-themes warning at its title, saying so', () => {
    const markdown = `---\nlang: sw\n---\n\n# Ushirikiano wa Kijeshi: Mazoezi ya Pamoja\n\nMajeshi ya nchi jirani hufanya mazoezi ya pamoja kila mwaka. Maafisa hubadilishana uzoefu na mbinu za kazi.\n\n## Mafunzo\n\nMaafisa vijana hupata mafunzo katika vyuo vya kijeshi vya nchi washirika.\n`;
    const result = buildMarkdown({ 'sw.md': markdown });
    assert.deepEqual(result.articles[0]!.themes, []);
    assert.deepEqual(summarise(result), ['articles/sw.md:5:1 warning no-themes']);
    assert.match(result.diagnostics[0]!.message, /no phrases or terms in "sw"/);
  });

  it('a language the vocabulary has, when nothing fits, gets the warning saying which vocabulary it was matched with', () => {
    const result = buildMarkdown({ 'fr.md': '---\nlang: fr\n---\n\n# Cuisine : le pain\n\nLe boulanger pétrit la pâte chaque matin. Le pain sort du four à sept heures.\n' });
    assert.deepEqual(summarise(result), ['articles/fr.md:5:1 warning no-themes']);
    assert.match(result.diagnostics[0]!.message, /phrases and terms in "fr"/);
  });

  it('a theme a language has no entry for is matched with its English phrases and terms', async () => {
    const themes = `themes:\n  - id: one\n    label: One\n    phrases: [defense diplomacy]\n    terms: [embassy]\n    languages:\n      fr: { phrases: [diplomatie de défense], terms: [ambassade] }\n  - id: two\n    label: Two\n    phrases: [radar network]\n`;
    const result = buildMarkdown({ 'fr.md': '---\nlang: fr\n---\n\n# Titre : sous-titre\n\nLa diplomatie de défense progresse. Le radar network est prêt.\n' }, { themes });
    const candidates = result.articles[0]!.evidence.themes.candidates;
    assert.deepEqual(candidates.map((c) => [c.id, c.phrases.map((p) => p.phrase)]).sort(), [['one', ['diplomatie de défense']], ['two', ['radar network']]]);
  });

  it('English articles are matched exactly as with a vocabulary that has only English', async () => {
    const vocabulary = parse(await readFile(DEFAULT_THEMES_FILE, 'utf8')) as { themes: { languages?: unknown }[] };
    for (const theme of vocabulary.themes) delete theme.languages;
    const englishOnly = JSON.stringify(vocabulary);
    const files = { 'en.md': ARTICLES['en']!.markdown, 'b.md': '# Defense Diplomacy: envoys\n\nEmbassies and envoys build goodwill. Security and defense go together.\n' };
    const builtIn = buildMarkdown(files);
    const english = buildMarkdown(files, { themes: englishOnly });
    assert.deepEqual(
      builtIn.articles.map((a) => [a.themes, a.evidence.themes]),
      english.articles.map((a) => [a.themes, a.evidence.themes]),
    );
  });
});
