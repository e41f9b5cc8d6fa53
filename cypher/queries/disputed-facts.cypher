// Facts the outlets disagree on: events whose sources give different dates or different figures for the same
// measure (killed, wounded, ...), or that some source disputes. Lists are per source, in parallel.
MATCH (e:Event)
WITH e,
  any(i IN range(1, size(e.dateStarts) - 1)
      WHERE e.dateStarts[i] <> e.dateStarts[0] OR e.dateEnds[i] <> e.dateEnds[0]) AS datesDiffer,
  any(i IN range(0, size(e.figureKeys) - 1)
      WHERE any(j IN range(0, size(e.figureKeys) - 1)
                WHERE e.figureKeys[i] = e.figureKeys[j]
                  AND e.figureArticles[i] <> e.figureArticles[j]
                  AND e.figureValues[i] <> e.figureValues[j])) AS figuresDiffer,
  'disputed' IN e.statuses AS disputed
WHERE datesDiffer OR figuresDiffer OR disputed
RETURN e.name AS event, e.eventType AS type, datesDiffer, figuresDiffer, disputed,
  e.dateArticles AS dateSources, e.dateTexts AS dateWords, e.dateStarts AS starts, e.dateEnds AS ends,
  e.figureArticles AS figureSources, e.figureKeys AS measures, e.figureValues AS figures,
  e.statusArticles AS statusSources, e.statuses AS statuses
ORDER BY e.dateStart
