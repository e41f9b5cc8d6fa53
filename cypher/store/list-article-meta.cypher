// Metadata of the articles of an outlet (by normalised name) and/or published within [from, to]; null
// parameters match all. Texts and sentences are left out: a listing reads them only for the page it shows.
MATCH (a:Article)
WHERE ($outletKey IS NULL OR a.outletKey = $outletKey)
  AND (
    ($from IS NULL AND $to IS NULL)
    OR (a.published IS NOT NULL AND ($from IS NULL OR a.published >= $from) AND ($to IS NULL OR a.published <= $to))
  )
RETURN a {.id, .contentHash, .format, .title, .outlet, .url, .published, .language, .source, .ingestedAt} AS props
