/**
 * Named agreements, events and projects, plus the head nouns and compound words that let
 * `findNominalMentions` recognise unlisted ones ("the AUKUS pact", "the Xi-Putin summit").
 *
 * Projects such as pipelines are typed OTHER (with head "pipeline"), not AGREEMENT: a pipeline
 * is a physical asset, and typing it AGREEMENT would make "which agreements is China party to"
 * list hardware. The agreements behind a project are caught on their own by their head noun
 * ("the Power of Siberia 2 deal" → AGREEMENT), and the relations stage links both.
 */
import type { NominalSeed } from "./schema.js";

/** Head nouns of agreements ("pact" in "the AUKUS pact"); lowercase, multiword allowed. */
export const AGREEMENT_HEADS: readonly string[] = [
  "pact", "pacts", "treaty", "treaties", "agreement", "agreements", "accord", "accords", "deal", "deals", "plan",
  "memorandum", "protocol", "protocols", "convention", "conventions", "charter", "ceasefire", "cease-fire", "truce",
  "armistice", "partnership", "alliance", "communiqué", "communique", "declaration", "joint statement",
  "joint declaration", "framework", "roadmap", "road map", "compact", "understanding",
];

/** Head nouns of events ("summit" in "the Xi-Putin summit"). */
export const EVENT_HEADS: readonly string[] = [
  "summit", "summits", "war", "wars", "invasion", "election", "elections", "conference", "talks", "negotiations",
  "crisis", "revolution", "uprising", "olympics", "games", "world cup", "referendum", "visit", "trip", "meeting",
  "forum", "coup", "massacre", "genocide", "protests", "protest", "occupation", "annexation", "offensive",
  "counteroffensive", "counter-offensive", "blockade", "bombing", "attack", "attacks", "battle", "siege",
  "pandemic", "conflict", "insurgency", "rebellion", "crackdown", "airlift", "inauguration", "championship",
  "dissolution", "collapse", "reunification", "partition", "withdrawal", "standoff", "dialogue",
  // Competitions, feasts and scandals: "the Premier League", "Labour Day", "the Profumo affair".
  "league", "cup", "tournament", "championships", "day", "festival", "carnival", "affair", "scandal",
];

/** Heads of named projects and programmes, typed OTHER ("the Belt and Road Initiative"). */
export const PROJECT_HEADS: readonly string[] = ["pipeline", "initiative", "project", "programme", "program", "corridor"];

/** Event heads that take an "of"-complement naming the proper noun ("the invasion of Ukraine"). */
export const OF_COMPLEMENT_HEADS: readonly string[] = [
  "invasion", "occupation", "annexation", "dissolution", "collapse", "reunification", "partition", "siege", "battle",
  "bombing", "liberation", "withdrawal",
];

/** Heads that take a "to"-complement ("Nixon's visit to Beijing"). */
export const TO_COMPLEMENT_HEADS: readonly string[] = ["visit", "trip"];

/** Lowercase words allowed between a proper modifier and the head ("Chinese peace plan"). */
export const COMPOUND_WORDS: readonly string[] = [
  "peace", "trade", "free-trade", "security", "nuclear", "arms", "gas", "oil", "energy", "grain", "ceasefire",
  "cease-fire", "climate", "border", "defence", "defense", "military", "investment", "cooperation", "co-operation",
  "economic", "strategic", "bilateral", "trilateral", "multilateral", "naval", "missile", "maritime", "migration",
  "debt", "currency", "swap", "supply", "export", "import", "technology", "tech", "space", "reconstruction", "aid",
  "loan", "prisoner", "prisoners", "hostage", "exchange", "normalisation", "normalization", "association",
  "accession", "basing", "submarine", "minerals", "mineral", "tariff", "customs", "visa", "water", "power",
  "infrastructure", "intelligence", "intelligence-sharing", "leaders", "leaders'", "foreign", "ministers",
  "ministers'", "presidential", "parliamentary", "general", "local", "regional", "midterm", "midterms",
  "legislative", "snap", "runoff", "civil", "proxy", "financial", "banking", "food", "refugee", "migrant",
  "constitutional", "independence", "membership", "summer", "winter", "full-scale", "ground", "air",
  "counter-terrorism", "counterterrorism", "partnership", "framework", "strategic-partnership", "two-day",
  "three-day", "state", "official", "bilateral-investment", "ceasefire-agreement", "hostages",
];

/** Prefixes glued to a name by a hyphen that do not change what it names ("post-World War II"). */
export const NAME_PREFIXES: readonly string[] = ["post", "pre", "anti", "pro", "mid", "non", "ex", "neo"];

/** Named agreements, events and projects. Parties (`members`) are background, never evidence. */
export const NOMINAL_SEEDS: readonly NominalSeed[] = [
  // Agreements.
  { key: "agreement:aukus", canonical: "AUKUS", type: "AGREEMENT", head: "pact", acronyms: ["AUKUS"], aliases: ["AUKUS pact", "AUKUS agreement", "AUKUS alliance"], members: ["AUS", "GBR", "USA"] },
  { key: "agreement:paris-agreement", canonical: "Paris Agreement", type: "AGREEMENT", head: "agreement", aliases: ["Paris climate agreement", "Paris climate accord", "Paris Climate Agreement", "Paris accord", "Paris Accord"] },
  { key: "agreement:minsk-agreements", canonical: "Minsk agreements", type: "AGREEMENT", head: "agreements", aliases: ["Minsk Agreements", "Minsk accords", "Minsk Accords", "Minsk Protocol", "Minsk II", "Minsk agreement", "Minsk peace agreements"], members: ["RUS", "UKR", "DEU", "FRA"] },
  { key: "agreement:new-start", canonical: "New START", type: "AGREEMENT", head: "treaty", aliases: ["New START treaty", "New Start"], members: ["USA", "RUS"] },
  { key: "agreement:start", canonical: "START", type: "AGREEMENT", head: "treaty", aliases: ["START I", "Strategic Arms Reduction Treaty"] },
  { key: "agreement:inf-treaty", canonical: "INF Treaty", type: "AGREEMENT", head: "treaty", aliases: ["Intermediate-Range Nuclear Forces Treaty", "INF treaty"], members: ["USA", "SUN"] },
  { key: "agreement:abm-treaty", canonical: "Anti-Ballistic Missile Treaty", type: "AGREEMENT", head: "treaty", aliases: ["ABM Treaty", "ABM treaty"], members: ["USA", "SUN"] },
  { key: "agreement:salt-i", canonical: "SALT I", type: "AGREEMENT", head: "treaty", aliases: ["SALT I treaty"] },
  { key: "agreement:salt-ii", canonical: "SALT II", type: "AGREEMENT", head: "treaty", aliases: ["SALT II treaty"] },
  { key: "agreement:npt", canonical: "Nuclear Non-Proliferation Treaty", type: "AGREEMENT", head: "treaty", acronyms: ["NPT"], aliases: ["Non-Proliferation Treaty", "Treaty on the Non-Proliferation of Nuclear Weapons"] },
  { key: "agreement:ctbt", canonical: "Comprehensive Nuclear-Test-Ban Treaty", type: "AGREEMENT", head: "treaty", acronyms: ["CTBT"], aliases: ["Comprehensive Test Ban Treaty"] },
  { key: "agreement:jcpoa", canonical: "Joint Comprehensive Plan of Action", type: "AGREEMENT", head: "deal", acronyms: ["JCPOA"], aliases: ["Iran nuclear deal", "Iran deal"] },
  { key: "agreement:open-skies", canonical: "Open Skies Treaty", type: "AGREEMENT", head: "treaty", aliases: ["Treaty on Open Skies"] },
  { key: "agreement:good-friday", canonical: "Good Friday Agreement", type: "AGREEMENT", head: "agreement", aliases: ["Belfast Agreement"] },
  { key: "agreement:versailles", canonical: "Treaty of Versailles", type: "AGREEMENT", head: "treaty", aliases: ["Versailles Treaty"] },
  { key: "agreement:abraham-accords", canonical: "Abraham Accords", type: "AGREEMENT", head: "accords" },
  { key: "agreement:camp-david", canonical: "Camp David Accords", type: "AGREEMENT", head: "accords" },
  { key: "agreement:oslo-accords", canonical: "Oslo Accords", type: "AGREEMENT", head: "accords" },
  { key: "agreement:dayton", canonical: "Dayton Agreement", type: "AGREEMENT", head: "agreement", aliases: ["Dayton Accords", "Dayton accords"] },
  { key: "agreement:budapest-memorandum", canonical: "Budapest Memorandum", type: "AGREEMENT", head: "memorandum", members: ["UKR", "USA", "GBR", "RUS"] },
  { key: "agreement:helsinki-accords", canonical: "Helsinki Accords", type: "AGREEMENT", head: "accords", aliases: ["Helsinki Final Act"] },
  { key: "agreement:kyoto-protocol", canonical: "Kyoto Protocol", type: "AGREEMENT", head: "protocol" },
  { key: "agreement:geneva-conventions", canonical: "Geneva Conventions", type: "AGREEMENT", head: "conventions", aliases: ["Geneva Convention"] },
  { key: "agreement:un-charter", canonical: "UN Charter", type: "AGREEMENT", head: "charter", aliases: ["Charter of the United Nations", "United Nations Charter", "U.N. Charter"] },
  { key: "agreement:treaty-of-rome", canonical: "Treaty of Rome", type: "AGREEMENT", head: "treaty" },
  { key: "agreement:maastricht", canonical: "Maastricht Treaty", type: "AGREEMENT", head: "treaty", aliases: ["Treaty of Maastricht"] },
  { key: "agreement:lisbon-treaty", canonical: "Lisbon Treaty", type: "AGREEMENT", head: "treaty", aliases: ["Treaty of Lisbon"] },
  { key: "agreement:schengen", canonical: "Schengen Agreement", type: "AGREEMENT", head: "agreement" },
  { key: "agreement:nafta", canonical: "NAFTA", type: "AGREEMENT", head: "agreement", acronyms: ["NAFTA"], aliases: ["North American Free Trade Agreement"], members: ["USA", "CAN", "MEX"] },
  { key: "agreement:usmca", canonical: "USMCA", type: "AGREEMENT", head: "agreement", acronyms: ["USMCA"], members: ["USA", "CAN", "MEX"] },
  { key: "agreement:cptpp", canonical: "CPTPP", type: "AGREEMENT", head: "partnership", acronyms: ["CPTPP", "TPP"], aliases: ["Trans-Pacific Partnership"] },
  { key: "agreement:rcep", canonical: "RCEP", type: "AGREEMENT", head: "partnership", acronyms: ["RCEP"], aliases: ["Regional Comprehensive Economic Partnership"] },
  { key: "agreement:shanghai-communique", canonical: "Shanghai Communiqué", type: "AGREEMENT", head: "communiqué", aliases: ["Shanghai Communique"], members: ["USA", "CHN"] },
  { key: "agreement:munich-agreement", canonical: "Munich Agreement", type: "AGREEMENT", head: "agreement" },
  { key: "agreement:molotov-ribbentrop", canonical: "Molotov-Ribbentrop Pact", type: "AGREEMENT", head: "pact", aliases: ["Molotov–Ribbentrop Pact", "Nazi-Soviet Pact", "Hitler-Stalin Pact"], members: ["SUN", "XNG"] },
  { key: "agreement:yalta", canonical: "Yalta Agreement", type: "AGREEMENT", head: "agreement", aliases: ["Yalta agreement"] },
  { key: "agreement:potsdam", canonical: "Potsdam Agreement", type: "AGREEMENT", head: "agreement" },
  { key: "agreement:sino-british-declaration", canonical: "Sino-British Joint Declaration", type: "AGREEMENT", head: "declaration", members: ["CHN", "GBR"] },
  { key: "agreement:black-sea-grain", canonical: "Black Sea Grain Initiative", type: "AGREEMENT", head: "initiative", aliases: ["Black Sea grain deal"] },
  { key: "agreement:marshall-plan", canonical: "Marshall Plan", type: "AGREEMENT", head: "plan" },
  { key: "agreement:chemical-weapons-convention", canonical: "Chemical Weapons Convention", type: "AGREEMENT", head: "convention" },
  // Events.
  { key: "event:world-war-i", canonical: "World War I", type: "EVENT", head: "war", acronyms: ["WWI"], aliases: ["First World War", "World War One", "Great War", "World War 1"] },
  { key: "event:world-war-ii", canonical: "World War II", type: "EVENT", head: "war", acronyms: ["WWII"], aliases: ["Second World War", "World War Two", "World War 2", "Great Patriotic War"] },
  { key: "event:cold-war", canonical: "Cold War", type: "EVENT", head: "war" },
  { key: "event:korean-war", canonical: "Korean War", type: "EVENT", head: "war" },
  { key: "event:vietnam-war", canonical: "Vietnam War", type: "EVENT", head: "war" },
  { key: "event:gulf-war", canonical: "Gulf War", type: "EVENT", head: "war", aliases: ["First Gulf War"] },
  { key: "event:iraq-war", canonical: "Iraq War", type: "EVENT", head: "war", aliases: ["Iraq war", "invasion of Iraq"] },
  { key: "event:afghanistan-war", canonical: "War in Afghanistan", type: "EVENT", head: "war", aliases: ["Afghanistan war", "Afghan war", "war in Afghanistan"] },
  { key: "event:iran-iraq-war", canonical: "Iran-Iraq War", type: "EVENT", head: "war" },
  { key: "event:six-day-war", canonical: "Six-Day War", type: "EVENT", head: "war" },
  { key: "event:yom-kippur-war", canonical: "Yom Kippur War", type: "EVENT", head: "war" },
  { key: "event:falklands-war", canonical: "Falklands War", type: "EVENT", head: "war" },
  { key: "event:crimean-war", canonical: "Crimean War", type: "EVENT", head: "war" },
  { key: "event:spanish-civil-war", canonical: "Spanish Civil War", type: "EVENT", head: "war" },
  { key: "event:chinese-civil-war", canonical: "Chinese Civil War", type: "EVENT", head: "war" },
  { key: "event:american-civil-war", canonical: "American Civil War", type: "EVENT", head: "war" },
  { key: "event:syrian-civil-war", canonical: "Syrian civil war", type: "EVENT", head: "war", aliases: ["Syrian Civil War"] },
  { key: "event:napoleonic-wars", canonical: "Napoleonic Wars", type: "EVENT", head: "wars" },
  {
    key: "event:russia-ukraine-war",
    canonical: "Russia-Ukraine war",
    type: "EVENT",
    head: "war",
    aliases: ["Russian invasion of Ukraine", "Ukraine war", "war in Ukraine", "Russia-Ukraine War", "Russo-Ukrainian War", "Russo-Ukrainian war", "special military operation"],
  },
  { key: "event:gaza-war", canonical: "Gaza war", type: "EVENT", head: "war", aliases: ["Israel-Hamas war", "war in Gaza", "Gaza War"] },
  { key: "event:holocaust", canonical: "Holocaust", type: "EVENT", head: "genocide", aliases: ["the Holocaust"] },
  { key: "event:holodomor", canonical: "Holodomor", type: "EVENT", head: "famine" },
  { key: "event:september-11", canonical: "September 11 attacks", type: "EVENT", head: "attacks", aliases: ["9/11", "9/11 attacks", "September 11"] },
  { key: "event:cuban-missile-crisis", canonical: "Cuban Missile Crisis", type: "EVENT", head: "crisis", aliases: ["Cuban missile crisis"] },
  { key: "event:bay-of-pigs", canonical: "Bay of Pigs invasion", type: "EVENT", head: "invasion", aliases: ["Bay of Pigs"] },
  { key: "event:tiananmen-1989", canonical: "Tiananmen Square protests", type: "EVENT", head: "protests", aliases: ["Tiananmen Square massacre", "Tiananmen massacre", "Tiananmen crackdown"] },
  { key: "event:cultural-revolution", canonical: "Cultural Revolution", type: "EVENT", head: "revolution" },
  { key: "event:great-leap-forward", canonical: "Great Leap Forward", type: "EVENT", head: "campaign" },
  { key: "event:russian-revolution", canonical: "Russian Revolution", type: "EVENT", head: "revolution", aliases: ["October Revolution", "Bolshevik Revolution"] },
  { key: "event:french-revolution", canonical: "French Revolution", type: "EVENT", head: "revolution" },
  { key: "event:chinese-revolution", canonical: "Chinese Revolution", type: "EVENT", head: "revolution" },
  { key: "event:iranian-revolution", canonical: "Iranian Revolution", type: "EVENT", head: "revolution", aliases: ["Islamic Revolution"] },
  { key: "event:arab-spring", canonical: "Arab Spring", type: "EVENT", head: "uprising" },
  { key: "event:euromaidan", canonical: "Euromaidan", type: "EVENT", head: "protests", aliases: ["Maidan", "Maidan revolution", "Maidan coup", "Revolution of Dignity"] },
  { key: "event:orange-revolution", canonical: "Orange Revolution", type: "EVENT", head: "revolution" },
  { key: "event:brexit", canonical: "Brexit", type: "EVENT", head: "withdrawal" },
  { key: "event:great-depression", canonical: "Great Depression", type: "EVENT", head: "crisis" },
  { key: "event:covid-19-pandemic", canonical: "COVID-19 pandemic", type: "EVENT", head: "pandemic", aliases: ["Covid-19 pandemic", "Covid pandemic", "COVID pandemic", "coronavirus pandemic"] },
  { key: "event:olympics", canonical: "Olympic Games", type: "EVENT", head: "games", aliases: ["Olympics", "Winter Olympics", "Summer Olympics"] },
  { key: "event:world-cup", canonical: "FIFA World Cup", type: "EVENT", head: "world cup", aliases: ["World Cup"] },
  { key: "event:munich-security-conference", canonical: "Munich Security Conference", type: "EVENT", head: "conference" },
  { key: "event:shangri-la-dialogue", canonical: "Shangri-La Dialogue", type: "EVENT", head: "dialogue" },
  { key: "event:d-day", canonical: "D-Day", type: "EVENT", head: "landings", aliases: ["Normandy landings"] },
  { key: "event:battle-of-stalingrad", canonical: "Battle of Stalingrad", type: "EVENT", head: "battle" },
  { key: "event:fall-of-berlin-wall", canonical: "fall of the Berlin Wall", type: "EVENT", head: "fall", aliases: ["Fall of the Berlin Wall"] },
  // Feasts: "at Christmas", "during Ramadan" name a recurring event, not a thing or a body.
  { key: "event:christmas", canonical: "Christmas", type: "EVENT", head: "holiday", aliases: ["Christmas Day", "Christmas Eve"] },
  { key: "event:easter", canonical: "Easter", type: "EVENT", head: "holiday" },
  { key: "event:ramadan", canonical: "Ramadan", type: "EVENT", head: "holiday" },
  { key: "event:eid-al-fitr", canonical: "Eid al-Fitr", type: "EVENT", head: "holiday", aliases: ["Eid ul-Fitr"] },
  { key: "event:hanukkah", canonical: "Hanukkah", type: "EVENT", head: "holiday", aliases: ["Chanukah"] },
  { key: "event:diwali", canonical: "Diwali", type: "EVENT", head: "holiday" },
  { key: "event:thanksgiving", canonical: "Thanksgiving", type: "EVENT", head: "holiday", aliases: ["Thanksgiving Day"] },
  { key: "event:carnival", canonical: "Carnival", type: "EVENT", head: "festival" },
  // Projects.
  { key: "other:power-of-siberia", canonical: "Power of Siberia", type: "OTHER", head: "pipeline", aliases: ["Power of Siberia 1", "Power of Siberia pipeline"] },
  { key: "other:power-of-siberia-2", canonical: "Power of Siberia 2", type: "OTHER", head: "pipeline", aliases: ["Power of Siberia-2", "Power of Siberia II", "Power of Siberia 2 pipeline", "Power of Siberia-2 pipeline"] },
  { key: "other:nord-stream", canonical: "Nord Stream", type: "OTHER", head: "pipeline", aliases: ["Nord Stream 1", "Nord Stream pipeline", "Nord Stream pipelines"] },
  { key: "other:nord-stream-2", canonical: "Nord Stream 2", type: "OTHER", head: "pipeline", aliases: ["Nord Stream II", "Nord Stream 2 pipeline"] },
  { key: "other:turkstream", canonical: "TurkStream", type: "OTHER", head: "pipeline", aliases: ["TurkStream pipeline", "Turkish Stream"] },
  // A film series, not a war: the "wars" head would make it an EVENT.
  { key: "other:star-wars", canonical: "Star Wars", type: "OTHER", head: "wars" },
  { key: "other:keystone-xl", canonical: "Keystone XL", type: "OTHER", head: "pipeline", aliases: ["Keystone XL pipeline"] },
  { key: "other:belt-and-road", canonical: "Belt and Road Initiative", type: "OTHER", head: "initiative", acronyms: ["BRI"], aliases: ["Belt and Road", "One Belt, One Road", "New Silk Road"] },
  { key: "other:global-security-initiative", canonical: "Global Security Initiative", type: "OTHER", head: "initiative" },
  { key: "other:cpec", canonical: "China-Pakistan Economic Corridor", type: "OTHER", head: "corridor", acronyms: ["CPEC"] },
  { key: "other:star-wars", canonical: "Strategic Defense Initiative", type: "OTHER", head: "initiative", acronyms: ["SDI"] },
  // Awards and scriptures: "an Oscar" is no person, "the Koran" no place.
  { key: "other:academy-awards", canonical: "Academy Awards", type: "OTHER", head: "award", aliases: ["Academy Award", "Oscar", "Oscars"] },
  { key: "other:grammy-awards", canonical: "Grammy Awards", type: "OTHER", head: "award", aliases: ["Grammy Award", "Grammy", "Grammys"] },
  { key: "other:emmy-awards", canonical: "Emmy Awards", type: "OTHER", head: "award", aliases: ["Emmy Award", "Emmy", "Emmys"] },
  { key: "other:golden-globe-awards", canonical: "Golden Globe Awards", type: "OTHER", head: "award", aliases: ["Golden Globe Award", "Golden Globe", "Golden Globes"] },
  { key: "other:quran", canonical: "Quran", type: "OTHER", head: "book", aliases: ["Koran", "Qur'an", "Qur’an"] },
  { key: "other:bible", canonical: "Bible", type: "OTHER", head: "book", aliases: ["Holy Bible"] },
  { key: "other:torah", canonical: "Torah", type: "OTHER", head: "book" },
];
