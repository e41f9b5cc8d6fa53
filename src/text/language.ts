/** Cheap language identification: script detection, then stopword ratios for English and common European languages. */

/** Frequent function words per language; short, distinctive lists keep the test cheap and hard to fool. */
const STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['the', 'and', 'of', 'to', 'in', 'is', 'was', 'that', 'for', 'on', 'with', 'as', 'by', 'at', 'he',
    'it', 'his', 'said', 'from', 'are', 'were', 'have', 'has', 'had', 'be', 'this', 'which', 'an', 'they', 'who',
    'but', 'not', 'would', 'will', 'their', 'been', 'its', 'after', 'than', 'also', 'we', 'she', 'her']),
  es: new Set(['el', 'la', 'de', 'que', 'y', 'en', 'los', 'del', 'se', 'las', 'por', 'un', 'para', 'con', 'una',
    'su', 'al', 'es', 'lo', 'como', 'más', 'pero', 'sus', 'le', 'ya', 'fue', 'este', 'ha', 'sí', 'porque',
    'esta', 'entre', 'cuando', 'muy', 'sin', 'sobre', 'también', 'dijo', 'según', 'han']),
  fr: new Set(['le', 'la', 'les', 'de', 'des', 'et', 'en', 'du', 'un', 'une', 'est', 'que', 'qui', 'dans', 'pour',
    'pas', 'sur', 'au', 'aux', 'par', 'plus', 'ne', 'se', 'ce', 'il', 'elle', 'avec', 'été', 'ont', 'sont',
    'mais', 'ou', 'cette', 'son', 'ses', 'leur', 'a', 'selon', 'nous', 'vous']),
  de: new Set(['der', 'die', 'und', 'in', 'den', 'von', 'zu', 'das', 'mit', 'sich', 'des', 'auf', 'für', 'ist',
    'im', 'dem', 'nicht', 'ein', 'eine', 'als', 'auch', 'es', 'an', 'werden', 'aus', 'er', 'hat', 'dass', 'sie',
    'nach', 'wird', 'bei', 'einer', 'um', 'am', 'sind', 'noch', 'wie', 'einem', 'über', 'so', 'zum', 'war']),
  it: new Set(['il', 'di', 'che', 'e', 'la', 'per', 'un', 'in', 'del', 'non', 'una', 'sono', 'della', 'le', 'si',
    'con', 'gli', 'da', 'dei', 'al', 'nel', 'alla', 'anche', 'ha', 'è', 'come', 'più', 'ma', 'delle', 'lo',
    'questo', 'essere', 'stato', 'dopo', 'degli', 'nella', 'sul', 'tra']),
  pt: new Set(['o', 'a', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'com', 'não', 'uma', 'os', 'no', 'se',
    'na', 'por', 'mais', 'as', 'dos', 'como', 'mas', 'ao', 'ele', 'das', 'à', 'seu', 'sua', 'ou', 'quando',
    'muito', 'nos', 'já', 'foi', 'pelo', 'pela', 'até', 'isso', 'disse', 'são']),
  nl: new Set(['de', 'en', 'van', 'het', 'een', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'voor', 'met', 'die',
    'niet', 'aan', 'er', 'om', 'ook', 'als', 'bij', 'of', 'door', 'maar', 'uit', 'naar', 'dan', 'heeft',
    'nog', 'wordt', 'werd', 'hij', 'zij', 'we', 'wel', 'deze', 'tot', 'over', 'kan', 'geen']),
};

/** Scripts recognised by code point range, with the language each usually means (`und` when ambiguous). */
const SCRIPTS: ReadonlyArray<{ from: number; to: number; language: string }> = [
  { from: 0x0600, to: 0x06ff, language: 'ar' },
  { from: 0x0750, to: 0x077f, language: 'ar' },
  { from: 0x0400, to: 0x04ff, language: 'cyrillic' },
  { from: 0x0590, to: 0x05ff, language: 'he' },
  { from: 0x0370, to: 0x03ff, language: 'el' },
  { from: 0x0900, to: 0x097f, language: 'hi' },
  { from: 0x0e00, to: 0x0e7f, language: 'th' },
  { from: 0x3040, to: 0x30ff, language: 'ja' },
  { from: 0xac00, to: 0xd7af, language: 'ko' },
  { from: 0x4e00, to: 0x9fff, language: 'zh' },
];

/** How many characters and words are enough to decide; articles are decided by their opening. */
const SAMPLE_CHARS = 20_000;
const MIN_WORDS = 8;

function scriptOf(code: number): string | null {
  for (const s of SCRIPTS) if (code >= s.from && code <= s.to) return s.language;
  return null;
}

/** Distinguishes the main Cyrillic-script languages by their own letters; 'und' when none shows. */
function cyrillicLanguage(sample: string): string {
  if (/[іїєґ]/i.test(sample)) return 'uk';
  if (/[ўі]/i.test(sample)) return 'be';
  if (/[ђћџљњ]/i.test(sample)) return 'sr';
  if (/[ыэъё]/i.test(sample)) return 'ru';
  return 'und';
}

/**
 * The ISO 639-1 code of a text's language ("en", "es", "fr", "de", "it", "pt", "nl", "ar", "ru", "zh", …),
 * 'und' for a non-Latin script it cannot pin down, null when the text is too short or unclear.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let latin = 0;
  const scriptCounts = new Map<string, number>();
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) {
      latin++;
      continue;
    }
    if (c < 0x370) continue;
    const script = scriptOf(c);
    if (script) scriptCounts.set(script, (scriptCounts.get(script) ?? 0) + 1);
  }
  let topScript: string | null = null;
  let topCount = 0;
  for (const [script, count] of scriptCounts) {
    if (count > topCount) {
      topScript = script;
      topCount = count;
    }
  }
  // Japanese mixes kana with Han characters: any substantial kana means Japanese.
  const kana = scriptCounts.get('ja') ?? 0;
  if (topScript === 'zh' && kana > topCount * 0.1) topScript = 'ja';
  if (topScript && topCount > latin) {
    if (topCount < 10) return null;
    return topScript === 'cyrillic' ? cyrillicLanguage(sample) : topScript;
  }
  return latinLanguage(sample);
}

function latinLanguage(sample: string): string | null {
  const words = sample.toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length < MIN_WORDS) return null;
  let best: string | null = null;
  let bestHits = 0;
  let secondHits = 0;
  for (const [language, stopwords] of Object.entries(STOPWORDS)) {
    let hits = 0;
    for (const w of words) if (stopwords.has(w)) hits++;
    if (hits > bestHits) {
      secondHits = bestHits;
      bestHits = hits;
      best = language;
    } else if (hits > secondHits) {
      secondHits = hits;
    }
  }
  // Real prose is ~30-50% function words; headlines and lists of names are not evidence either way.
  if (bestHits / words.length < 0.08 || bestHits < 3) return null;
  if (bestHits < secondHits * 1.2) return null;
  return best;
}
