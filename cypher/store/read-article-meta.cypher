// Articles by id without their text and sentences (the largest properties): enough to count outlets or list sources.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a {.id, .contentHash, .format, .title, .outlet, .url, .published, .language, .source, .ingestedAt} AS props
