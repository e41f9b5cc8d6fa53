// Records a curation action, replacing the stored one with the same id (undo writes it again).
// $props holds only strings and lists of strings; null values leave the property out.
// Curation is a store-internal label (recorded merge/split actions), like Entity.
MERGE (c:Curation {id: $id})
SET c = $props
