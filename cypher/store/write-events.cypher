// Upserts aggregated event nodes.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e = row.props
