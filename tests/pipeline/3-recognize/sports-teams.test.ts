import { describe, expect, it } from "vitest";
import { segmentText } from "../../../src/pipeline/2-segment/segment.js";
import type { Candidate } from "../../../src/pipeline/3-recognize/candidate.js";
import { recognizeCities } from "../../../src/pipeline/3-recognize/cities.js";
import {
  isSportsStory,
  lookupClub,
  recognizeTeams,
} from "../../../src/pipeline/3-recognize/sports-teams.js";
import { CLUB_SEEDS } from "../../../src/pipeline/model/lexicons/football-clubs.js";
import { RUGBY_CLUB_SEEDS } from "../../../src/pipeline/model/lexicons/rugby-clubs.js";
import { analyzeText } from "../../helpers/pipeline.js";

/** "TYPE key" for every entity of a text. */
function entitiesOf(text: string): string[] {
  return analyzeText(text).entities.map((entity) => `${entity.type} ${entity.key}`);
}

// Invented match-report sentences: enough sport words to read the story as sport.
const MATCH = "The striker scored twice, and the coach praised his squad after the match.";

type Row = [input: string, expected: string[], absent: string[]];

const ROWS: Row[] = [
  // Issue 10: a report whose only specific cues are a match's moments ("injury-time equaliser")
  // is sport, and the city before "manager" is its club.
  [
    "Liverpool manager Tom Hale refused to blame goalkeeper Jan Novak for the draw. Novak " +
      "fumbled a cross before an injury-time equaliser. Hale said the defeat still hurt.",
    ["ORGANIZATION club:liverpool-fc"],
    ["PLACE place:liverpool"],
  ],
  // A Grand Slam or a cup by its name is the competition, not the country its demonym names.
  [
    `Tomas Berdal won the Australian Open and Rovers won the FA Cup. ${MATCH}`,
    ["EVENT event:australian-open", "EVENT event:fa-cup"],
    ["COUNTRY AUS"],
  ],
  // In a rugby story a bare town is its rugby side, not the football club of the club table.
  [
    `Leicester beat Bath after two tries and a late scrum, and the flanker was sent to the sin-bin. ${MATCH}`,
    ["ORGANIZATION leicester"],
    ["ORGANIZATION club:leicester-city"],
  ],
  // "Six Nations" counts as one rugby word, a conversion as another.
  [
    `Newcastle centre Tom Hale kicked a conversion before the Six Nations. ${MATCH}`,
    ["ORGANIZATION newcastle"],
    ["ORGANIZATION club:newcastle-united"],
  ],
  // In a rugby story a bare "World Cup" is rugby's, elsewhere football's.
  [
    `World Cup winners Lance Dallow and Neil Bach scored two tries after a late scrum. ${MATCH}`,
    ["EVENT event:rugby-world-cup"],
    ["EVENT event:world-cup"],
  ],
  [
    `France won the World Cup after a penalty in the final. ${MATCH}`,
    ["EVENT event:world-cup"],
    ["EVENT event:rugby-world-cup"],
  ],
  // A rugby club's one-word name is the club in a rugby story, as a football club's is not.
  [
    `Wasps beat Saracens after two tries and a late scrum, and the flanker was sent to the sin-bin. ${MATCH}`,
    ["ORGANIZATION club:wasps", "ORGANIZATION club:saracens"],
    ["ORGANIZATION wasps", "ORGANIZATION saracens"],
  ],
  // Its name of two words is the club in any story, and "Irish" in it is no country.
  [
    "Stade Francais has signed a new sponsor for its shirts.",
    ["ORGANIZATION club:stade-francais"],
    [],
  ],
  [
    `London Irish centre Tom Hale kicked a conversion before the Six Nations. ${MATCH}`,
    ["ORGANIZATION club:london-irish"],
    ["COUNTRY IRL"],
  ],
  // A province that names a rugby side is the place outside sport.
  [
    "The province of Munster has six counties and a long coast.",
    ["PLACE place:munster"],
    ["ORGANIZATION club:munster-rugby"],
  ],
  [
    `Leicester beat Bath 2-1 in the league on Saturday. ${MATCH}`,
    ["ORGANIZATION club:leicester-city"],
    ["ORGANIZATION leicester"],
  ],
  // "the German league" in a sports story is the Bundesliga, the one entity its name gives.
  [
    `He leads the scorers in the German league this season. ${MATCH}`,
    ["EVENT event:bundesliga"],
    ["EVENT german league"],
  ],
  [
    `Madrid sold him to a club in the Spanish league. ${MATCH}`,
    ["EVENT event:la-liga"],
    ["EVENT spanish league"],
  ],
  // A city in a sports story is its club; a listed club's city gets the club's key.
  [
    `Hamburg beat Bremen 2-1 in the league on Saturday. ${MATCH}`,
    ["ORGANIZATION club:hamburger-sv", "ORGANIZATION club:werder-bremen"],
    ["PLACE place:hamburg", "PLACE place:bremen"],
  ],
  // After a place word the city stays the city, even in a sports story.
  [
    `Dortmund won the cup final in Berlin last year. ${MATCH}`,
    ["ORGANIZATION club:borussia-dortmund", "PLACE place:berlin"],
    [],
  ],
  // A ground is no club: named by a place's head word, or with "the".
  [
    `Leeds drew at Villa Park and lost at the Riverside. ${MATCH}`,
    ["ORGANIZATION club:leeds-united"],
    ["ORGANIZATION villa park", "ORGANIZATION riverside"],
  ],
  // A short form and the full name are one club.
  [
    `Bayern Munich signed a new goalkeeper. Bayern beat Augsburg at home. ${MATCH}`,
    ["ORGANIZATION club:bayern-munich", "ORGANIZATION club:fc-augsburg"],
    ["ORGANIZATION bayern", "PLACE place:augsburg"],
  ],
  // A country playing is its national side; the same country elsewhere stays the country.
  [
    `He played for Peru at the tournament, and Peru lost to Chile. ${MATCH} He was born in Peru.`,
    ["ORGANIZATION team:per", "ORGANIZATION team:chl", "COUNTRY PER"],
    [],
  ],
  // A country's possessive before a side's noun, or a country that won, is its side.
  [
    `Chile's players celebrated, and later Chile won 2-1. ${MATCH} He was born in Chile.`,
    ["ORGANIZATION team:chl", "COUNTRY CHL"],
    [],
  ],
  [
    `Spain face Italy in the final on Sunday. ${MATCH}`,
    ["ORGANIZATION team:esp", "ORGANIZATION team:ita"],
    ["COUNTRY ESP"],
  ],
  // After a word of travel before "to", or a compass word, the city is the place; a player who
  // went to a city's club joined the club.
  [
    `The squad flew to Dublin for the final, and the coach lives in north London. ${MATCH}`,
    ["PLACE place:dublin", "PLACE place:london"],
    ["ORGANIZATION dublin", "ORGANIZATION london"],
  ],
  [
    `Jansen went to Hamburg in May. ${MATCH}`,
    ["ORGANIZATION club:hamburger-sv"],
    ["PLACE place:hamburg"],
  ],
  // Outside a sports story a city is the city, and only a full club name is the club.
  [
    "Hamburg's port handled more containers this year, the city's senate said.",
    ["PLACE place:hamburg"],
    ["ORGANIZATION club:hamburger-sv"],
  ],
  ["Bayern Munich reported record revenue on Tuesday.", ["ORGANIZATION club:bayern-munich"], []],
  // Competitions without a head noun are events, one key for each of their names.
  [
    `Augsburg stayed in the Bundesliga and will play in the Europa League. ${MATCH}`,
    ["EVENT event:bundesliga", "EVENT event:europa-league"],
    ["OTHER bundesliga"],
  ],
  ["Tickets for Euro 2016 sold out in France.", ["EVENT event:euro-2016"], ["OTHER euro 2016"]],
  // A match result between two clubs' cities is a sports story on its own: the cities are clubs.
  [
    "Lyon beat Marseille 2-1 on Sunday.",
    ["ORGANIZATION club:olympique-lyonnais", "ORGANIZATION club:olympique-marseille"],
    ["PLACE place:lyon", "PLACE place:marseille"],
  ],
  [
    "Lyon lost to Marseille 0 - 2 in Ligue 1 on Sunday.",
    ["ORGANIZATION club:olympique-lyonnais", "EVENT event:ligue-1"],
    ["PLACE place:lyon", "PLACE ligue"],
  ],
  // A demonym the tagger cut from a listed competition's name is the competition's, not the country.
  [
    `Bremen won the German Cup final on Saturday. ${MATCH}`,
    ["EVENT event:dfb-pokal"],
    ["COUNTRY DEU"],
  ],
];

/** Enough rugby words for a story of sides (sentences written for these tests). */
const RUGBY = "The fly-half kicked two penalties and the scrum held firm in the rugby match.";

/**
 * A country or home nation where a rugby or football story puts a side (a fixture, a result, a
 * side's noun) is its national team; where it gives a player's nationality or a place, it stays.
 */
const SIDE_ROWS: Row[] = [
  [
    `The Scotland v England game was the highlight of the season. ${RUGBY}`,
    ["ORGANIZATION team:scotland", "ORGANIZATION team:england"],
    ["PLACE place:scotland"],
  ],
  [
    `Scotland were beaten 20-12 by Fiji in the plate final. ${RUGBY}`,
    ["ORGANIZATION team:scotland", "ORGANIZATION team:fji"],
    ["COUNTRY FJI"],
  ],
  [
    `Wales will play Italy in Rome next month. ${RUGBY}`,
    ["ORGANIZATION team:wales", "ORGANIZATION team:ita"],
    ["COUNTRY ITA"],
  ],
  [
    `Tom Hale has been named in the Ireland side for the clash with Samoa. ${RUGBY}`,
    ["ORGANIZATION team:irl", "ORGANIZATION team:wsm"],
    ["COUNTRY IRL"],
  ],
  [
    `Dan Cole missed England's Six Nations opener in Cardiff. ${RUGBY}`,
    ["ORGANIZATION team:england"],
    ["PLACE place:england"],
  ],
  // A player's nationality, a role before a name, a place: the country or the home nation.
  [
    `The top seed will face Spain's Alberto Montero in the second round. ${RUGBY}`,
    ["COUNTRY ESP"],
    ["ORGANIZATION team:esp"],
  ],
  [
    `France coach Bernard Lapierre praised his players. ${RUGBY}`,
    ["COUNTRY FRA"],
    ["ORGANIZATION team:fra"],
  ],
  [
    `The prop was born in Wales and moved to Bath as a boy. ${RUGBY}`,
    ["PLACE place:wales"],
    ["ORGANIZATION team:wales"],
  ],
  // In tennis "Spain's victory" is no team sport's side: the text names its players by nation.
  [
    `Spain's victory in the final was a triumph for the coach, and the tournament's champions won the match this season.`,
    ["COUNTRY ESP"],
    ["ORGANIZATION team:esp"],
  ],
];

describe("countries as national sides in rugby and football", () => {
  it.each(SIDE_ROWS)("%s", (input, expected, absent) => {
    const entities = entitiesOf(input);
    for (const entity of expected) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});

describe("clubs and national sides in sports stories", () => {
  it.each(ROWS)("%s", (input, expected, absent) => {
    const entities = entitiesOf(input);
    for (const entity of expected) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });

  it("gives a competition the tagger cut short one mention", () => {
    const x = analyzeText(`Bremen won the German Cup final on Saturday. ${MATCH}`);
    expect(x.mentions.filter((m) => m.surface.includes("German"))).toHaveLength(1);
  });

  it.each([
    [`Hamburg beat Bremen. ${MATCH}`, true],
    ["Hamburg beat Bremen 3-1 on Saturday.", true],
    ["Hamburg drew with Bremen 1-1.", true],
    // No score, or no clubs' cities: the result verb alone is no sport.
    ["Hamburg beat Bremen to the new contract.", false],
    ["Labour beat the Tories 2-1 in the council vote.", false],
    ["The minister met the mayor of Hamburg to discuss the port and the budget.", false],
    ["The vote was a victory for the party, which will win a majority in the cup of tea.", false],
    // A rugby report names positions, not football's words.
    [
      "The Wasps flanker and the Leicester winger start, with the fly-half on the bench for the Premiership game.",
      true,
    ],
    // Football's short word for its goalkeeper counts as a cue.
    ["Rovers keeper Tom Day, a defender and a midfielder joined before the match.", true],
    // Words politics shares with sport are not enough alone.
    [
      "After the election victory and the defeat of its rival, the party asked the fraud squad to draw a line, and to win back trust.",
      false,
    ],
    // An awards night borrows sport's words; its film and music words outnumber them.
    [
      "The band scored a hat-trick at the music awards, beat two rival bands to best album and will win a league of its own this season. The singer thanked the film crew for the song and the album.",
      false,
    ],
    [
      "The actor watched a Cup match at the stadium after the defeat and said football was his first love, but his new film, a comedy, is his biggest since the musical and the drama that made him a film star.",
      false,
    ],
    // Issue 10: a match report's moments count as cues; three general cues alone do not make
    // a report ("Liverpool manager" then stays the city).
    [
      "The manager backed his goalkeeper after the draw, though a late cross led to an injury-time equaliser and a first defeat.",
      true,
    ],
    [
      "The manager backed his goalkeeper after the draw, though a late cross led to a first defeat.",
      false,
    ],
    ["The winger was offside when his header beat the keeper; the touchline ban followed.", true],
    // A match report that mentions a film once is still sport.
    [
      "The striker scored twice before the goalkeeper saved a penalty, and the coach said the squad would watch a film before the next match.",
      true,
    ],
  ])("reads %j as sport: %s", (text, expected) => {
    expect(isSportsStory(segmentText(text))).toBe(expected);
  });

  it.each([
    ["ORGANIZATION", "club:schalke-04"],
    ["PERSON", undefined],
  ] as const)("outside sport reads a one-word club the tagger typed %s as %s", (type, key) => {
    const text = "Shares in Schalke rose.";
    const sentences = segmentText(text);
    const start = text.indexOf("Schalke");
    const candidate: Candidate = {
      sentenceIndex: 0,
      tokenStart: 2,
      tokenEnd: 3,
      start,
      end: start + "Schalke".length,
      surface: "Schalke",
      type,
      source: "tagger",
    };
    const [result] = recognizeTeams(text, sentences, [candidate], false);
    expect(result?.key).toBe(key);
  });

  // [text, the title's words]: a title after a one-word club name the tagger typed PERSON is the
  // next person's ("Chelsea winger Tomas Varga"), so the name is the club's; before it, the
  // name is the person's ("Coach Chelsea").
  it.each([
    ["Chelsea winger Tomas Varga was injured.", "winger", "club:chelsea-fc"],
    ["Coach Chelsea said little.", "Coach", undefined],
  ] as const)("in sport, reads %j (title %j) as %s", (text, titleWords, key) => {
    const sentences = segmentText(text);
    const start = text.indexOf("Chelsea");
    const titleStart = text.indexOf(titleWords);
    const word = sentences[0]?.tokens.findIndex((token) => token.start === start) ?? -1;
    const candidate: Candidate = {
      sentenceIndex: 0,
      tokenStart: word,
      tokenEnd: word + 1,
      start,
      end: start + "Chelsea".length,
      surface: "Chelsea",
      type: "PERSON",
      source: "tagger",
      title: {
        title: "Winger",
        role: "POSITION",
        start: titleStart,
        end: titleStart + titleWords.length,
      },
    };
    const [result] = recognizeTeams(text, sentences, [candidate], true);
    expect(result?.key).toBe(key);
    // The title stays the person's only: a club holds none.
    expect(result?.title === undefined).toBe(key !== undefined);
  });

  it("reads one-word club names only in a sports story", () => {
    expect(lookupClub("Bayern", true)?.key).toBe("club:bayern-munich");
    expect(lookupClub("Bayern", false)).toBeUndefined();
    expect(lookupClub("Bayern Munich", false)?.key).toBe("club:bayern-munich");
    expect(lookupClub("Atletico Madrid", false)?.key).toBe("club:atletico-madrid");
  });

  it("lists each club key, name and city once, over the football and rugby tables", () => {
    const clubs = [...CLUB_SEEDS, ...RUGBY_CLUB_SEEDS];
    const keys = clubs.map((club) => club.key);
    expect(new Set(keys).size).toBe(keys.length);
    const names = clubs.flatMap((club) => [club.canonical, ...club.names]);
    expect(new Set(names).size).toBe(names.length);
    const cities = CLUB_SEEDS.flatMap((club) => (club.city ? [club.city] : []));
    expect(new Set(cities).size).toBe(cities.length);
  });
});

/** The key of the entity a text's first mention written `surface` resolves to. */
function keyOfMention(text: string, surface: string): string | undefined {
  const x = analyzeText(text);
  const mention = x.mentions.find((m) => m.surface.replace(/^the /i, "") === surface);
  return mention === undefined ? undefined : x.entities[mention.entity]?.key;
}

describe("clubs by their nicknames", () => {
  // [text, nickname as written, the key it must resolve to (undefined: no listed club)]
  it.each([
    // A nickname in a sports story that names the club by another name is the club.
    [
      `Portsmouth beat Fulham 2-1 on Saturday. Pompey had the better chances. ${MATCH}`,
      "Pompey",
      "club:portsmouth-fc",
    ],
    [
      `Arsenal lost 2-0 at Anfield. Gunners boss Tom Hale was angry. ${MATCH}`,
      "Gunners",
      "club:arsenal-fc",
    ],
    [
      `Aston Villa drew 1-1 with Everton. Villa were the better side. ${MATCH}`,
      "Villa",
      "club:aston-villa",
    ],
    // A place word before it: the city.
    [
      `AC Milan beat Lyon 2-0 in the league. The final will be played in Milan. ${MATCH}`,
      "Milan",
      undefined,
    ],
    // The club named nowhere else: the nickname alone is no sure sign of it.
    [`Pompey had the better chances and the striker scored late. ${MATCH}`, "Pompey", undefined],
    // Unless the words around it read a side: a result, a fixture, a contest of "their" own.
    [
      `Hearts wrapped up their Scottish Cup tie with two late goals. ${MATCH}`,
      "Hearts",
      "club:heart-of-midlothian",
    ],
    [
      `The visitors played well against Pompey on Saturday. ${MATCH}`,
      "Pompey",
      "club:portsmouth-fc",
    ],
    // Several clubs go by it: still no sure sign.
    [`Blues wrapped up their FA Cup tie with two late goals. ${MATCH}`, "Blues", undefined],
    // A word of a club's own name ("Blackburn Rovers") names many a club the table lacks.
    [`Rovers won the league match 2-1 on Saturday. ${MATCH}`, "Rovers", undefined],
    // Two named clubs go by it: either may be meant.
    [`Chelsea beat Everton 1-0 on Sunday. The Blues scored late. ${MATCH}`, "Blues", undefined],
    // A person of that surname, or an unlisted club whose name ends with it.
    [`Aston Villa signed Tomas Villa on Monday. Villa scored twice. ${MATCH}`, "Villa", undefined],
    [
      `Sheffield United beat Manchester United 2-1. United were poor. ${MATCH}`,
      "United",
      undefined,
    ],
    // Not a sports story, or a rugby one, whose Saints and Blues are rugby sides.
    [
      "Portsmouth council met on Monday. Pompey residents complained about bus fares.",
      "Pompey",
      undefined,
    ],
    [
      `Southampton beat Bath. The Saints flanker kicked a conversion after a scrum in the rugby match. ${MATCH}`,
      "Saints",
      undefined,
    ],
  ] as const)("%s: %s → %s", (text, surface, key) => {
    const found = keyOfMention(text, surface);
    if (key === undefined) expect(found ?? "").not.toMatch(/^club:/);
    else expect(found).toBe(key);
  });

  it("reads a club named after its district as the place where a city would be", () => {
    expect(entitiesOf("He arranged for him to play football indoors in Fulham.")).not.toContain(
      "ORGANIZATION club:fulham-fc",
    );
  });

  it("lists each nickname of a club once", () => {
    for (const club of CLUB_SEEDS) expect(new Set(club.nicknames).size).toBe(club.nicknames.length);
  });
});

describe("large cities the tagger calls organisations", () => {
  const text = "Vancouver and Toyota were named.";
  const sentences = segmentText(text);
  const tagged = (surface: string): Candidate => {
    const start = text.indexOf(surface);
    const token = sentences[0]!.tokens.findIndex((t) => t.start === start);
    return {
      sentenceIndex: 0,
      tokenStart: token,
      tokenEnd: token + 1,
      start,
      end: start + surface.length,
      surface,
      type: "ORGANIZATION",
      source: "tagger",
    };
  };

  it.each([
    // A city of more than half a million people is the city outside a sports story.
    ["Vancouver", false, "PLACE"],
    // In a sports story it may be the club: left to the sports pass.
    ["Vancouver", true, "ORGANIZATION"],
    // A smaller city's name is as likely a company's ("Toyota").
    ["Toyota", false, "ORGANIZATION"],
  ] as const)("%s (sports story: %s) → %s", (surface, inSportsStory, type) => {
    const candidate = tagged(surface);
    recognizeCities(text, sentences, [candidate], inSportsStory);
    expect(candidate.type).toBe(type);
  });
});
