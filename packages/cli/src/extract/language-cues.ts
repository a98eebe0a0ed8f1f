/**
 * Per language, the words that open a closing statement ("In conclusion…") and the openers of a
 * sentence that leans on the one before it ("It…", "Namun…", "به همین دلیل…", "ولذلك…"): such a
 * sentence cannot be shown alone as a finding. English has its own, finer rules (sentences.ts).
 * Matched at the start of a paragraph or sentence, case-insensitively, as whole words (`\b` is
 * ASCII-only in JavaScript, so a word ends where no letter, mark or digit follows).
 */

export interface LanguageCues {
  conclusion: RegExp;
  pointsBack: RegExp;
}

const opening = (phrases: readonly string[]) => new RegExp(`^(?:${phrases.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'iu');

const CUES: Record<string, LanguageCues> = {
  ar: {
    conclusion: opening(['في الختام', 'وفي الختام', 'ختامًا', 'ختاما', 'خلاصة القول', 'في النهاية', 'وفي النهاية', 'باختصار']),
    // The conjunction و or ف fused to its word: "ولذلك", "فإن"…
    pointsBack: opening(['هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'وهذا', 'وهذه', 'وذلك', 'لذلك', 'ولذلك', 'لذا', 'ولذا', 'كما', 'وكما', 'لكن', 'ولكن', 'غير أن', 'إلا أن', 'بالتالي', 'وبالتالي', 'وبذلك', 'وعليه', 'ومن ثم', 'وقد', 'فقد', 'فإن', 'وإن', 'فهو', 'فهي', 'وهو', 'وهي', 'إنه', 'إنها', 'كذلك', 'وكذلك']),
  },
  ur: {
    conclusion: opening(['آخر میں', 'خلاصہ یہ کہ', 'خلاصہ یہ ہے کہ', 'نتیجتاً', 'مختصراً', 'الغرض']),
    pointsBack: opening(['یہ', 'وہ', 'اس', 'ان', 'اسی', 'انہی', 'لہٰذا', 'لہذا', 'چنانچہ', 'تاہم', 'البتہ', 'نیز', 'اس لیے', 'اسی لیے', 'اس کے علاوہ']),
  },
  fa: {
    conclusion: opening(['در پایان', 'در نتیجه', 'به طور خلاصه', 'به‌طور خلاصه', 'در مجموع', 'خلاصه اینکه', 'سرانجام']),
    pointsBack: opening(['این', 'آن', 'این‌ها', 'آن‌ها', 'اینها', 'آنها', 'به همین دلیل', 'از این رو', 'بنابراین', 'همچنین', 'اما', 'ولی', 'با این حال', 'علاوه بر این', 'او', 'ایشان']),
  },
  tr: {
    conclusion: opening(['sonuç olarak', 'özetle', 'kısacası', 'son olarak', 'sonuçta', 'toparlamak gerekirse']),
    pointsBack: opening(['bu', 'bunlar', 'bunun', 'bunu', 'bunlara', 'şu', 'o', 'onlar', 'onun', 'ancak', 'ayrıca', 'bu nedenle', 'bu yüzden', 'dolayısıyla', 'öte yandan', 'yine de', 'bununla birlikte']),
  },
  id: {
    conclusion: opening(['kesimpulannya', 'sebagai kesimpulan', 'singkatnya', 'pada akhirnya', 'secara keseluruhan']),
    pointsBack: opening(['ini', 'itu', 'hal ini', 'hal itu', 'mereka', 'ia', 'dia', 'namun', 'akan tetapi', 'oleh karena itu', 'oleh sebab itu', 'karena itu', 'selain itu', 'dengan demikian', 'maka']),
  },
  ms: {
    conclusion: opening(['kesimpulannya', 'sebagai kesimpulan', 'secara ringkas', 'ringkasnya', 'secara keseluruhan']),
    pointsBack: opening(['ini', 'itu', 'hal ini', 'mereka', 'ia', 'dia', 'namun', 'walau bagaimanapun', 'oleh itu', 'oleh yang demikian', 'selain itu', 'dengan itu', 'justeru']),
  },
  bn: {
    conclusion: opening(['উপসংহারে', 'সংক্ষেপে', 'পরিশেষে', 'শেষ পর্যন্ত', 'সবশেষে']),
    pointsBack: opening(['এটি', 'এটা', 'এই', 'এগুলো', 'তারা', 'তিনি', 'সে', 'তবে', 'কিন্তু', 'তাই', 'সেজন্য', 'এছাড়া', 'এছাড়াও', 'ফলে']),
  },
  fr: {
    conclusion: opening(['en conclusion', 'pour conclure', 'en somme', 'en résumé', 'pour résumer', 'en définitive', 'bref', 'au final', 'finalement']),
    pointsBack: opening(['il', 'elle', 'ils', 'elles', 'cela', 'ceci', 'ce', 'cet', 'cette', 'ces', 'ainsi', 'par conséquent', 'de plus', 'en outre', 'cependant', 'toutefois', 'néanmoins', 'donc', 'aussi', 'c’est', "c'est"]),
  },
};

/** The cues of a language (by its primary subtag), if we have them. */
export function cuesOf(lang: string): LanguageCues | undefined {
  return CUES[lang.toLowerCase().split('-')[0]!];
}
