/**
 * The records a review shows, read from a built dataset (Storybook's "Dataset review" page reads
 * the bundled one): each topic's record in the default language (`articles/<id>.json`) and its
 * record in each other language (`languages/<lang>/articles/<id>.json`). A language's view holds
 * every topic, in the default language where it has no translation: `reviewTopics` keeps one
 * record per topic and language, so those copies drop out. Browser-safe (no Node imports).
 */
import { ArticleRecord, DatasetIndex, DatasetLanguages } from '../schema.js';

/** `load(path)`: the parsed JSON of a file of the dataset, by its path in the dataset's folder. */
export async function datasetReviewRecords(load: (path: string) => Promise<unknown>): Promise<ArticleRecord[]> {
  const index = DatasetIndex.parse(await load('index.json'));
  const { languages } = DatasetLanguages.parse(await load('languages.json'));
  const folders = ['', ...languages.slice(1).map((lang) => `languages/${lang}/`)];
  const records = await Promise.all(folders.flatMap((folder) => index.topics.map(async (topic) => ArticleRecord.parse(await load(`${folder}articles/${topic.id}.json`)))));
  return records;
}
