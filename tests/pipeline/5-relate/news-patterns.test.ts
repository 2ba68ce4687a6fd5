import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "Subject TYPE Object" for every relation the rules alone read from a text written for these tests. */
function ruleFactsOf(text: string): string[] {
  const x = analyzeText(text, null, { relationModel: null });
  return x.relations.map(
    (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
  );
}

type Row = [input: string, expected: string[], absent?: string[]];

const SPORT: Row[] = [
  ["Arsenal manager Arsene Wenger said the team was tired.", ["Arsene Wenger COACHES Arsenal"]],
  ["England captain Michael Vaughan hit a century.", ["Michael Vaughan PLAYS_FOR England"]],
  ["Chelsea beat Arsenal 2-1 on Sunday.", ["Chelsea DEFEATED Arsenal"]],
  ["Roger Federer defeated Andy Roddick in the final.", ["Roger Federer DEFEATED Andy Roddick"]],
  // A result named by a noun: the winner holds the win, the loser the defeat; a score line.
  ["Chelsea's 2-0 win over Arsenal was deserved.", ["Chelsea DEFEATED Arsenal"]],
  // Two names the gazetteer does not know, a comma between: a line-up, not a place in a place.
  [
    "Wasps: Hanlow; Pekkar, Dunvrell; Corrin, Bessant (capt); Tollan, Rudd.",
    [],
    ["Pekkar LOCATED_IN Dunvrell", "Corrin LOCATED_IN Bessant"],
  ],
  ["The plant in Phoenix, Arizona closed.", ["Phoenix LOCATED_IN Arizona"]],
  // In a sports story "meet" is a fixture; elsewhere it is a meeting.
  [
    "Anna Berg won the semi-final of the tournament, a victory in the cup after a penalty and a goal. Anna Berg will now meet Rhona Bellamy.",
    [],
    ["Anna Berg MET_WITH Rhona Bellamy"],
  ],
  [
    "Karl Brenner will meet Rhona Bellamy in Paris on Monday to discuss the trade deal.",
    ["Karl Brenner MET_WITH Rhona Bellamy"],
  ],
  [
    "Bayern Munich thrilled their fans with an easy 6-3 win over Nuremberg.",
    ["Bayern Munich DEFEATED Nuremberg"],
  ],
  ["Leeds suffered a 3-1 defeat by Wigan on Saturday.", ["Wigan DEFEATED Leeds"]],
  [
    "Leeds slipped to fifth with a 1-0 defeat at the hands of Wigan in the league after a penalty and a late goal.",
    ["Wigan DEFEATED Leeds United"],
  ],
  [
    "Leeds hope to avoid a defeat at the hands of Wigan in the league after a penalty and a late goal.",
    [],
    ["Wigan DEFEATED Leeds United"],
  ],
  ["Bayern Munich 3 - 0 Hamburg", ["Bayern Munich DEFEATED Hamburg"]],
  ["Everton 0-2 Liverpool", ["Liverpool DEFEATED Everton"]],
  // A hoped-for win, or one somebody talks about, is no result of the speaker.
  ["Arsenal hope for a win over Chelsea.", [], ["Arsenal DEFEATED Chelsea"]],
  ["Wenger said the win over Chelsea was vital.", [], ["Wenger DEFEATED Chelsea"]],
  // A player hurt in a defeat is not the side; a ground is not the winner.
  ["Robinson was hurt in the 19-13 defeat to Ireland.", [], ["Ireland DEFEATED Robinson"]],
  ["Chelsea's 1-0 defeat at Newcastle hurt.", [], ["Newcastle DEFEATED Chelsea"]],
  // Future and hedged matches are not results.
  [
    "Roger Federer could beat Andy Roddick in the final.",
    [],
    ["Roger Federer DEFEATED Andy Roddick"],
  ],
  ["Roger Federer did not beat Andy Roddick.", [], ["Roger Federer DEFEATED Andy Roddick"]],
  // A demonym before the loser's name says where she is from, not whom she lost to.
  [
    "Maria Keller beat American Jane Doyle 6-3 6-4 on Sunday.",
    ["Maria Keller DEFEATED Jane Doyle"],
    ["Maria Keller DEFEATED United States"],
  ],
  [
    "Maria Keller defeated China's Jie Zheng 6-2 7-5.",
    ["Maria Keller DEFEATED Jie Zheng"],
    ["Maria Keller DEFEATED China"],
  ],
  // A side named by its country plays in a city; the country is not in it.
  ["We lost our last game against Wales in Rome.", [], ["Wales LOCATED_IN Rome"]],
  // In a sports story a club's possessive before a name makes a player; elsewhere an employee.
  [
    "Manchester United's Wayne Rooney scored twice as the striker helped his club beat Arsenal in the Premiership match, with the goal coming in the second half.",
    ["Wayne Rooney PLAYS_FOR Manchester United"],
    ["Wayne Rooney WORKS_FOR Manchester United"],
  ],
  // In a sports story a person's possessive before a club names its manager.
  [
    "Jose Mourinho's Chelsea beat Arsenal 2-1 in the Premiership match, with the goal coming in the second half after a penalty.",
    ["Jose Mourinho COACHES Chelsea"],
  ],
  // A role after the club is another person's there.
  [
    "Arsenal beat Everton 2-1 in the Premiership match after a penalty and a goal. But Jose Mourinho's Bayern Munich counterpart Felix Magath was in no mood to celebrate.",
    [],
    ["Jose Mourinho COACHES Bayern Munich"],
  ],
  // The person's own terms at the club: a player holds a contract as often as a manager.
  [
    "Arsenal beat Everton 2-1 in the Premiership match after a penalty and a goal. Tom Hale's Chelsea contract expires in the summer.",
    [],
    ["Tom Hale COACHES Chelsea"],
  ],
  // A relative clause's antecedent won: "Yeading, who beat Slough".
  [
    "The game is a money-spinner for non-League Yeading, who beat Slough in the second round of the cup match after the goal and penalty in the league.",
    ["Yeading DEFEATED Slough"],
  ],
  // A name after a preposition is not the relative's antecedent.
  [
    "Myskina will face Patty Schnyder from Switzerland, who defeated China's Li Na 6-3 7-6 in the tournament, a victory and a win in the cup match.",
    [],
    ["Switzerland DEFEATED China national team", "Switzerland DEFEATED Li Na"],
  ],
  // In a sports story a club's boss is its manager; elsewhere a boss heads the firm.
  [
    "Chelsea boss Jose Mourinho praised his side after the 2-0 win, with the goal coming in the second half of the match after a penalty.",
    ["Jose Mourinho COACHES Chelsea"],
    ["Jose Mourinho LEADER_OF Chelsea"],
  ],
  // A club no list knows: its boss is its manager too, unless its name says it is another body.
  [
    "Brentford boss Tom Reyes praised his side after the 2-0 win, with the goal coming in the second half of the match after a penalty.",
    ["Tom Reyes COACHES Brentford"],
    ["Tom Reyes LEADER_OF Brentford"],
  ],
  [
    "Greek Athletics Federation boss Tom Reyes praised the side after the 2-0 win, with the goal coming in the second half of the match after a penalty.",
    ["Tom Reyes LEADER_OF Greek Athletics Federation"],
    ["Tom Reyes COACHES Greek Athletics Federation"],
  ],
  // A squad list: each club in brackets is the player's.
  [
    "Replacements: Tom Hale (Leinster), Sean Byrne (Leinster), Rob Collins (Munster), Ben Jackman (Munster).",
    ["Tom Hale PLAYS_FOR Leinster Rugby", "Sean Byrne PLAYS_FOR Leinster Rugby"],
  ],
  // Outside a sports story a country in brackets is a nationality; in one, a side.
  [
    "The judges shortlisted Anna Berg (Canada), Tom Okafor (Nigeria) and Rhona Bellamy (Australia) for the book prize.",
    ["Anna Berg CITIZEN_OF Canada", "Tom Okafor CITIZEN_OF Nigeria"],
    ["Anna Berg PLAYS_FOR Canada", "Tom Okafor PLAYS_FOR Nigeria"],
  ],
  [
    "The coach praised the squad after the league match, a win with a try and a penalty in the second half. Replacements: Tom Hale (Ireland), Sean Byrne (Ireland), Rob Collins (Wales).",
    ["Tom Hale PLAYS_FOR Ireland", "Sean Byrne PLAYS_FOR Ireland"],
  ],
];

/** A second sentence that makes a text a sports story (enough sport words). */
const MATCH = " The goal came in the second half of the league match after a penalty.";

/** A player's side stated by a main-clause verb; nothing from hopes, denials, former clubs or fixtures. */
const SPORT_VERBS: Row[] = [
  [
    `Tom Okafor scored his first goal for Riverside Rovers on Saturday.${MATCH}`,
    ["Tom Okafor PLAYS_FOR Riverside Rovers"],
  ],
  [`Tom Okafor plays for Real Madrid.${MATCH}`, ["Tom Okafor PLAYS_FOR Real Madrid"]],
  [`Tom Okafor signed for Aston Villa last week.${MATCH}`, ["Tom Okafor PLAYS_FOR Aston Villa"]],
  [
    `Tom Okafor joined Chelsea from Porto in the summer.${MATCH}`,
    ["Tom Okafor PLAYS_FOR Chelsea"],
    ["Tom Okafor PLAYS_FOR Porto"],
  ],
  [`Tom Okafor made his debut for Wales in 2003.${MATCH}`, ["Tom Okafor PLAYS_FOR Wales"]],
  [`Tom Okafor touched down for Fiji twice.${MATCH}`, ["Tom Okafor PLAYS_FOR Fiji"]],
  [
    `Tom Okafor, who is now playing for Harbour City, was injured.${MATCH}`,
    ["Tom Okafor PLAYS_FOR Harbour City"],
  ],
  [
    `Tom Okafor is not playing for Harbour City this season.${MATCH}`,
    [],
    ["Tom Okafor PLAYS_FOR Harbour City"],
  ],
  [
    `Tom Okafor, on loan at Harbour City, was injured.${MATCH}`,
    ["Tom Okafor PLAYS_FOR Harbour City"],
  ],
  // A relative clause's loan, from the club that owns the player.
  [
    `Tom Okafor, who is in his third month on loan from Everton, was injured.${MATCH}`,
    ["Tom Okafor PLAYS_FOR Everton"],
  ],
  [
    `Tom Okafor, who is hoping to go on loan from Everton, was injured.${MATCH}`,
    [],
    ["Tom Okafor PLAYS_FOR Everton"],
  ],
  [
    `Anna Berg, who moved to Arsenal in January, was injured.${MATCH}`,
    ["Anna Berg PLAYS_FOR Arsenal"],
  ],
  // Each of coordinated scorers; "last" dates the verb.
  [
    `Anna Berg, Rhona Bellamy and Lisa Moss scored for Arsenal.${MATCH}`,
    ["Anna Berg PLAYS_FOR Arsenal", "Lisa Moss PLAYS_FOR Arsenal"],
  ],
  [
    `Tom Okafor last played for England in 2003.${MATCH}`,
    ["Tom Okafor PLAYS_FOR England national team"],
  ],
  // A club joined in another role is no side played for.
  [
    `Tom Okafor joined Liverpool as chief executive in 1998.${MATCH}`,
    [],
    ["Tom Okafor PLAYS_FOR Liverpool"],
  ],
  // Future, hoped-for and negated moves are no club.
  [`Tom Okafor could join Chelsea next month.${MATCH}`, [], ["Tom Okafor PLAYS_FOR Chelsea"]],
  [`Tom Okafor will sign for Aston Villa.${MATCH}`, [], ["Tom Okafor PLAYS_FOR Aston Villa"]],
  [`Tom Okafor is set to join Chelsea.${MATCH}`, [], ["Tom Okafor PLAYS_FOR Chelsea"]],
  [`Tom Okafor would have joined Chelsea.${MATCH}`, [], ["Tom Okafor PLAYS_FOR Chelsea"]],
  [`Tom Okafor has not signed for Chelsea.${MATCH}`, [], ["Tom Okafor PLAYS_FOR Chelsea"]],
  [`Tom Okafor has been linked with Chelsea.${MATCH}`, [], ["Tom Okafor PLAYS_FOR Chelsea"]],
  [`Tom Okafor wants to sign for Chelsea.${MATCH}`, [], ["Tom Okafor PLAYS_FOR Chelsea"]],
  [`Tom Okafor completed a move to Chelsea.${MATCH}`, [], ["Tom Okafor PLAYS_FOR Chelsea"]],
  // A fixture's other side is not the player's.
  [
    `Tom Okafor scored against Chelsea for the visitors.${MATCH}`,
    [],
    ["Tom Okafor PLAYS_FOR Chelsea"],
  ],
  [`Tom Okafor played well as Arsenal beat Chelsea.${MATCH}`, [], ["Tom Okafor PLAYS_FOR Chelsea"]],
  // Outside a sports story "joined" is an employer's matter for the model, not a club.
  ["Tom Okafor joined Nordbank in 2003.", [], ["Tom Okafor PLAYS_FOR Nordbank"]],
];

const POLITICS: Row[] = [
  // An office held for a party is membership, not leadership.
  [
    "Tory shadow chancellor Oliver Letwin predicted higher taxes.",
    ["Oliver Letwin MEMBER_OF Conservative Party"],
    ["Oliver Letwin LEADER_OF Conservative Party"],
  ],
  [
    "Labour backbencher Bob Marshall-Andrews opposed the bill.",
    ["Bob Marshall-Andrews MEMBER_OF Labour Party"],
  ],
  ["Tory leader Michael Howard said so.", ["Michael Howard LEADER_OF Conservative Party"]],
  // A party's name right before a person's makes a member; a list ending in it does not.
  [
    "Conservative Graham Brady said the rebate was a crucial test.",
    ["Graham Brady MEMBER_OF Conservative Party"],
  ],
  // A comma or "and" after other words opens no list of parties.
  [
    "He should not apologise to a reporter, Tory MP Tom Hale has insisted.",
    ["Tom Hale MEMBER_OF Conservative Party"],
  ],
  [
    "The group includes Labour's Ann Berg and Tory Ben Marlow.",
    ["Ben Marlow MEMBER_OF Conservative Party"],
  ],
  [
    "The bill was backed by Labour, Tory and Lib Dem members Tom Hale and Ann Berg.",
    [],
    ["Tom Hale MEMBER_OF Liberal Democrats"],
  ],
  // A party's possessive before a name makes a member.
  [
    "Labour's Alan Milburn and the Tories' Michael Howard clashed.",
    ["Alan Milburn MEMBER_OF Labour Party", "Michael Howard MEMBER_OF Conservative Party"],
  ],
  // A party named before a verb is no office.
  ["Labour said Tony Blair was right.", [], ["Tony Blair MEMBER_OF Labour Party"]],
  // What a verb of office takes is the possessed body, not its owner.
  ["Ann Berg headed Labour's campaign team last year.", [], ["Ann Berg LEADER_OF Labour Party"]],
  ["Ann Berg heads Tesco, the supermarket chain.", ["Ann Berg LEADER_OF Tesco"]],
  // A state's office in apposition before its holder; a past holder or the Treasury's is none.
  ["Norway's new prime minister, Ola Brekke, unveiled a budget.", ["Ola Brekke LEADER_OF Norway"]],
  ["The president of Chile, Marta Ruiz, flew home.", ["Marta Ruiz LEADER_OF Chile"]],
  ["Chile's former president, Marta Ruiz, flew home.", [], ["Marta Ruiz LEADER_OF Chile"]],
  ["Britain's chancellor, Tom Hale, unveiled a budget.", [], ["Tom Hale LEADER_OF United Kingdom"]],
];

const BUSINESS: Row[] = [
  [
    "Frank-Juergen Weise, head of the Federal Labour Agency, said jobs were growing.",
    ["Frank-Juergen Weise LEADER_OF Federal Labour Agency"],
  ],
  [
    "Parul Jain, deputy chief economist at Nomura Securities International, said spending would rise.",
    ["Parul Jain WORKS_FOR Nomura Securities International"],
  ],
  // The market a role covers, as a field: the person works for the firm, heading only a part.
  [
    "Tom Hale, UK economist for Nordbank Capital, said spending would rise.",
    ["Tom Hale WORKS_FOR Nordbank Capital"],
  ],
  [
    "Tom Hale, chief Asia economist at Nordbank Capital, said spending would rise.",
    ["Tom Hale WORKS_FOR Nordbank Capital"],
  ],
  [
    "Tom Hale, US managing director of Nordbank Capital, said spending would rise.",
    ["Tom Hale WORKS_FOR Nordbank Capital"],
    ["Tom Hale LEADER_OF Nordbank Capital"],
  ],
  // A market with no link to a firm after its role names no employer.
  [
    "Tom Hale, UK economist, said Nordbank Capital would grow.",
    [],
    ["Tom Hale WORKS_FOR Nordbank Capital"],
  ],
  // A present relative clause restates the apposition; a verb after "who" is no role.
  [
    "Tom Hale, who is now chairman of the League Against Noise, said the ban was clear.",
    ["Tom Hale LEADER_OF League Against Noise"],
  ],
  [
    "Karl Brenner, who is Nordbank Group's chief executive, said sales rose.",
    ["Karl Brenner LEADER_OF Nordbank Group"],
  ],
  [
    "Peter Nash, who is UKIP Wales chairman, said he had suspended the candidate.",
    ["Peter Nash MEMBER_OF UKIP Wales"],
  ],
  ["Tom Hale, who is suing Nordbank Group, said so.", [], ["Tom Hale WORKS_FOR Nordbank Group"]],
  // A "now" right after the comma keeps the role current in the same way.
  [
    "Tom Hale, now chairman of the League Against Noise, said the ban was clear.",
    ["Tom Hale LEADER_OF League Against Noise"],
  ],
  [
    "Peter Nash, now UKIP Wales chairman, said he had suspended the candidate.",
    ["Peter Nash MEMBER_OF UKIP Wales"],
  ],
  ["Tom Hale, now suing Nordbank Group, said so.", [], ["Tom Hale WORKS_FOR Nordbank Group"]],
  // A description coordinated before the role: the role after "and" names the organisation.
  [
    "Tom Hale, a barrister and chairman of the League Against Noise, said the ban was clear.",
    ["Tom Hale LEADER_OF League Against Noise"],
  ],
  [
    "Karl Brenner, president and chief executive of Nordbank Group, said sales rose.",
    ["Karl Brenner LEADER_OF Nordbank Group"],
  ],
  // A job's "from" names the employer; a town after it says where the person is from.
  [
    '"It is a good bet," said Tom Hale, an investment analyst from Nordbank Group.',
    ["Tom Hale WORKS_FOR Nordbank Group"],
  ],
  [
    "Keith Barker, a business adviser from Swansea, has committed money to it.",
    [],
    ["Keith Barker WORKS_FOR Swansea"],
  ],
  [
    "The comments, said Junya Tanase of JPMorgan Chase, were weak.",
    ["Junya Tanase WORKS_FOR JPMorgan Chase"],
  ],
  ["Vodafone chief Arun Sarin said sales rose.", ["Arun Sarin LEADER_OF Vodafone"]],
  // A title the person's mention takes in ("chief executive") still names the role.
  ["Tesco chief executive Anna Berg said sales rose.", ["Anna Berg LEADER_OF Tesco"]],
  ["Siemens managing director Karl Brenner resigned.", ["Karl Brenner LEADER_OF Siemens"]],
  [
    "Jackson Janes, executive director of the American Institute for Contemporary German Studies, said so.",
    ["Jackson Janes LEADER_OF American Institute for Contemporary German Studies"],
  ],
  // A country's possessive says where a company, or a person, is from.
  [
    "The airline is weighing offers from France's Dassault Aviation and Russia's Sukhoi Company.",
    ["Dassault Aviation BASED_IN France", "Sukhoi Company BASED_IN Russia"],
  ],
  ["Japan's electronics giant Sony cut its forecast.", ["Sony BASED_IN Japan"]],
  ["Spain's Lucia Ortega won in three sets.", ["Lucia Ortega CITIZEN_OF Spain"]],
  // "UK" only modifies the desk the person heads.
  [
    "Dan Pryor, head of UK equities for Standard Life Investments, said so.",
    [],
    ["Dan Pryor LEADER_OF United Kingdom"],
  ],
  // The country owns what the title heads: the title says nothing of the country itself.
  [
    "Dan Pryor, leader of Britain's Labour Party, said so.",
    [],
    ["Dan Pryor LEADER_OF United Kingdom"],
  ],
  ["Jean Morel, president of France since 1995, agreed.", ["Jean Morel LEADER_OF France"]],
  ["Verizon bought MCI for $6.8bn.", ["Verizon ACQUIRED MCI"]],
  // A stake is not the company.
  [
    "Shanda Interactive Entertainment has bought a 20% stake in Sina.",
    [],
    ["Shanda Interactive Entertainment ACQUIRED Sina"],
  ],
  // An apposition whose role the organisation opens, or a role before the comma.
  [
    "Rod Eddington, BA's chief executive, said fuel costs were high.",
    ["Rod Eddington LEADER_OF BA"],
  ],
  [
    "The chief executive of Nordbank Group, Anna Berg, said sales rose.",
    ["Anna Berg LEADER_OF Nordbank Group"],
  ],
  // "CEO": the chief executive by its initials.
  [
    'Technology firm Vexaphone grew. "Be sure," Vexaphone\'s CEO, Ann Kerr, told reporters.',
    ["Ann Kerr LEADER_OF Vexaphone"],
  ],
  [
    "Technology firm Vexaphone grew. Tom Hale, CEO of Vexaphone, said so.",
    ["Tom Hale LEADER_OF Vexaphone"],
  ],
  [
    "Since Yukos' founder, Mikhail Khodorkovsky, was arrested, shares fell.",
    ["Mikhail Khodorkovsky FOUNDED Yukos"],
  ],
  // A clause that gives the person the role: a copula, an appointment, "who runs".
  ["Anna Berg is chief executive of Nordbank Group.", ["Anna Berg LEADER_OF Nordbank Group"]],
  [
    "Anna Berg was appointed chairman of Nordbank Group in 1997.",
    ["Anna Berg LEADER_OF Nordbank Group"],
  ],
  [
    "Anna Berg, who became the new chief executive of Nordbank Group last year, said so.",
    ["Anna Berg LEADER_OF Nordbank Group"],
  ],
  ["Anna Berg, who runs Nordbank Group, said so.", ["Anna Berg LEADER_OF Nordbank Group"]],
  ["Anna Berg, who works for Nordbank Group, said so.", ["Anna Berg WORKS_FOR Nordbank Group"]],
  ["Anna Berg, who founded Nordbank Group, said so.", ["Anna Berg FOUNDED Nordbank Group"]],
  // A past succession gives the post to the one who took it over, not the one who left it; a
  // future one leaves it with its holder.
  [
    "Anna Berg has replaced Tom Hale as chief executive of Nordbank Group.",
    ["Anna Berg LEADER_OF Nordbank Group"],
    ["Tom Hale LEADER_OF Nordbank Group"],
  ],
  [
    "Anna Berg succeeded Tom Hale as chairman of Nordbank Group in May.",
    ["Anna Berg LEADER_OF Nordbank Group"],
    ["Tom Hale LEADER_OF Nordbank Group"],
  ],
  [
    "Anna Berg will succeed Tom Hale as chairman of Nordbank Group in May.",
    ["Tom Hale LEADER_OF Nordbank Group"],
    ["Anna Berg LEADER_OF Nordbank Group"],
  ],
  // Two office roles joined by "and" after one possessive: both are the body's.
  [
    "Investors want to oust Nordbank Group's chairman Anna Berg and chief executive Tom Hale.",
    ["Anna Berg LEADER_OF Nordbank Group", "Tom Hale LEADER_OF Nordbank Group"],
  ],
  [
    "Nordbank Group chairman Anna Berg and finance director Tom Hale met.",
    ["Tom Hale WORKS_FOR Nordbank Group"],
  ],
  // A role of another kind after "and" names no body of the first's.
  [
    "Nordbank Group chairman Anna Berg and striker Tom Hale met.",
    [],
    ["Tom Hale WORKS_FOR Nordbank Group", "Tom Hale LEADER_OF Nordbank Group"],
  ],
  // A firm's global chief executive heads the whole firm.
  [
    "But Nordbank Group's global chief executive, Anna Berg, said so.",
    ["Anna Berg LEADER_OF Nordbank Group"],
  ],
  // The organisation must end the phrase: a part of it is another body.
  [
    "Anna Berg is a director of Nordbank Group's property arm.",
    [],
    ["Anna Berg WORKS_FOR Nordbank Group"],
  ],
  // "X, from the Y union": where the person speaks from; a union's people are its members.
  [
    "Mark Serwotka, from the Public and Commercial Services union, said there should be a strike.",
    ["Mark Serwotka MEMBER_OF Public and Commercial Services"],
  ],
  ["Anna Berg, from Manchester, said so.", [], ["Anna Berg WORKS_FOR Manchester"]],
  // A town after "from" is a home unless the phrase attributes a quote; a firm is an employer.
  [
    "Motorcycle racer, Tom Hale, from Derby built a new gear changer after his accident.",
    [],
    ["Tom Hale WORKS_FOR Derby"],
  ],
  // The town's name is the firm's when the text says it is one (bare "from Halifax" may be a home).
  [
    "Mortgage expert Jo Reed, from lender Halifax, said prices would rise.",
    ["Jo Reed WORKS_FOR Halifax"],
  ],
  [
    "Engineer Tom Hale, from Norvex Systems, built a new gear changer.",
    ["Tom Hale WORKS_FOR Norvex Systems"],
  ],
  // Newsroom and central-bank roles.
  [
    "BBC business correspondent Robert Peston said the deal was done.",
    ["Robert Peston WORKS_FOR BBC"],
  ],
  [
    "Bank of England governor Mervyn King said rates would rise.",
    ["Mervyn King LEADER_OF Bank of England"],
  ],
  // A deputy, a vice president or a firm's manager works for the body; none heads it or coaches.
  [
    "Bank of England deputy governor Rachel Lomax said growth was faster.",
    ["Rachel Lomax WORKS_FOR Bank of England"],
    ["Rachel Lomax LEADER_OF Bank of England"],
  ],
  [
    '"We believe it will sell," said David Yarnton, Nintendo Europe\'s general manager.',
    ["David Yarnton WORKS_FOR Nintendo Europe"],
    ["David Yarnton COACHES Nintendo Europe"],
  ],
  [
    '"We are working on it," said Lance Friedmann, Kraft senior vice president.',
    ["Lance Friedmann WORKS_FOR Kraft"],
    ["Lance Friedmann LEADER_OF Kraft"],
  ],
  // A body that only modifies the noun after it is not the one the person heads.
  [
    "Archy Kirkwood, who chairs the Commons work and pensions committee, said so.",
    [],
    ["Archy Kirkwood LEADER_OF Commons"],
  ],
  [
    "Anna Berg, who runs Nordbank Group since 2004, said so.",
    ["Anna Berg LEADER_OF Nordbank Group"],
  ],
  // An organisation's possessive before a name: its employee; a person's possessive is nothing.
  [
    "Merrill Lynch's John Doyle said the figures were weak.",
    ["John Doyle WORKS_FOR Merrill Lynch"],
  ],
  ["Tony Blair's Gordon Brown spoke.", [], ["Gordon Brown WORKS_FOR Tony Blair"]],
  ["Bill Gates founded Microsoft in 1975.", ["Bill Gates FOUNDED Microsoft"]],
  [
    "Microsoft, which was founded by Bill Gates, is based in Redmond.",
    ["Bill Gates FOUNDED Microsoft"],
  ],
];

/** A bare demonym right before a name (issue 14: "Russian Irina Shevchenko" gave no CITIZEN_OF). */
const NATIONALITIES: Row[] = [
  ["Russian Irina Petrova took second place.", ["Irina Petrova CITIZEN_OF Russia"]],
  // A demonym noun before a name: "Frenchman X", "Dutchman X"; a home nation's man is British.
  ["Frenchman Luc Marchal was second.", ["Luc Marchal CITIZEN_OF France"]],
  ["He lost to Dutchman Pieter Haan.", ["Pieter Haan CITIZEN_OF Netherlands"]],
  ["Welshman Rhys Owen was third.", ["Rhys Owen CITIZEN_OF United Kingdom"]],
  [
    "He finished behind fellow American Joe Barker in the final.",
    ["Joe Barker CITIZEN_OF United States"],
  ],
  ["Ana Costa beat Belgian Kim Claes in Doha.", ["Kim Claes CITIZEN_OF Belgium"]],
  // A "-based" compound says where someone works, not whose citizen they are.
  ["The US-based Joe Barker won.", [], ["Joe Barker CITIZEN_OF United States"]],
  // A country's initials before an occupation are its adjective: "US rapper X", "UK author X".
  ["US rapper Dez Carver has been sued.", ["Dez Carver CITIZEN_OF United States"]],
  ["The novel is by UK author Mara Quint.", ["Mara Quint CITIZEN_OF United Kingdom"]],
  // Not "US-born" or "US - based" (a compound tokenised apart), nor initials modifying a firm
  // before the occupation.
  [
    "Followers of US - based cleric Fethullah Gulen were arrested.",
    [],
    ["Fethullah Gulen CITIZEN_OF United States"],
  ],
  ["The US-born actress Kara Venn spoke.", [], ["Kara Venn CITIZEN_OF United States"]],
  ["US firm boss Jan Meyer resigned.", [], ["Jan Meyer CITIZEN_OF United States"]],
];

/** Whom a quoted speaker speaks for: "X, of the Y, said", "X, for the Z party, said". */
const SPEAKERS: Row[] = [
  [
    "Dr Ann Kerr, of the British Lung Trust, said the rise was worrying.",
    ["Ann Kerr WORKS_FOR British Lung Trust"],
  ],
  [
    "Vince Cable, for the Liberal Democrats, said the plan was costly.",
    ["Vince Cable MEMBER_OF Liberal Democrats"],
  ],
  [
    "The paper quoted Tom Hale, of the Evening Courier newspaper, on Monday.",
    ["Tom Hale WORKS_FOR Evening Courier"],
  ],
  // The apposition must close after the organisation; a town says where the speaker lives.
  [
    "Ann Kerr, of the British Lung Trust's board, spoke.",
    [],
    ["Ann Kerr WORKS_FOR British Lung Trust"],
  ],
  ["Tony Hale, of Burnley, said he was pleased.", [], ["Tony Hale WORKS_FOR Burnley"]],
  // "at" after the comma only where the pair attributes a quote.
  [
    '"Rates will rise," said Ann Kerr, at Halbury Treasury Services.',
    ["Ann Kerr WORKS_FOR Halbury Treasury Services"],
  ],
  ["Ann Kerr, at the Corvex Group, said rates would rise.", ["Ann Kerr WORKS_FOR Corvex Group"]],
  [
    "Ann Kerr starred in the play, at the Royal Court Theatre, last year.",
    [],
    ["Ann Kerr WORKS_FOR Royal Court Theatre"],
  ],
  ['"It went well," said Tony Hale, at Burnley.', [], ["Tony Hale WORKS_FOR Burnley"]],
  // No comma: a verb of saying next to "person from/at organisation" makes it an affiliation.
  [
    '"The numbers are in line," said analyst Alex Potter at Lehman Brothers.',
    ["Alex Potter WORKS_FOR Lehman Brothers"],
  ],
  [
    "Matthew Herren from EduVision told the radio programme how it works.",
    ["Matthew Herren WORKS_FOR EduVision"],
  ],
  // Without a quote's verb, or with more of the phrase after the organisation, it is no affiliation.
  [
    "The bank hired Karl Brenner from Nordbank Group last year.",
    [],
    ["Karl Brenner WORKS_FOR Nordbank Group"],
  ],
  [
    '"We will win," said Karl Brenner at Nordbank Group headquarters in May.',
    [],
    ["Karl Brenner WORKS_FOR Nordbank Group"],
  ],
];

/** A town's possessive before a place or an organisation: where it is. */
const TOWN_POSSESSIVES: Row[] = [
  [
    "Stars gathered in London's Leicester Square on Sunday.",
    ["Leicester Square LOCATED_IN London"],
  ],
  [
    "Anna Berg, a strategist at Moscow's Sovlink Securities, said so.",
    ["Sovlink Securities BASED_IN Moscow"],
  ],
  ["He became chief conductor of Munich's Radio Orchestra.", ["Radio Orchestra BASED_IN Munich"]],
  // The possessor ends a longer name.
  [
    "The panel in the District of Columbia's Court of Appeals ruled.",
    [],
    ["Court of Appeals BASED_IN Columbia"],
  ],
];

/** Deals agreed, and a bought company named after a descriptor. */
const DEALS: Row[] = [
  // A part of a company bought is not the company.
  ["Vodafone bought Orange's stake in the venture.", [], ["Vodafone ACQUIRED Orange"]],
  [
    "Nordbank Group has agreed to buy medical technology firm Kestrel for $25bn.",
    ["Nordbank Group ACQUIRED Kestrel"],
  ],
  [
    "Nordbank Group bought rival bank Kestrel Holdings last year.",
    ["Nordbank Group ACQUIRED Kestrel Holdings"],
  ],
  // "all of" buys the whole firm; a relative clause between commas stands aside from the subject.
  [
    "Nordbank Group said it had bought all of Kestrel Holdings.",
    ["Nordbank Group ACQUIRED Kestrel Holdings"],
  ],
  [
    "Nordbank Group, which last week forecast record profits, said it had bought Kestrel Holdings.",
    ["Nordbank Group ACQUIRED Kestrel Holdings"],
  ],
  // The aside must follow a name and close before the reporting verb.
  [
    "Rates, which Kestrel Holdings cut last week, said it had bought Tollan Foods.",
    [],
    ["Kestrel Holdings ACQUIRED Tollan Foods"],
  ],
  // A hoped-for or partial deal is none.
  [
    "Nordbank Group could agree to buy Kestrel Holdings.",
    [],
    ["Nordbank Group ACQUIRED Kestrel Holdings"],
  ],
  [
    "Nordbank Group agreed to buy a 20% stake in Kestrel Holdings.",
    [],
    ["Nordbank Group ACQUIRED Kestrel Holdings"],
  ],
];

/** A result verb with a score after the loser: the match was played and won. */
const SCORED_RESULTS: Row[] = [
  [
    "Nadia Rossi beat fourth seed Jana Novak 7-5 6-1 on Monday.",
    ["Nadia Rossi DEFEATED Jana Novak"],
  ],
  [
    "Defending champion Tom Reyes rallied to beat Sweden's Erik Lind 3-6 7-6 7-5.",
    ["Tom Reyes DEFEATED Erik Lind"],
  ],
  [
    "He will now play Luis Ortega, who beat unseeded Brazilian Pedro Saretti 6-3 6-2 in the late match.",
    ["Luis Ortega DEFEATED Pedro Saretti"],
  ],
  [
    "Carla Ruiz reached the last eight, beating Italian Paola Greco 6-1 6-3.",
    ["Carla Ruiz DEFEATED Paola Greco"],
  ],
  // "defeat" read as a verb only after "to".
  ["Norway came back to defeat Finland 28-17 in Oslo.", ["Norway DEFEATED Finland"]],
  [
    "Nadia Rossi will meet Jana Novak after the top seed survived a tie-break to defeat Sweden 6-1 7-6.",
    [],
    ["Nadia Rossi DEFEATED Sweden"],
  ],
  // No score, a negation, another clause's subject or a prepositional antecedent: no result.
  [
    "Carla Ruiz is hoping to beat Paola Greco in the final.",
    [],
    ["Carla Ruiz DEFEATED Paola Greco"],
  ],
  ["Carla Ruiz did not beat Paola Greco 6-1 6-3.", [], ["Carla Ruiz DEFEATED Paola Greco"]],
  [
    "Coach Tom Reyes praised his side after they came back to beat France 24-18.",
    [],
    ["Tom Reyes DEFEATED France"],
  ],
  [
    "She will face Ana Ortiz of Spain, who ousted seventh-seeded Marie Duval of France 6-1 6-2.",
    [],
    ["Spain DEFEATED Marie Duval"],
  ],
];

/**
 * In a sports story, a side that is the sentence's subject holds the win it got "with a win over",
 * "after a victory over", "on the back of a win over"; not a player, a hope, or another clause's.
 */
const SUBJECT_RESULTS: Row[] = [
  [
    `Wales kept their title bid alive with a hard-fought 21-15 Six Nations victory over Italy.${MATCH}`,
    ["Wales DEFEATED Italy national team"],
  ],
  [
    `Everton moved up to third in the table after a scrappy victory over Aston Villa.${MATCH}`,
    ["Everton DEFEATED Aston Villa"],
  ],
  [
    `Arsenal travel to Munich on the back of a 3-1 win over Fulham.${MATCH}`,
    ["Arsenal DEFEATED Fulham FC"],
  ],
  [
    `Scotland ended their losing run by grinding out a 12-9 win over Italy.${MATCH}`,
    ["Scotland DEFEATED Italy national team"],
  ],
  [
    `Leeds slipped to 18th in the table after a 2-0 defeat by Everton.${MATCH}`,
    ["Everton DEFEATED Leeds United"],
  ],
  // "win against" as "win over".
  [`Everton's 3-0 win against Fulham was deserved.${MATCH}`, ["Everton DEFEATED Fulham FC"]],
  [
    `Everton will need a win against Fulham to stay up.${MATCH}`,
    [],
    ["Everton DEFEATED Fulham FC"],
  ],
  // A player over another player, with or without a determiner; not a player over a side.
  [
    `Nadia Rossi warmed up for the Open with victory over Jana Novak in the final.${MATCH}`,
    ["Nadia Rossi DEFEATED Jana Novak"],
  ],
  [
    `Nadia Rossi reached the semi-finals after a three-set win over Jana Novak.`,
    ["Nadia Rossi DEFEATED Jana Novak"],
  ],
  // A player, a hope, someone else's clause, the match named by "the": no result of the subject.
  [
    `Spain coach Tom Reyes rested Carla Ruiz after her singles win over Jana Novak.${MATCH}`,
    [],
    ["Spain DEFEATED Jana Novak", "Tom Reyes DEFEATED Jana Novak"],
  ],
  [
    `Tom Okafor scored twice as Everton went top with a 3-1 win over Fulham.${MATCH}`,
    [],
    ["Tom Okafor DEFEATED Fulham FC"],
  ],
  [
    `Arsenal will need a win over Chelsea to stay in the race.${MATCH}`,
    [],
    ["Arsenal DEFEATED Chelsea"],
  ],
  [
    `Arsenal are aiming to stay top and have not had a win over Chelsea this season.${MATCH}`,
    [],
    ["Arsenal DEFEATED Chelsea"],
  ],
  [
    `Everton praised the fans, who were delighted with a 3-1 win over Fulham.${MATCH}`,
    [],
    ["Everton DEFEATED Fulham FC"],
  ],
  // "a win over Ghana's Kotoko": the club the country owns lost, not the country.
  [
    `Everton reached the final with a 3-2 win over Ghana's Kotoko in Accra.${MATCH}`,
    [],
    ["Everton DEFEATED Ghana", "Everton DEFEATED Ghana national team"],
  ],
  [
    `Wales were missing three players in the defeat by Italy last week.${MATCH}`,
    [],
    ["Italy DEFEATED Wales"],
  ],
];

/** In a sports story, the side a person calls "his X side" or "whose X team" is the one he coaches. */
const OWN_SIDES: Row[] = [
  [`Tom Reyes wants his Everton team to win the group.${MATCH}`, ["Tom Reyes COACHES Everton"]],
  [
    `"It is a blow," said Tom Reyes, whose Arsenal team meet Chelsea on Sunday.${MATCH}`,
    ["Tom Reyes COACHES Arsenal"],
  ],
  [`Tom Reyes paid tribute to his Wales side on Sunday.${MATCH}`, ["Tom Reyes COACHES Wales"]],
  // Another person or clause between, or not a side word: nothing.
  [
    `Tom Reyes said Carl Ruiz had helped his Everton team.${MATCH}`,
    [],
    ["Tom Reyes COACHES Everton", "Carl Ruiz COACHES Everton"],
  ],
  [
    `Tom Reyes scored and he thanked his Everton team-mates.${MATCH}`,
    [],
    ["Tom Reyes COACHES Everton"],
  ],
];

/** Role phrases: forms of address, a spokesman's brief, co-chairs, pundits, sport positions. */
const ROLES: Row[] = [
  ["Nordbank Group chairman Sir Tom Reyes resigned.", ["Tom Reyes LEADER_OF Nordbank Group"]],
  ["Carnegie Mellon professor Raj Reddy spoke.", ["Raj Reddy WORKS_FOR Carnegie Mellon"]],
  [
    "Lib Dem home affairs spokesman Mark Oaten said the plan was flawed.",
    ["Mark Oaten MEMBER_OF Liberal Democrats"],
  ],
  [
    "Mark Oaten, Liberal Democrat home affairs spokesman, said so.",
    ["Mark Oaten MEMBER_OF Liberal Democrats"],
    ["Mark Oaten WORKS_FOR Liberal Democrats"],
  ],
  // One of two chairs, or the head of one brief, is no leader.
  [
    "Tory co-chairman Anna Berg said so.",
    ["Anna Berg MEMBER_OF Conservative Party"],
    ["Anna Berg LEADER_OF Conservative Party"],
  ],
  [
    "Anna Berg, EU foreign policy chief, said so.",
    ["Anna Berg WORKS_FOR European Union"],
    ["Anna Berg LEADER_OF European Union"],
  ],
  ["BBC pundit Tom Hale said the striker was unlucky.", ["Tom Hale WORKS_FOR BBC"]],
  ["Arsenal team-mate Tom Hale scored twice in the match.", ["Tom Hale PLAYS_FOR Arsenal"]],
  [
    "Wales centre Gavin Hale scored a try as the side beat Italy in the Six Nations match. The coach praised the squad and the fly-half.",
    ["Gavin Hale PLAYS_FOR Wales"],
  ],
  // Outside sport a position is a common noun.
  [
    "Pointing to a country in the centre of Europe, Mr Nattrass said so.",
    [],
    ["Nattrass PLAYS_FOR Europe"],
  ],
];

/** A verb's or a noun's object named through a role: the person holding it, not the body. */
const ROLE_HOLDERS: Row[] = [
  [
    "Werner Seifert met LSE chief executive Clara Furse amid rumours of a bid.",
    ["Werner Seifert MET_WITH Clara Furse"],
  ],
  [
    "Euronext chief Jean Theodore held talks with LSE boss Clara Furse on Monday.",
    ["Jean Theodore MET_WITH Clara Furse"],
  ],
];

/** A result achieved at an event: the athlete took part in it. */
const EVENT_RESULTS: Row[] = [
  [
    "Tom Greer, who won five medals at the 2000 Olympics, denies it.",
    ["Tom Greer PARTICIPATED_IN 2000 Olympics"],
  ],
  [
    "Tom Greer finished seventh in last year's Olympic Games.",
    ["Tom Greer PARTICIPATED_IN Olympic Games"],
  ],
  // A hope, or an event still to come, is no participation.
  [
    "Tom Greer hopes to win gold at next month's European Indoor Championships.",
    [],
    ["Tom Greer PARTICIPATED_IN European Indoor Championships"],
  ],
  // Both players of a reported match took part in the event named right after it.
  [
    "Nadia Rossi beat Jana Novak 6-3 6-2 in the quarter-finals of the Brightwater Classic on Friday.",
    [
      "Nadia Rossi PARTICIPATED_IN Brightwater Classic",
      "Jana Novak PARTICIPATED_IN Brightwater Classic",
    ],
  ],
  [
    "Nadia Rossi suffered a shock defeat to Jana Novak at the Brightwater Classic.",
    [
      "Nadia Rossi PARTICIPATED_IN Brightwater Classic",
      "Jana Novak PARTICIPATED_IN Brightwater Classic",
    ],
  ],
  // A side's possessive before a competition and a match noun: the side played in it.
  [
    `Tom Hale was hurt in Arsenal's 2-1 Champions League win on Tuesday.${MATCH}`,
    ["Arsenal PARTICIPATED_IN Champions League"],
  ],
  [
    `Rob Collins misses Everton's Uefa Cup tie in Rome.${MATCH}`,
    ["Everton PARTICIPATED_IN Uefa Cup"],
  ],
  // A nickname after "the", a player's possessive, or no match noun: nothing.
  [
    `Tom Hale was hurt in the Gunners' Champions League win on Tuesday.${MATCH}`,
    [],
    ["Gunners PARTICIPATED_IN Champions League"],
  ],
  [
    `Tom Hale's Champions League debut came on Tuesday.${MATCH}`,
    [],
    ["Tom Hale PARTICIPATED_IN Champions League"],
  ],
  [
    `Arsenal's Champions League hopes rest on Tuesday.${MATCH}`,
    [],
    ["Arsenal PARTICIPATED_IN Champions League"],
  ],
  // Another clause's event, or one still to come, is not the match's.
  [
    "Nadia Rossi beat Jana Novak 6-3 6-2 and will now play at the Brightwater Classic.",
    [],
    ["Jana Novak PARTICIPATED_IN Brightwater Classic"],
  ],
  [
    "Nadia Rossi beat Jana Novak 6-3 6-2 to reach next week's Brightwater Classic.",
    [],
    ["Jana Novak PARTICIPATED_IN Brightwater Classic"],
  ],
];

/** A match report's team sheet: every player listed plays for the side before the colon. */
const LINE_UPS: Row[] = [
  [
    "Rovers won the league match 2-1 and the striker scored twice as the coach watched the squad. Rovers: Tom Hale, Joe Barker, Sam Reid (Luis Ortega 71), Paul Finch, Mark Doyle, Ian Webb. Subs Not Used: Alan Cole.",
    ["Tom Hale PLAYS_FOR Rovers", "Luis Ortega PLAYS_FOR Rovers", "Ian Webb PLAYS_FOR Rovers"],
  ],
  // Too short a list is no team sheet.
  [
    "Rovers won the league match 2-1 and the striker scored twice as the coach watched the squad. Rovers: Tom Hale, Joe Barker.",
    [],
    ["Joe Barker PLAYS_FOR Rovers"],
  ],
];

/** A role after a person with department words before it, or a described firm after its link. */
const TECH_ROLES: Row[] = [
  [
    "Sales are up, said Tom Hale, a music analyst with Kestrel Holdings.",
    ["Tom Hale WORKS_FOR Kestrel Holdings"],
  ],
  [
    "But Tom Hale, digital policy head at Kestrel Holdings, expressed doubts.",
    ["Tom Hale WORKS_FOR Kestrel Holdings"],
    ["Tom Hale LEADER_OF Kestrel Holdings"],
  ],
  [
    '"It spreads fast," said Tom Hale, spokesman for anti-virus firm Nordbank Group.',
    ["Tom Hale WORKS_FOR Nordbank Group"],
  ],
  [
    "Tom Hale, chief executive of mobile music firm Nordbank Group, said so.",
    ["Tom Hale LEADER_OF Nordbank Group"],
  ],
  // A role's modifiers may come before the department words.
  [
    '"It is cheap," said Tom Hale, deputy labs editor at Kestrel Holdings.',
    ["Tom Hale WORKS_FOR Kestrel Holdings"],
  ],
  // Department words need the organisation's link; a description needs its organisation noun.
  [
    "Tom Hale, digital policy manager, met Kestrel Holdings.",
    [],
    ["Tom Hale WORKS_FOR Kestrel Holdings"],
  ],
  [
    "Tom Hale, spokesman for mobile music Nordbank Group, said so.",
    [],
    ["Tom Hale WORKS_FOR Nordbank Group"],
  ],
];

/** A body's short form in brackets between its name and a role. */
const SHORT_FORMS: Row[] = [
  [
    "Nordic Shipping Council (NSC) chief Tom Hale says the rules are unfair.",
    ["Tom Hale LEADER_OF Nordic Shipping Council"],
  ],
  // Brackets whose letters are not the initials name another body.
  [
    "Greater Fenwick Rowing Union (GFRU) chairman Tom Hale called for a change.",
    [],
    ["Tom Hale LEADER_OF Fenwick Rowing Union"],
  ],
];

describe("sport and business patterns", () => {
  it.each([
    ...SHORT_FORMS,
    ...TECH_ROLES,
    ...SPORT,
    ...SPORT_VERBS,
    ...BUSINESS,
    ...POLITICS,
    ...NATIONALITIES,
    ...SPEAKERS,
    ...TOWN_POSSESSIVES,
    ...DEALS,
    ...SCORED_RESULTS,
    ...SUBJECT_RESULTS,
    ...OWN_SIDES,
    ...ROLES,
    ...ROLE_HOLDERS,
    ...EVENT_RESULTS,
    ...LINE_UPS,
  ])("%s", (input, expected, absent = []) => {
    const facts = ruleFactsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });

  it("marks every rule relation STATED with no further support", () => {
    const x = analyzeText("Arsenal manager Arsene Wenger said Chelsea beat Arsenal.", null, {
      relationModel: null,
    });
    expect(x.relations.length).toBeGreaterThan(0);
    for (const relation of x.relations) {
      expect(relation.provenance).toBe("STATED");
      expect(relation.support).toEqual([]);
    }
  });
});
