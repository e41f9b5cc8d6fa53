/**
 * Short reports of our own writing for curation tests: two outlets name one commander differently (a
 * name and a kunya), and one gives a second man an alias a curator judges wrong. The edits keep each URL,
 * so a re-ingest replaces the same article.
 */

/** An official announcement of a strike. */
export const STRIKE = `---
title: Militant commander killed in air strike
outlet: Example Wire
published: 2024-05-02
url: https://wire.example/strike
---
Iraqi officials said an air strike near Mosul killed Abdullah Karim al-Tamimi, a senior commander of the Islamic State group.

Defense Minister Thabit al-Abbasi announced the strike on Thursday.
`;

/** The group's confirmation, naming the commander by his kunya. */
export const CONFIRMED = `---
title: Islamic State confirms death of commander
outlet: Daily Example
published: 2024-05-04
url: https://daily.example/confirmed
---
The Islamic State group confirmed that Abu Hamza al-Iraqi, a senior commander, was killed near Mosul.

Ahmed Saleh, also known as Abu Omar, will lead the group's fighters in Nineveh, the statement said.
`;

/** `CONFIRMED` edited once. */
export const EDITED = CONFIRMED.replace('was killed near Mosul.', 'was killed near Mosul last week.');

/** `CONFIRMED` edited twice. */
export const EDITED_AGAIN = EDITED.replace('the statement said.', 'the statement said on Saturday.');
