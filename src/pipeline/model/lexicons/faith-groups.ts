/**
 * Followers of a faith or branch of one, as news names them ("Muslim families", "Sunnis",
 * "the Catholic community"): groups of people, never an organisation, a person or a place,
 * whatever the tagger made of the capital. Every form → the group's name.
 */
export const FAITH_GROUPS: ReadonlyMap<string, string> = new Map(
  [
    ["Muslims", "Muslim|Muslims|Moslem|Moslems"],
    ["Christians", "Christian|Christians"],
    ["Catholics", "Catholic|Catholics"],
    ["Protestants", "Protestant|Protestants"],
    ["Jews", "Jew|Jews"],
    ["Hindus", "Hindu|Hindus"],
    ["Buddhists", "Buddhist|Buddhists"],
    ["Sikhs", "Sikh|Sikhs"],
    ["Sunnis", "Sunni|Sunnis"],
    ["Shiites", "Shiite|Shiites|Shia|Shi'ite|Shi'ites"],
    ["Alawites", "Alawite|Alawites"],
    ["Evangelicals", "Evangelical|Evangelicals"],
  ].flatMap(([group, forms]) =>
    (forms as string).split("|").map((form): [string, string] => [form, group as string]),
  ),
);
