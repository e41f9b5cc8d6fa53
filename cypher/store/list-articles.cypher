// Articles of an outlet (by normalised name) and/or published within [from, to]; null parameters match all.
MATCH (a:Article)
WHERE ($outletKey IS NULL OR a.outletKey = $outletKey)
  AND (
    ($from IS NULL AND $to IS NULL)
    OR (a.published IS NOT NULL AND ($from IS NULL OR a.published >= $from) AND ($to IS NULL OR a.published <= $to))
  )
RETURN properties(a) AS props
