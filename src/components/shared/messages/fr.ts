import { someNames } from './format.js';
import { numbersIn } from './numbers.js';
import type { Messages } from './index.js';

const n = numbersIn('fr', 'latn');
const plural = new Intl.PluralRules('fr');
/** French counts 0 and 1 as singular. */
const many = (count: number, one: string, other: string) => (plural.select(count) === 'one' ? one : other);
// French typography: a no-break space before ":" and inside « », a narrow one before ";" and "?".
const NBSP = '\u00a0';
const NNBSP = '\u202f';
const quoted = (text: string) => `«${NBSP}${text}${NBSP}»`;

/** French: loaded only by widgets whose language is French. */
export const fr: Messages = {
  loading: 'Chargement du sujet…',
  loadFailed: 'Ce contenu n’a pas pu être chargé.',
  loadFailedSummary: (names) =>
    names.length === 1
      ? `${quoted(names[0]!)} n’a pas pu être chargé.`
      : `${n(names.length)} sujets n’ont pas pu être chargés${NBSP}: ${someNames(names, 'fr', (count) => `${n(count)} autres`)}.`,
  retry: 'Réessayer',
  retryTopic: (name) => `Réessayer de charger ${quoted(name)}`,
  readingTime: (minutes) => `${n(minutes)}${NBSP}min de lecture`,
  keyPointCount: (count) => `${n(count)} ${many(count, 'point clé', 'points clés')}`,
  readArticle: (minutes) => `Lire l’article · ${n(minutes)}${NBSP}min`,
  morePoints: (count) => `+${n(count)} ${many(count, 'autre', 'autres')}`,
  showMoreOfSummary: 'Afficher plus',
  showLess: 'Afficher moins',
  themes: 'Thèmes',
  keyPoints: 'Points clés',
  summary: 'Résumé',
  conclusion: 'En conclusion',
  related: 'Sujets connexes',
  partOf: (part, parts) => `Partie ${n(part)} sur ${n(parts)}`,
  seriesParts: 'Parties de la série',
  previousPart: 'Précédent',
  nextPart: 'Suivant',
  contents: 'Sommaire',
  copyLink: 'Copier le lien',
  copyLinkTo: (section) => `Copier le lien vers ${quoted(section)}`,
  linkCopied: 'Lien copié',
  linkNotCopied: `Le lien n’a pas pu être copié${NNBSP}; il est affiché pour être copié à la main`,
  seriesTopics: 'Sujets de la série',
  searchSeries: 'Rechercher dans la série',
  countries: 'Pays',
  topicsShown: (shown, total) => `${n(shown)} ${many(shown, 'sujet', 'sujets')} sur ${n(total)}`,
  noTopicMatches: (query, filters) => `${query ? `Aucun sujet ne correspond à ${quoted(query)}` : 'Aucun sujet n’est affiché'}${filters ? ` dans ${filters}` : ''}.`,
  clearAll: 'Tout effacer',
  showAllTopics: 'Afficher tous les sujets',
  showMore: (count) => `Afficher ${n(count)} ${many(count, 'autre', 'autres')}`,
  searching: 'Recherche…',
  searchFailed: `La recherche n’a pas pu être chargée${NNBSP}; les filtres fonctionnent toujours.`,
};
