/**
 * Lowercase nouns only an athlete goes by, read right before a name ("flanker Schalk Burger",
 * "striker Prinz") or ending an apposition after it ("Carolina Kluft, the Olympic heptathlon
 * champion,"): the name is a person's whatever the tagger typed it. Not the nouns a place or a
 * firm also takes ("centre", "wing", "lock", "prop", "forward", "manager").
 */
export const ATHLETE_NOUNS: ReadonlySet<string> = new Set([
  "striker", "midfielder", "goalkeeper", "winger", "full-back", "centre-back", "flanker",
  "fly-half", "scrum-half", "skipper", "playmaker", "batsman", "sprinter", "hurdler",
  "heptathlete", "decathlete", "champion", "medallist", "medalist", "finalist", "semi-finalist",
  "quarter-finalist", "seed", "team-mate", "teammate", "marathoner", "long-jumper", "triple-jumper",
]);
