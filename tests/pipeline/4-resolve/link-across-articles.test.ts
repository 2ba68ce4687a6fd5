import { describe, expect, it } from "vitest";
import type { EntityType } from "../../../src/domain/vocabulary.js";
import { legalFormKeys } from "../../../src/pipeline/4-resolve/legal-forms.js";
import {
  isMiddleFormOf,
  planRejoinLookups,
  planRejoins,
  type RejoinCandidate,
} from "../../../src/pipeline/4-resolve/link-across-articles.js";
import { isFirstNameVariant } from "../../../src/pipeline/4-resolve/resolve.js";
import {
  type EntityLink,
  type LinkCandidates,
  type LinkLookups,
  linkAcrossArticles,
  planContextLookup,
  planLinkLookups,
  type StoredContext,
  type StoredEntityKey,
} from "../../../src/pipeline/index.js";
import type { ExtractedEntity } from "../../../src/pipeline/types.js";

function entity(type: EntityType, key: string, name: string): ExtractedEntity {
  return { type, key, name, aliases: [], coordinates: null };
}

const NO_CANDIDATES: LinkCandidates = {
  aliases: [],
  lastNames: [],
  keys: [],
  bareKeys: [],
  initials: [],
};

function withAliases(value: ExtractedEntity, aliases: string[]): ExtractedEntity {
  return { ...value, aliases };
}

describe("planLinkLookups", () => {
  const rows: [string, ExtractedEntity[], StoredEntityKey[], LinkLookups][] = [
    [
      "a stored full name needs no look-up",
      [entity("PERSON", "kostas kenteris", "Kostas Kenteris")],
      [{ id: 1, type: "PERSON", key: "kostas kenteris" }],
      { names: [], lastNames: [], keys: [], bareKeys: [], initials: [] },
    ],
    [
      "a new full name also looks up its bare surname and its initial form",
      [entity("PERSON", "kostas kenteris", "Kostas Kenteris")],
      [],
      {
        names: ["kostas kenteris"],
        lastNames: ["kenteris"],
        keys: ["kostas kenteris"],
        bareKeys: ["kenteris", "k kenteris"],
        initials: [],
      },
    ],
    [
      "a new organisation with an acronym looks the acronym up",
      [
        withAliases(
          entity("ORGANIZATION", "northern ferry operators", "Northern Ferry Operators"),
          ["NFO"],
        ),
      ],
      [],
      {
        // The acronym as a name and key too: an entity stored under it alone may take the full name.
        // Its other spacings too: another article may have run the words together.
        names: [
          "northern ferry operators",
          "northernferryoperators",
          "northern-ferry-operators",
          "nfo",
        ],
        lastNames: [],
        keys: ["northern ferry operators", "nfo"],
        bareKeys: ["nfo"],
        initials: [],
      },
    ],
    [
      "a one-word person is always looked up, even when stored bare",
      [entity("PERSON", "kenteris", "Kenteris")],
      [{ id: 2, type: "PERSON", key: "kenteris" }],
      {
        names: ["kenteris"],
        lastNames: ["kenteris"],
        keys: ["kenteris"],
        bareKeys: [],
        initials: [],
      },
    ],
    [
      "a new organisation without an acronym looks its initials up as a bare key",
      [entity("ORGANIZATION", "world anti doping agency", "World Anti-Doping Agency")],
      [],
      {
        names: [
          "world anti-doping agency",
          "worldantidopingagency",
          "world-anti-doping-agency",
          "world anti doping agency",
        ],
        lastNames: [],
        keys: ["world anti doping agency"],
        bareKeys: ["wada"],
        initials: [],
      },
    ],
    [
      "a word in capitals stays whole in the initials: 'KLB Harbour Fund' is no 'KHF'",
      [entity("ORGANIZATION", "klb harbour fund", "KLB Harbour Fund")],
      [],
      {
        names: ["klb harbour fund", "klbharbourfund", "klb-harbour-fund"],
        lastNames: [],
        keys: ["klb harbour fund"],
        bareKeys: ["klbhf"],
        initials: [],
      },
    ],
    [
      "an organisation named only by an acronym looks it up among stored initials",
      [entity("ORGANIZATION", "wada", "WADA")],
      [],
      {
        names: ["wada"],
        lastNames: [],
        keys: ["wada", ...legalFormKeys("wada")],
        bareKeys: [],
        initials: ["wada"],
      },
    ],
    [
      "a one-word person also looks up its other umlaut spelling",
      [entity("PERSON", "koehnke", "Koehnke")],
      [],
      {
        names: ["koehnke", "köhnke"],
        lastNames: ["koehnke", "köhnke"],
        keys: ["koehnke"],
        bareKeys: [],
        initials: [],
      },
    ],
    [
      "a gazetteer key is looked up by name only",
      [entity("COUNTRY", "CHN", "China")],
      [],
      { names: ["china"], lastNames: [], keys: [], bareKeys: [], initials: [] },
    ],
  ];
  it.each(rows)("%s", (_name, entities, stored, expected) => {
    expect(planLinkLookups(entities, stored)).toEqual(expected);
  });
});

describe("linkAcrossArticles", () => {
  const rows: [
    string,
    ExtractedEntity,
    StoredEntityKey[],
    LinkCandidates,
    EntityLink | undefined,
  ][] = [
    [
      "a surname joins the one stored full name, weakly",
      entity("PERSON", "kenteris", "Kenteris"),
      [],
      { ...NO_CANDIDATES, lastNames: [{ id: 7, lastName: "kenteris" }] },
      { id: 7, weak: true },
    ],
    [
      "a surname joins the one stored alias spelled with its umlaut, weakly",
      entity("PERSON", "koehnke", "Koehnke"),
      [],
      { ...NO_CANDIDATES, lastNames: [{ id: 7, lastName: "köhnke" }] },
      { id: 7, weak: true },
    ],
    [
      "a surname with an umlaut joins the one stored full name spelled with two letters",
      entity("PERSON", "kohnke", "Köhnke"),
      [],
      { ...NO_CANDIDATES, lastNames: [{ id: 7, lastName: "koehnke" }] },
      { id: 7, weak: true },
    ],
    [
      "a name written with two letters joins the one stored alias written with the umlaut",
      entity("PERSON", "helga koehnke", "Helga Koehnke"),
      [],
      { ...NO_CANDIDATES, aliases: [{ id: 5, type: "PERSON", normalizedAlias: "helga köhnke" }] },
      { id: 5, weak: false },
    ],
    [
      "an English name never loses its 'oe' to meet a stored name without it",
      entity("PERSON", "joel", "Joel"),
      [],
      {
        ...NO_CANDIDATES,
        aliases: [{ id: 5, type: "PERSON", normalizedAlias: "jol" }],
        lastNames: [{ id: 5, lastName: "jol" }],
      },
      undefined,
    ],
    [
      "two stored people with that surname: no link",
      entity("PERSON", "kenteris", "Kenteris"),
      [],
      {
        ...NO_CANDIDATES,
        lastNames: [
          { id: 7, lastName: "kenteris" },
          { id: 8, lastName: "kenteris" },
        ],
      },
      undefined,
    ],
    [
      "a surname several listed people share joins no stored full name",
      entity("PERSON", "clinton", "Clinton"),
      [],
      {
        ...NO_CANDIDATES,
        aliases: [{ id: 7, type: "PERSON", normalizedAlias: "clinton" }],
        lastNames: [{ id: 7, lastName: "clinton" }],
      },
      undefined,
    ],
    [
      "a full name stays apart from a stored bare surname several listed people share",
      entity("PERSON", "hillary clinton", "Hillary Clinton"),
      [],
      { ...NO_CANDIDATES, bareKeys: [{ id: 4, type: "PERSON", key: "clinton" }] },
      undefined,
    ],
    [
      "an alias of one stored entity of the same type joins it strongly",
      entity("ORGANIZATION", "wlga", "WLGA"),
      [],
      { ...NO_CANDIDATES, aliases: [{ id: 3, type: "ORGANIZATION", normalizedAlias: "wlga" }] },
      { id: 3, weak: false },
    ],
    [
      "a listed place never joins another listed place of the same name",
      entity("PLACE", "place:punjab-ind", "Punjab"),
      [],
      {
        ...NO_CANDIDATES,
        aliases: [{ id: 3, type: "PLACE", normalizedAlias: "punjab", key: "place:punjab-pak" }],
      },
      undefined,
    ],
    [
      "a listed name joins an unlisted one stored under that name and gives it the listed key",
      entity("ORGANIZATION", "org:wlga", "WLGA"),
      [],
      {
        ...NO_CANDIDATES,
        aliases: [{ id: 3, type: "ORGANIZATION", normalizedAlias: "wlga", key: "wlga" }],
      },
      { id: 3, weak: false, rekey: true },
    ],
    [
      "an alias of another type does not link",
      entity("ORGANIZATION", "wlga", "WLGA"),
      [],
      { ...NO_CANDIDATES, aliases: [{ id: 3, type: "PERSON", normalizedAlias: "wlga" }] },
      undefined,
    ],
    [
      "a name-made key stored under another type joins it",
      entity("ORGANIZATION", "konstantinos vellas", "Konstantinos Vellas"),
      [],
      { ...NO_CANDIDATES, keys: [{ id: 9, key: "konstantinos vellas" }] },
      { id: 9, weak: false },
    ],
    [
      "a stored bare surname still joins the one full name stored since",
      entity("PERSON", "kenteris", "Kenteris"),
      [{ id: 2, type: "PERSON", key: "kenteris" }],
      {
        aliases: [{ id: 2, type: "PERSON", normalizedAlias: "kenteris" }],
        lastNames: [{ id: 7, lastName: "kenteris" }],
        keys: [{ id: 2, key: "kenteris" }],
        bareKeys: [],
        initials: [],
      },
      { id: 7, weak: true },
    ],
    [
      "a full name joins the one person stored under its bare surname, which takes its key",
      entity("PERSON", "kostas kenteris", "Kostas Kenteris"),
      [],
      { ...NO_CANDIDATES, bareKeys: [{ id: 4, type: "PERSON", key: "kenteris" }] },
      { id: 4, weak: false, rekey: true, replaceAliases: true },
    ],
    [
      "one that writes the surname alone itself keeps the bare entity's aliases",
      withAliases(entity("PERSON", "kostas kenteris", "Kostas Kenteris"), ["Kenteris"]),
      [],
      { ...NO_CANDIDATES, bareKeys: [{ id: 4, type: "PERSON", key: "kenteris" }] },
      { id: 4, weak: false, rekey: true },
    ],
    [
      "a full name with a hyphenated surname joins the person stored under the whole surname",
      entity("PERSON", "anna kramp vale", "Anna Kramp-Vale"),
      [],
      { ...NO_CANDIDATES, bareKeys: [{ id: 5, type: "PERSON", key: "kramp vale" }] },
      { id: 5, weak: false, rekey: true, replaceAliases: true },
    ],
    [
      "a bare surname that may be another stored full name's stays apart",
      entity("PERSON", "kostas kenteris", "Kostas Kenteris"),
      [],
      {
        ...NO_CANDIDATES,
        bareKeys: [{ id: 4, type: "PERSON", key: "kenteris" }],
        lastNames: [{ id: 5, lastName: "kenteris" }],
      },
      undefined,
    ],
    [
      "a spelled-out name joins the one organisation stored under its acronym",
      withAliases(entity("ORGANIZATION", "northern ferry operators", "Northern Ferry Operators"), [
        "NFO",
      ]),
      [],
      { ...NO_CANDIDATES, bareKeys: [{ id: 6, type: "ORGANIZATION", key: "nfo" }] },
      { id: 6, weak: false, rekey: true },
    ],
    [
      "an acronym alone joins the one organisation whose name it abbreviates",
      entity("ORGANIZATION", "wada", "WADA"),
      [],
      { ...NO_CANDIDATES, initials: [{ id: 12, initials: "wada" }] },
      { id: 12, weak: false },
    ],
    [
      "an acronym two stored names abbreviate joins neither",
      entity("ORGANIZATION", "wada", "WADA"),
      [],
      {
        ...NO_CANDIDATES,
        initials: [
          { id: 12, initials: "wada" },
          { id: 13, initials: "wada" },
        ],
      },
      undefined,
    ],
    [
      "a name spelled out joins the one organisation stored under its initials",
      entity("ORGANIZATION", "world anti doping agency", "World Anti-Doping Agency"),
      [],
      { ...NO_CANDIDATES, bareKeys: [{ id: 14, type: "ORGANIZATION", key: "wada" }] },
      { id: 14, weak: false, rekey: true },
    ],
    [
      "a name-made key stored with another type joins it and asks for a recount of the type",
      entity("ORGANIZATION", "fidesz", "Fidesz"),
      [],
      { ...NO_CANDIDATES, keys: [{ id: 11, key: "fidesz", type: "OTHER" }] },
      { id: 11, weak: false, recount: true },
    ],
    [
      "an OTHER joining a specific stored type asks for a recount too",
      entity("OTHER", "fidesz", "Fidesz"),
      [],
      { ...NO_CANDIDATES, keys: [{ id: 11, key: "fidesz", type: "ORGANIZATION" }] },
      { id: 11, weak: false, recount: true },
    ],
    [
      "a name-made key stored with the same type needs no recount",
      entity("ORGANIZATION", "fidesz", "Fidesz"),
      [],
      { ...NO_CANDIDATES, keys: [{ id: 11, key: "fidesz", type: "ORGANIZATION" }] },
      { id: 11, weak: false },
    ],
    [
      "a bare key of another type does not link",
      entity("PERSON", "kostas kenteris", "Kostas Kenteris"),
      [],
      { ...NO_CANDIDATES, bareKeys: [{ id: 4, type: "ORGANIZATION", key: "kenteris" }] },
      undefined,
    ],
    [
      "a name two stored bodies carry as an alias joins the one entity it keys, of another type",
      entity("ORGANIZATION", "cravda", "Cravda"),
      [],
      {
        ...NO_CANDIDATES,
        aliases: [
          { id: 4, type: "ORGANIZATION", normalizedAlias: "cravda", key: "junior cravda" },
          { id: 5, type: "ORGANIZATION", normalizedAlias: "cravda", key: "online cravda" },
        ],
        keys: [{ id: 9, key: "cravda", type: "PLACE" }],
      },
      { id: 9, weak: false, recount: true },
    ],
    [
      "a name two stored bodies carry as an alias, and keyed by none: no link",
      entity("ORGANIZATION", "cravda", "Cravda"),
      [],
      {
        ...NO_CANDIDATES,
        aliases: [
          { id: 4, type: "ORGANIZATION", normalizedAlias: "cravda", key: "junior cravda" },
          { id: 5, type: "ORGANIZATION", normalizedAlias: "cravda", key: "online cravda" },
        ],
      },
      undefined,
    ],
    // A company's registered name and its short name ("Sony Corporation" / "Sony").
    [
      "a registered name joins the one organisation stored under its short name",
      entity("ORGANIZATION", "dravell inc", "Dravell Inc."),
      [],
      {
        ...NO_CANDIDATES,
        aliases: [{ id: 4, type: "ORGANIZATION", normalizedAlias: "dravell", key: "dravell" }],
        keys: [{ id: 4, key: "dravell", type: "ORGANIZATION" }],
      },
      { id: 4, weak: false },
    ],
    [
      "a short name takes over the one organisation stored under a registered name",
      entity("ORGANIZATION", "dravell", "Dravell"),
      [],
      { ...NO_CANDIDATES, keys: [{ id: 5, key: "dravell corp", type: "ORGANIZATION" }] },
      { id: 5, weak: false, rekey: true },
    ],
    [
      "'Corp' joins the one organisation stored as 'Corporation'",
      entity("ORGANIZATION", "oster mining corp", "Oster Mining Corp"),
      [],
      {
        ...NO_CANDIDATES,
        keys: [{ id: 5, key: "oster mining corporation", type: "ORGANIZATION" }],
      },
      { id: 5, weak: false },
    ],
    [
      "'Corporation' joins the one organisation stored as 'Corp', which takes the longer key",
      entity("ORGANIZATION", "oster mining corporation", "Oster Mining Corporation"),
      [],
      {
        ...NO_CANDIDATES,
        keys: [{ id: 5, key: "oster mining corp", type: "ORGANIZATION" }],
      },
      { id: 5, weak: false, rekey: true },
    ],
    [
      "a short name two stored registered names fit joins neither",
      entity("ORGANIZATION", "dravell", "Dravell"),
      [],
      {
        ...NO_CANDIDATES,
        keys: [
          { id: 5, key: "dravell group", type: "ORGANIZATION" },
          { id: 6, key: "dravell holdings", type: "ORGANIZATION" },
        ],
      },
      undefined,
    ],
    [
      "a registered name stored with another type is no company of this name",
      entity("ORGANIZATION", "dravell", "Dravell"),
      [],
      { ...NO_CANDIDATES, keys: [{ id: 5, key: "dravell company", type: "PERSON" }] },
      undefined,
    ],
    // Issue 10, kind 5: a line-up's "initial + surname" and the report's full name.
    [
      "an initial and a surname join the one stored full name with that first initial, weakly",
      entity("PERSON", "t varrow", "T Varrow"),
      [],
      {
        ...NO_CANDIDATES,
        lastNames: [
          { id: 7, lastName: "varrow", key: "tobias varrow" },
          { id: 8, lastName: "varrow", key: "gemma varrow" },
        ],
      },
      { id: 7, weak: true },
    ],
    [
      "an initial and a surname of two words join the one stored full name that ends with it",
      entity("PERSON", "d dal brenta", "D dal Brenta"),
      [],
      {
        ...NO_CANDIDATES,
        lastNames: [
          { id: 7, lastName: "brenta", key: "davide dal brenta" },
          { id: 8, lastName: "brenta", key: "dario brenta" },
        ],
      },
      { id: 7, weak: true },
    ],
    [
      "an initial two stored full names fit joins neither",
      entity("PERSON", "t varrow", "T Varrow"),
      [],
      {
        ...NO_CANDIDATES,
        lastNames: [
          { id: 7, lastName: "varrow", key: "tobias varrow" },
          { id: 8, lastName: "varrow", key: "tilda varrow" },
        ],
      },
      undefined,
    ],
    [
      "an initial never fits a stored alias led by a form of address ('Mr Varrow')",
      entity("PERSON", "m varrow", "M Varrow"),
      [],
      { ...NO_CANDIDATES, lastNames: [{ id: 7, lastName: "varrow" }] },
      undefined,
    ],
    [
      "an initial never fits a stored name led by a peerage rank ('Lord Varrow')",
      entity("PERSON", "l varrow", "L Varrow"),
      [],
      { ...NO_CANDIDATES, lastNames: [{ id: 7, lastName: "varrow", key: "lord varrow" }] },
      undefined,
    ],
    [
      "an initial never fits a stored name led by a title ('Judge Varrow')",
      entity("PERSON", "j varrow", "J Varrow"),
      [],
      { ...NO_CANDIDATES, lastNames: [{ id: 7, lastName: "varrow", key: "judge varrow" }] },
      undefined,
    ],
    [
      "an initial form stored alone still joins the full name stored since",
      entity("PERSON", "t varrow", "T Varrow"),
      [{ id: 3, type: "PERSON", key: "t varrow" }],
      {
        ...NO_CANDIDATES,
        aliases: [{ id: 3, type: "PERSON", normalizedAlias: "t varrow" }],
        lastNames: [
          { id: 3, lastName: "varrow", key: "t varrow" },
          { id: 7, lastName: "varrow", key: "tobias varrow" },
        ],
      },
      { id: 7, weak: true },
    ],
    [
      "a surname alone joins the full name when the other stored 'Varrow' is its initial form",
      entity("PERSON", "varrow", "Varrow"),
      [],
      {
        ...NO_CANDIDATES,
        lastNames: [
          { id: 3, lastName: "varrow", key: "t varrow" },
          { id: 7, lastName: "varrow", key: "tobias varrow" },
        ],
      },
      { id: 7, weak: true },
    ],
    [
      "a surname alone beside a stored initial form of another first name joins neither",
      entity("PERSON", "varrow", "Varrow"),
      [],
      {
        ...NO_CANDIDATES,
        lastNames: [
          { id: 3, lastName: "varrow", key: "g varrow" },
          { id: 7, lastName: "varrow", key: "tobias varrow" },
        ],
      },
      undefined,
    ],
    [
      "a full name takes over the one initial form stored before it",
      entity("PERSON", "tobias varrow", "Tobias Varrow"),
      [],
      {
        ...NO_CANDIDATES,
        bareKeys: [{ id: 3, type: "PERSON", key: "t varrow" }],
        lastNames: [{ id: 3, lastName: "varrow", key: "t varrow" }],
      },
      { id: 3, weak: false, rekey: true, replaceAliases: true },
    ],
    [
      "a full name leaves a stored initial form another stored full name also fits",
      entity("PERSON", "tobias varrow", "Tobias Varrow"),
      [],
      {
        ...NO_CANDIDATES,
        bareKeys: [{ id: 3, type: "PERSON", key: "t varrow" }],
        lastNames: [
          { id: 3, lastName: "varrow", key: "t varrow" },
          { id: 9, lastName: "varrow", key: "tilda varrow" },
        ],
      },
      undefined,
    ],
    // Surnames of two key words ("O'Varrow" → "o varrow"): stored names are read by last word.
    [
      "a full name with a prefixed surname takes over its initial form stored before",
      entity("PERSON", "pia o varrow", "Pia O'Varrow"),
      [],
      {
        ...NO_CANDIDATES,
        bareKeys: [{ id: 3, type: "PERSON", key: "p o varrow" }],
        lastNames: [{ id: 3, lastName: "varrow", key: "p o varrow" }],
      },
      { id: 3, weak: false, rekey: true, replaceAliases: true },
    ],
    [
      "a full name joins its bare surname though its own initial form is stored apart",
      entity("PERSON", "tobias varrow", "Tobias Varrow"),
      [],
      {
        ...NO_CANDIDATES,
        bareKeys: [{ id: 4, type: "PERSON", key: "varrow" }],
        lastNames: [{ id: 3, lastName: "varrow", key: "t varrow" }],
      },
      { id: 4, weak: false, rekey: true, replaceAliases: true },
    ],
    [
      "a prefixed bare surname another stored full name ends in stays apart",
      entity("PERSON", "pia o varrow", "Pia O'Varrow"),
      [],
      {
        ...NO_CANDIDATES,
        bareKeys: [{ id: 4, type: "PERSON", key: "o varrow" }],
        lastNames: [{ id: 9, lastName: "varrow", key: "tom o varrow" }],
      },
      undefined,
    ],
    [
      "a stored name ending in the last word alone ('Tom Varrow') is no rival of 'O'Varrow'",
      entity("PERSON", "pia o varrow", "Pia O'Varrow"),
      [],
      {
        ...NO_CANDIDATES,
        bareKeys: [{ id: 4, type: "PERSON", key: "o varrow" }],
        lastNames: [{ id: 9, lastName: "varrow", key: "tom varrow" }],
      },
      { id: 4, weak: false, rekey: true, replaceAliases: true },
    ],
    [
      "a stored initial form of another first name is still a rival of the bare surname",
      entity("PERSON", "tobias varrow", "Tobias Varrow"),
      [],
      {
        ...NO_CANDIDATES,
        bareKeys: [{ id: 4, type: "PERSON", key: "varrow" }],
        lastNames: [{ id: 3, lastName: "varrow", key: "g varrow" }],
      },
      undefined,
    ],
    [
      "a listed name joins the one entity stored under its alias, which takes the listed key",
      withAliases(entity("EVENT", "event:grand-cup", "Grand Cup"), ["Old Trophy"]),
      [],
      {
        ...NO_CANDIDATES,
        aliases: [{ id: 4, type: "EVENT", normalizedAlias: "old trophy", key: "old trophy" }],
        keys: [{ id: 4, key: "old trophy", type: "EVENT" }],
      },
      { id: 4, weak: false, rekey: true },
    ],
    [
      "an organisation joins the one entity stored under its other name alone, which takes its key",
      withAliases(entity("ORGANIZATION", "torbay rovers", "Torbay Rovers"), ["Gulls"]),
      [],
      { ...NO_CANDIDATES, keys: [{ id: 4, key: "gulls", type: "ORGANIZATION" }] },
      { id: 4, weak: false, rekey: true },
    ],
    [
      "an other name stored with another type: no link",
      withAliases(entity("ORGANIZATION", "torbay rovers", "Torbay Rovers"), ["Gulls"]),
      [],
      { ...NO_CANDIDATES, keys: [{ id: 4, key: "gulls", type: "OTHER" }] },
      undefined,
    ],
    [
      "an other name another stored entity holds too: no link",
      withAliases(entity("ORGANIZATION", "torbay rovers", "Torbay Rovers"), ["Gulls"]),
      [],
      {
        ...NO_CANDIDATES,
        aliases: [{ id: 9, type: "ORGANIZATION", normalizedAlias: "gulls", key: "seaford town" }],
        keys: [{ id: 4, key: "gulls", type: "ORGANIZATION" }],
      },
      undefined,
    ],
    [
      "an other name held only as an alias of a listed entity: no link",
      withAliases(entity("EVENT", "event:grand-cup", "Grand Cup"), ["Old Trophy"]),
      [],
      {
        ...NO_CANDIDATES,
        aliases: [{ id: 4, type: "EVENT", normalizedAlias: "old trophy", key: "event:old-trophy" }],
      },
      undefined,
    ],
    [
      "a full name joins the bare surname stored in its alias's spelling",
      withAliases(entity("PERSON", "anton varga", "Anton Varga"), ["Antal Vargha"]),
      [],
      { ...NO_CANDIDATES, bareKeys: [{ id: 6, type: "PERSON", key: "vargha" }] },
      { id: 6, weak: false, rekey: true, replaceAliases: true },
    ],
    [
      "a bare surname in the alias's spelling beside another stored full name of it: no link",
      withAliases(entity("PERSON", "anton varga", "Anton Varga"), ["Antal Vargha"]),
      [],
      {
        ...NO_CANDIDATES,
        bareKeys: [{ id: 6, type: "PERSON", key: "vargha" }],
        lastNames: [{ id: 8, lastName: "vargha", key: "peter vargha" }],
      },
      undefined,
    ],
    [
      "a bare surname stored in the name's own spelling decides, not the alias's",
      withAliases(entity("PERSON", "anton varga", "Anton Varga"), ["Antal Vargha"]),
      [],
      {
        ...NO_CANDIDATES,
        bareKeys: [
          { id: 5, type: "PERSON", key: "varga" },
          { id: 6, type: "PERSON", key: "vargha" },
        ],
      },
      { id: 5, weak: false, rekey: true, replaceAliases: true },
    ],
  ];
  it.each(rows)("%s", (_name, extracted, stored, candidates, expected) => {
    expect(linkAcrossArticles([extracted], stored, candidates).get(0)).toEqual(expected);
  });
});

/** The article names the club (#20) and the BBC (#21, a listed news organisation); 100 stored articles. */
const CLUB_AND_BBC: StoredEntityKey[] = [
  { id: 20, type: "ORGANIZATION", key: "wexcombe rovers" },
  { id: 21, type: "ORGANIZATION", key: "org:bbc" },
];
function story(
  shared: StoredContext["shared"],
  candidateArticles: StoredContext["candidateArticles"] = [],
): StoredContext {
  return {
    shared,
    candidateArticles,
    totalArticles: 100,
  };
}

// The story around a short form: "Varrow" alone joins a stored "Tobias Varrow" only when the
// article names something that tells stories apart and was named beside him before.
describe("linkAcrossArticles: a short form and the story it is in", () => {
  const VARROW_FULL_NAME: LinkCandidates = {
    ...NO_CANDIDATES,
    lastNames: [{ id: 7, lastName: "varrow", key: "tobias varrow" }],
  };
  const VARROW_STORED_BARE: LinkCandidates = {
    ...NO_CANDIDATES,
    bareKeys: [{ id: 4, type: "PERSON", key: "varrow" }],
  };
  const rows: [
    string,
    ExtractedEntity,
    StoredEntityKey[],
    LinkCandidates,
    EntityLink | undefined,
  ][] = [
    // Must fire: no link.
    [
      "a surname in a story sharing nothing with the stored full name's stories joins it not",
      entity("PERSON", "varrow", "Varrow"),
      CLUB_AND_BBC,
      { ...VARROW_FULL_NAME, context: story([]) },
      undefined,
    ],
    [
      "nor when the full name carries the surname as an alias ('Rice' of Condoleezza Rice)",
      entity("PERSON", "varrow", "Varrow"),
      CLUB_AND_BBC,
      {
        ...VARROW_FULL_NAME,
        aliases: [{ id: 7, type: "PERSON", normalizedAlias: "varrow" }],
        context: story([]),
      },
      undefined,
    ],
    [
      "an initial form in another story joins the full name not",
      entity("PERSON", "t varrow", "T Varrow"),
      CLUB_AND_BBC,
      { ...VARROW_FULL_NAME, context: story([]) },
      undefined,
    ],
    [
      "the outlet that reports every kind of story tells none apart: sharing only it is no evidence",
      entity("PERSON", "varrow", "Varrow"),
      CLUB_AND_BBC,
      { ...VARROW_FULL_NAME, context: story([{ id: 7, contextId: 21, articleId: 50 }]) },
      undefined,
    ],
    [
      "a city named in stories of every kind tells none apart: no link",
      entity("PERSON", "varrow", "Varrow"),
      [...CLUB_AND_BBC, { id: 22, type: "PLACE", key: "wexcombe" }],
      { ...VARROW_FULL_NAME, context: story([{ id: 7, contextId: 22, articleId: 50 }]) },
      undefined,
    ],
    [
      "a full name takes no bare surname stored from another story",
      entity("PERSON", "tobias varrow", "Tobias Varrow"),
      CLUB_AND_BBC,
      { ...VARROW_STORED_BARE, context: story([]) },
      undefined,
    ],
    // No evidence of one story is none for a namesake either: a museum story's "Hendrix" is not
    // the banker stored from a business story.
    [
      "an article naming only the outlet gives no evidence: no link",
      entity("PERSON", "varrow", "Varrow"),
      [{ id: 21, type: "ORGANIZATION", key: "org:bbc" }],
      { ...VARROW_FULL_NAME, context: story([{ id: 7, contextId: 21, articleId: 50 }]) },
      undefined,
    ],
    [
      "an article naming nothing stored besides the surname: no link",
      entity("PERSON", "varrow", "Varrow"),
      [],
      { ...VARROW_FULL_NAME, context: story([]) },
      undefined,
    ],
    [
      "nor a full name taking a bare surname stored, from an article naming nothing stored besides",
      entity("PERSON", "tobias varrow", "Tobias Varrow"),
      [],
      { ...VARROW_STORED_BARE, context: story([], [{ id: 4, articles: 1 }]) },
      undefined,
    ],
    // Must not fire: linked as before.
    [
      "in a store too small for anything to tell stories apart, sharing nothing is no evidence",
      entity("PERSON", "varrow", "Varrow"),
      [],
      { ...VARROW_FULL_NAME, context: { ...story([]), totalArticles: 10 } },
      { id: 7, weak: true },
    ],
    [
      "a surname in a story that names the club named beside the full name joins it",
      entity("PERSON", "varrow", "Varrow"),
      CLUB_AND_BBC,
      { ...VARROW_FULL_NAME, context: story([{ id: 7, contextId: 20, articleId: 50 }]) },
      { id: 7, weak: true },
    ],
    [
      "an initial form in the same story joins the full name",
      entity("PERSON", "t varrow", "T Varrow"),
      CLUB_AND_BBC,
      { ...VARROW_FULL_NAME, context: story([{ id: 7, contextId: 20, articleId: 50 }]) },
      { id: 7, weak: true },
    ],
    [
      "a full name takes the bare surname stored from the same story",
      entity("PERSON", "tobias varrow", "Tobias Varrow"),
      CLUB_AND_BBC,
      { ...VARROW_STORED_BARE, context: story([{ id: 4, contextId: 20, articleId: 50 }]) },
      { id: 4, weak: false, rekey: true, replaceAliases: true },
    ],
    [
      "a full name written the same way joins whatever the story",
      entity("PERSON", "tobias varrow", "Tobias Varrow"),
      CLUB_AND_BBC,
      {
        ...VARROW_FULL_NAME,
        aliases: [{ id: 7, type: "PERSON", normalizedAlias: "tobias varrow" }],
        context: story([]),
      },
      { id: 7, weak: false },
    ],
  ];
  it.each(rows)("%s", (_name, extracted, stored, candidates, expected) => {
    expect(linkAcrossArticles([extracted], stored, candidates).get(0)).toEqual(expected);
  });
});

describe("planContextLookup", () => {
  const rows: [string, ExtractedEntity[], StoredEntityKey[], LinkCandidates, unknown][] = [
    [
      "asks about the people a surname may join and the article's other stored entities",
      [entity("PERSON", "varrow", "Varrow"), entity("ORGANIZATION", "wexcombe rovers", "Wexcombe")],
      [
        { id: 3, type: "PERSON", key: "varrow" },
        { id: 20, type: "ORGANIZATION", key: "wexcombe rovers" },
      ],
      {
        ...NO_CANDIDATES,
        lastNames: [{ id: 7, lastName: "varrow", key: "tobias varrow" }],
        bareKeys: [
          { id: 4, type: "PERSON", key: "varrow" },
          { id: 5, type: "ORGANIZATION", key: "varrow" },
        ],
      },
      // The bare "Varrow" stored before (#3) is the name being linked, not the story.
      { candidateIds: [4, 7], contextIds: [20] },
    ],
    [
      "nothing to ask when no person may be joined",
      [entity("ORGANIZATION", "wexcombe rovers", "Wexcombe")],
      [{ id: 20, type: "ORGANIZATION", key: "wexcombe rovers" }],
      NO_CANDIDATES,
      undefined,
    ],
    [
      "asks when the article names nothing stored besides: the answer is that nothing is shared",
      [entity("PERSON", "varrow", "Varrow")],
      [],
      { ...NO_CANDIDATES, lastNames: [{ id: 7, lastName: "varrow", key: "tobias varrow" }] },
      { candidateIds: [7], contextIds: [] },
    ],
  ];
  it.each(rows)("%s", (_name, entities, stored, candidates, expected) => {
    expect(planContextLookup(entities, stored, candidates)).toEqual(expected);
  });
});

describe("isFirstNameVariant", () => {
  const rows: [string, string, boolean][] = [
    // One person's first name in two forms.
    ["rafa", "rafael", true],
    ["steve", "steven", true],
    ["vince", "vincent", true],
    ["mathew", "matthew", true],
    ["kostas", "costas", true],
    ["viktor", "victor", true],
    ["katherine", "katharine", true],
    // Two people's.
    ["mick", "nick", false],
    ["tim", "kim", false],
    ["tana", "tama", false],
    ["robbie", "robin", false],
    ["michelle", "michael", false],
    ["jamelia", "james", false],
    ["jo", "joe", false],
    ["steven", "steven", false],
    // A listed nickname and the one name it stands for, either way round.
    ["dave", "david", true],
    ["william", "bill", true],
    ["tony", "anthony", true],
    ["jimmy", "james", true],
    ["mike", "michael", true],
    // A nickname of two names and either; two nicknames of one name; a nickname and another name.
    ["sandy", "alexander", false],
    ["sandy", "sandra", false],
    ["ted", "edward", false],
    ["bill", "will", false],
    ["mike", "michelle", false],
    ["dave", "daniel", false],
    // Another romanisation: "ks" written "x", and one letter more apart.
    ["aleksey", "alexei", true],
    ["aleksandr", "alexandr", true],
    // Never past that: "Alexis" is no "Aleksei", a short "Xena" no "Ksenia".
    ["alexis", "aleksei", false],
    ["xena", "ksenia", false],
  ];
  it.each(rows)("%s and %s: %s", (a, b, expected) => {
    expect(isFirstNameVariant(a, b)).toBe(expected);
  });
});

describe("linkAcrossArticles: a full name under another form of its first name", () => {
  const GERRARD: LinkCandidates = {
    ...NO_CANDIDATES,
    lastNames: [{ id: 7, lastName: "gerrard", key: "steven gerrard" }],
  };
  const rows: [string, ExtractedEntity, LinkCandidates, EntityLink | undefined][] = [
    // Must fire.
    [
      "a short form of the stored first name joins it, weakly",
      entity("PERSON", "steve gerrard", "Steve Gerrard"),
      GERRARD,
      { id: 7, weak: true },
    ],
    [
      "a first name spelled another way joins it, weakly",
      entity("PERSON", "stephen gerrard", "Stephen Gerrard"),
      {
        ...NO_CANDIDATES,
        lastNames: [{ id: 7, lastName: "gerrard", key: "stephan gerrard" }],
      },
      { id: 7, weak: true },
    ],
    [
      "the longer form joins the shorter stored first and takes its key, so either order ends alike",
      entity("PERSON", "steven gerrard", "Steven Gerrard"),
      { ...NO_CANDIDATES, lastNames: [{ id: 7, lastName: "gerrard", key: "steve gerrard" }] },
      { id: 7, weak: false, rekey: true, replaceAliases: true },
    ],
    // Must not fire.
    [
      "two stored people whose first names both fit: neither",
      entity("PERSON", "steve gerrard", "Steve Gerrard"),
      {
        ...NO_CANDIDATES,
        lastNames: [
          { id: 7, lastName: "gerrard", key: "steven gerrard" },
          { id: 8, lastName: "gerrard", key: "stevie gerrard" },
        ],
      },
      undefined,
    ],
    [
      "another first name with the same surname: no link",
      entity("PERSON", "robin gerrard", "Robin Gerrard"),
      { ...NO_CANDIDATES, lastNames: [{ id: 7, lastName: "gerrard", key: "robbie gerrard" }] },
      undefined,
    ],
    [
      "a stored alias ending in the surname carries no first name to compare",
      entity("PERSON", "steve gerrard", "Steve Gerrard"),
      { ...NO_CANDIDATES, lastNames: [{ id: 7, lastName: "gerrard" }] },
      undefined,
    ],
    [
      "the same first name before another surname ending in the same word: no link",
      entity("PERSON", "steve gerrard", "Steve Gerrard"),
      {
        ...NO_CANDIDATES,
        lastNames: [{ id: 7, lastName: "gerrard", key: "steven hay gerrard" }],
      },
      undefined,
    ],
    [
      "a variant from a story sharing nothing telling: no link",
      entity("PERSON", "steve gerrard", "Steve Gerrard"),
      {
        ...GERRARD,
        context: {
          shared: [],
          candidateArticles: [],
          totalArticles: 100,
        },
      },
      undefined,
    ],
    [
      "a stored entity keyed by this very name is that entity, not a variant's",
      entity("PERSON", "steve gerrard", "Steve Gerrard"),
      { ...GERRARD, keys: [{ id: 9, key: "steve gerrard", type: "ORGANIZATION" }] },
      { id: 9, weak: false, recount: true },
    ],
  ];
  it.each(rows)("%s", (_name, extracted, candidates, expected) => {
    const stored = [{ id: 20, type: "ORGANIZATION", key: "wexcombe rovers" }];
    expect(linkAcrossArticles([extracted], stored, candidates).get(0)).toEqual(expected);
  });
});

describe("planLinkLookups: surnames of two key words", () => {
  const rows: [string, ExtractedEntity, string[]][] = [
    // Must fire: stored full names are read by the last word of their key.
    ["a surname with a prefix", entity("PERSON", "pia o varrow", "Pia O'Varrow"), ["varrow"]],
    ["a hyphenated surname", entity("PERSON", "anna kramp vale", "Anna Kramp-Vale"), ["vale"]],
    // Must not change: a surname of one word.
    ["a surname of one word", entity("PERSON", "kostas kenteris", "Kostas Kenteris"), ["kenteris"]],
  ];
  it.each(rows)("%s", (_name, extracted, lastNames) => {
    expect(planLinkLookups([extracted], []).lastNames).toEqual(lastNames);
  });
});

describe("linkAcrossArticles: a surname alone typed OTHER", () => {
  const VARROW: LinkCandidates = {
    ...NO_CANDIDATES,
    lastNames: [{ id: 7, lastName: "varrow", key: "tobias varrow" }],
  };
  const rows: [string, ExtractedEntity, LinkCandidates, EntityLink | undefined][] = [
    // Must fire.
    [
      "joins the one stored full name, weakly, and the mentions vote on the type",
      entity("OTHER", "varrow", "Varrow"),
      VARROW,
      { id: 7, weak: true, recount: true },
    ],
    [
      "a full name takes over its surname stored alone as OTHER",
      entity("PERSON", "tobias varrow", "Tobias Varrow"),
      { ...NO_CANDIDATES, bareKeys: [{ id: 4, type: "OTHER", key: "varrow" }] },
      { id: 4, weak: false, rekey: true, replaceAliases: true, recount: true },
    ],
    // Must not fire.
    [
      "a work taken for a person is no one's surname",
      entity("OTHER", "aviator", "Aviator"),
      { ...NO_CANDIDATES, lastNames: [{ id: 7, lastName: "aviator", key: "the aviator" }] },
      undefined,
    ],
    [
      "a title taken for a person does not take an OTHER stored alone",
      entity("PERSON", "the aviator", "The Aviator"),
      { ...NO_CANDIDATES, bareKeys: [{ id: 4, type: "OTHER", key: "aviator" }] },
      undefined,
    ],
    [
      "a surname several well-known people share joins nobody",
      entity("OTHER", "clinton", "Clinton"),
      { ...NO_CANDIDATES, lastNames: [{ id: 7, lastName: "clinton", key: "bill clinton" }] },
      undefined,
    ],
    [
      "an organisation's one-word name never joins a person by surname",
      entity("ORGANIZATION", "varrow", "Varrow"),
      VARROW,
      undefined,
    ],
    [
      "two stored full names: neither",
      entity("OTHER", "varrow", "Varrow"),
      {
        ...NO_CANDIDATES,
        lastNames: [
          { id: 7, lastName: "varrow", key: "tobias varrow" },
          { id: 8, lastName: "varrow", key: "gina varrow" },
        ],
      },
      undefined,
    ],
  ];
  it.each(rows)("%s", (_name, extracted, candidates, expected) => {
    expect(linkAcrossArticles([extracted], [], candidates).get(0)).toEqual(expected);
  });
});

describe("linkAcrossArticles: a recurring feast tells no story apart", () => {
  const shared = (contextId: number): LinkCandidates => ({
    ...NO_CANDIDATES,
    lastNames: [{ id: 7, lastName: "varrow", key: "tobias varrow" }],
    context: {
      shared: [{ id: 7, contextId, articleId: 1 }],
      candidateArticles: [{ id: 7, articles: 1 }],
      totalArticles: 100,
    },
  });
  const rows: [string, StoredEntityKey, EntityLink | undefined][] = [
    // Must fire: a club both stories name.
    ["a club", { id: 30, type: "ORGANIZATION", key: "wexcombe rovers" }, { id: 7, weak: true }],
    // Must not: only a feast both name.
    ["Christmas alone", { id: 31, type: "EVENT", key: "event:christmas" }, undefined],
    ["Ramadan alone", { id: 32, type: "EVENT", key: "event:ramadan" }, undefined],
  ];
  it.each(rows)("%s shared with the stored person's story", (_name, context, expected) => {
    const bare = entity("PERSON", "varrow", "Varrow");
    expect(linkAcrossArticles([bare], [context], shared(context.id)).get(0)).toEqual(expected);
  });
});

describe("isMiddleFormOf", () => {
  const rows: [string, string, boolean][] = [
    // Must fire: a middle initial or two, a surname particle, left out.
    ["george bush", "george w bush", true],
    ["harold cole", "harold j k cole", true],
    ["rodrigo rato", "rodrigo de rato", true],
    ["marta brenta", "marta dal brenta", true],
    // Must not: a middle name written out, a name with a middle of its own, another first name
    // or last word, an initial as the first name, the same name, the long form first.
    ["steven gerrard", "steven hay gerrard", false],
    ["george w bush", "george h w bush", false],
    ["george bush", "laura w bush", false],
    ["george bush", "george w bushell", false],
    ["g bush", "g w bush", false],
    ["george bush", "george bush", false],
    ["george w bush", "george bush", false],
    ["harold cole", "harold a b c cole", false],
  ];
  it.each(rows)("%s of %s: %s", (short, long, expected) => {
    expect(isMiddleFormOf(short, long)).toBe(expected);
  });
});

describe("linkAcrossArticles: a full name with a middle initial or particle left out", () => {
  const stored = (key: string, id = 7): LinkCandidates => ({
    ...NO_CANDIDATES,
    lastNames: [{ id, lastName: key.split(" ").at(-1) as string, key }],
  });
  const rows: [string, ExtractedEntity, LinkCandidates, EntityLink | undefined][] = [
    // Must fire.
    [
      "the name without its middle initial joins the stored one, weakly",
      entity("PERSON", "harold cole", "Harold Cole"),
      stored("harold j cole"),
      { id: 7, weak: true },
    ],
    [
      "the name with its middle initial joins the stored short one and takes its key",
      entity("PERSON", "harold j cole", "Harold J. Cole"),
      stored("harold cole"),
      { id: 7, weak: false, rekey: true, replaceAliases: true },
    ],
    [
      "a surname particle left out joins, weakly",
      entity("PERSON", "marta brenta", "Marta Brenta"),
      stored("marta dal brenta"),
      { id: 7, weak: true },
    ],
    // Must not fire.
    [
      "two stored people the short name fits: neither",
      entity("PERSON", "harold cole", "Harold Cole"),
      {
        ...NO_CANDIDATES,
        lastNames: [
          { id: 7, lastName: "cole", key: "harold j cole" },
          { id: 8, lastName: "cole", key: "harold p cole" },
        ],
      },
      undefined,
    ],
    [
      "another middle initial than the stored one's: no link",
      entity("PERSON", "harold p cole", "Harold P. Cole"),
      stored("harold j cole"),
      undefined,
    ],
    [
      "a middle name written out: no link",
      entity("PERSON", "harold cole", "Harold Cole"),
      stored("harold jasper cole"),
      undefined,
    ],
    [
      "a story sharing nothing telling: no link",
      entity("PERSON", "harold cole", "Harold Cole"),
      {
        ...stored("harold j cole"),
        context: { shared: [], candidateArticles: [], totalArticles: 100 },
      },
      undefined,
    ],
  ];
  it.each(rows)("%s", (_name, extracted, candidates, expected) => {
    const context = [{ id: 20, type: "ORGANIZATION", key: "wexcombe rovers" }];
    expect(linkAcrossArticles([extracted], context, candidates).get(0)).toEqual(expected);
  });
});

describe("linkAcrossArticles: a full name under a nickname of its first name", () => {
  const HALE = (key: string): LinkCandidates => ({
    ...NO_CANDIDATES,
    lastNames: [{ id: 7, lastName: "hale", key }],
  });
  const rows: [string, ExtractedEntity, LinkCandidates, EntityLink | undefined][] = [
    // Must fire.
    [
      "a nickname of the stored first name joins it, weakly",
      entity("PERSON", "dave hale", "Dave Hale"),
      HALE("david hale"),
      { id: 7, weak: true },
    ],
    [
      "the name a stored nickname stands for joins it and takes its key",
      entity("PERSON", "william hale", "William Hale"),
      HALE("bill hale"),
      { id: 7, weak: false, rekey: true, replaceAliases: true },
    ],
    [
      "the name keeps its key against a nickname as long as it",
      entity("PERSON", "james hale", "James Hale"),
      HALE("jimmy hale"),
      { id: 7, weak: false, rekey: true, replaceAliases: true },
    ],
    [
      "a nickname as long as the stored name takes not its key",
      entity("PERSON", "jimmy hale", "Jimmy Hale"),
      HALE("james hale"),
      { id: 7, weak: true },
    ],
    // Must not fire.
    [
      "a nickname of two names: no link",
      entity("PERSON", "sandy hale", "Sandy Hale"),
      HALE("alexander hale"),
      undefined,
    ],
    [
      "another nickname of the same name: no link",
      entity("PERSON", "will hale", "Will Hale"),
      HALE("bill hale"),
      undefined,
    ],
    [
      "two stored people the nickname fits: neither",
      entity("PERSON", "dave hale", "Dave Hale"),
      {
        ...NO_CANDIDATES,
        lastNames: [
          { id: 7, lastName: "hale", key: "david hale" },
          { id: 8, lastName: "hale", key: "davey hale" },
        ],
      },
      undefined,
    ],
    [
      "a nickname from a story sharing nothing telling: no link",
      entity("PERSON", "dave hale", "Dave Hale"),
      {
        ...HALE("david hale"),
        context: {
          shared: [],
          candidateArticles: [],
          totalArticles: 100,
        },
      },
      undefined,
    ],
  ];
  it.each(rows)("%s", (_name, extracted, candidates, expected) => {
    const stored = [{ id: 20, type: "ORGANIZATION", key: "wexcombe rovers" }];
    expect(linkAcrossArticles([extracted], stored, candidates).get(0)).toEqual(expected);
  });
});

describe("linkAcrossArticles: a bare given name and a stored person of that surname", () => {
  // "Owen" is a given name as well as the stored Mira Owen's surname.
  const OWEN_FULL_NAME: LinkCandidates = {
    ...NO_CANDIDATES,
    lastNames: [{ id: 7, lastName: "owen", key: "mira owen" }],
  };
  const OWEN_STORED_BARE: LinkCandidates = {
    ...NO_CANDIDATES,
    bareKeys: [{ id: 4, type: "PERSON", key: "owen" }],
  };
  const rows: [
    string,
    ExtractedEntity,
    StoredEntityKey[],
    LinkCandidates,
    EntityLink | undefined,
  ][] = [
    // Must fire: no link without evidence of one story.
    [
      "a given name in an article naming nothing stored besides joins no surname",
      entity("PERSON", "owen", "Owen"),
      [],
      OWEN_FULL_NAME,
      undefined,
    ],
    [
      "nor in an article naming only the outlet",
      entity("PERSON", "owen", "Owen"),
      [{ id: 21, type: "ORGANIZATION", key: "org:bbc" }],
      { ...OWEN_FULL_NAME, context: story([{ id: 7, contextId: 21, articleId: 50 }]) },
      undefined,
    ],
    [
      "nor in a story sharing only a place, telling as it is",
      entity("PERSON", "owen", "Owen"),
      [{ id: 22, type: "PLACE", key: "quillmoor" }],
      {
        ...OWEN_FULL_NAME,
        context: {
          shared: [{ id: 7, contextId: 22, articleId: 50 }],
          candidateArticles: [],
          totalArticles: 100,
        },
      },
      undefined,
    ],
    [
      "nor by an alias that is the surname alone",
      entity("PERSON", "owen", "Owen"),
      [],
      { ...OWEN_FULL_NAME, aliases: [{ id: 7, type: "PERSON", normalizedAlias: "owen" }] },
      undefined,
    ],
    [
      "a full name takes no bare given name stored, with no evidence of one story",
      entity("PERSON", "mira owen", "Mira Owen"),
      [],
      OWEN_STORED_BARE,
      undefined,
    ],
    [
      "a full name takes no bare given name stored from two stories when one names nothing in common",
      entity("PERSON", "mira owen", "Mira Owen"),
      CLUB_AND_BBC,
      {
        ...OWEN_STORED_BARE,
        context: story([{ id: 4, contextId: 20, articleId: 50 }], [{ id: 4, articles: 2 }]),
      },
      undefined,
    ],
    // Must not fire: a telling name in common, or a word that is no given name.
    [
      "a given name in a story naming the club named beside the full name joins it",
      entity("PERSON", "owen", "Owen"),
      CLUB_AND_BBC,
      { ...OWEN_FULL_NAME, context: story([{ id: 7, contextId: 20, articleId: 50 }]) },
      { id: 7, weak: true },
    ],
    [
      "a full name takes the bare given name stored from the same story",
      entity("PERSON", "mira owen", "Mira Owen"),
      CLUB_AND_BBC,
      {
        ...OWEN_STORED_BARE,
        context: story([{ id: 4, contextId: 20, articleId: 50 }], [{ id: 4, articles: 1 }]),
      },
      { id: 4, weak: false, rekey: true, replaceAliases: true },
    ],
    [
      "or from stories that each name the club",
      entity("PERSON", "mira owen", "Mira Owen"),
      CLUB_AND_BBC,
      {
        ...OWEN_STORED_BARE,
        context: story(
          [
            { id: 4, contextId: 20, articleId: 50 },
            { id: 4, contextId: 20, articleId: 51 },
          ],
          [{ id: 4, articles: 2 }],
        ),
      },
      { id: 4, weak: false, rekey: true, replaceAliases: true },
    ],
    [
      "a surname that is no given name in an article naming nothing stored besides joins",
      entity("PERSON", "varrow", "Varrow"),
      [],
      { ...NO_CANDIDATES, lastNames: [{ id: 7, lastName: "varrow", key: "tobias varrow" }] },
      { id: 7, weak: true },
    ],
  ];
  it.each(rows)("%s", (_name, extracted, stored, candidates, expected) => {
    expect(linkAcrossArticles([extracted], stored, candidates).get(0)).toEqual(expected);
  });
});

// One name written with other spaces, hyphens or inner capitals in another article (issue 10):
// "SonyBMG" and "Sony BMG", "Mercedes Benz" and the listed "Mercedes-Benz".
describe("linkAcrossArticles: a name in another spacing", () => {
  const stored = (normalizedAlias: string, key: string, type: EntityType = "ORGANIZATION") => ({
    ...NO_CANDIDATES,
    aliases: [{ id: 5, type, normalizedAlias, key }],
  });
  const rows: [string, ExtractedEntity, LinkCandidates, EntityLink | undefined][] = [
    // Must fire.
    [
      "the spaced name joins the name run together, and its key is kept",
      entity("ORGANIZATION", "sony bmg", "Sony BMG"),
      stored("sonybmg", "sonybmg"),
      { id: 5, weak: false, rekey: true },
    ],
    [
      "the name run together joins the spaced one, whose key stays",
      entity("ORGANIZATION", "sonybmg", "SonyBMG"),
      stored("sony bmg", "sony bmg"),
      { id: 5, weak: false },
    ],
    [
      "a hyphenated name joins the one run together",
      entity("OTHER", "spider man", "Spider-Man"),
      stored("spiderman", "spiderman", "OTHER"),
      { id: 5, weak: false, rekey: true },
    ],
    [
      "a spaced name joins the listed hyphenated one",
      entity("ORGANIZATION", "mercedes benz", "Mercedes Benz"),
      stored("mercedes-benz", "company:mercedes-benz"),
      { id: 5, weak: false },
    ],
    [
      "the listed hyphenated name takes the spaced one stored before, with its key",
      entity("ORGANIZATION", "company:mercedes-benz", "Mercedes-Benz"),
      stored("mercedes benz", "mercedes benz"),
      { id: 5, weak: false, rekey: true },
    ],
    // Must not fire.
    [
      "another type is another thing",
      entity("ORGANIZATION", "band aid", "Band Aid"),
      stored("bandaid", "bandaid", "OTHER"),
      undefined,
    ],
    [
      "another letter is another name",
      entity("OTHER", "walk men", "Walk Men"),
      stored("walkman", "walkman", "OTHER"),
      undefined,
    ],
    [
      "a person's parts are not run together",
      entity("PERSON", "anna berg", "Anna Berg"),
      stored("annaberg", "annaberg", "PERSON"),
      undefined,
    ],
    [
      "five words are words, not one name spaced two ways",
      entity("ORGANIZATION", "north sea oil and gas", "North Sea Oil And Gas"),
      stored("northseaoilandgas", "northseaoilandgas"),
      undefined,
    ],
  ];
  it.each(rows)("%s", (_name, extracted, candidates, expected) => {
    expect(linkAcrossArticles([extracted], [], candidates).get(0)).toEqual(expected);
  });
});

// A bare surname stored apart, and a full name that a later article stores: "Varrow" (#4) of a
// story the first "Tobias Varrow" (#7) article shared nothing with.
describe("planRejoins: a bare surname stored apart joins the full name a later article stores", () => {
  const CLUB = { id: 20, type: "ORGANIZATION", key: "wexcombe rovers" };
  const CITY = { id: 22, type: "PLACE", key: "wexcombe" };
  const OUTLET = { id: 21, type: "ORGANIZATION", key: "org:bbc" };
  const candidate = (overrides: Partial<RejoinCandidate>): RejoinCandidate => ({
    id: 7,
    bareId: 4,
    surname: "varrow",
    rivals: 0,
    writesSurname: false,
    bareArticles: [50, 51],
    fullArticles: [60, 61],
    shared: [
      { articleId: 50, row: CLUB },
      { articleId: 51, row: CLUB },
    ],
    ...overrides,
  });
  const rows: [string, RejoinCandidate, { into: number; from: number; weak: boolean }[]][] = [
    // Must fire.
    [
      "every article of the bare surname names the club of one of the full name's",
      candidate({}),
      [{ into: 7, from: 4, weak: true }],
    ],
    [
      "a full name that writes the surname alone itself takes its aliases (not weak)",
      candidate({ writesSurname: true }),
      [{ into: 7, from: 4, weak: false }],
    ],
    // Must not fire.
    [
      "one article of the bare surname shares nothing: the pool stays apart",
      candidate({ shared: [{ articleId: 50, row: CLUB }] }),
      [],
    ],
    [
      "another stored person ends in the surname: which one is not known",
      candidate({ rivals: 1 }),
      [],
    ],
    [
      "a city or the outlet tells no story apart",
      candidate({
        shared: [
          { articleId: 50, row: CITY },
          { articleId: 51, row: OUTLET },
        ],
      }),
      [],
    ],
    ["an article naming both kept them apart itself", candidate({ fullArticles: [50, 60] }), []],
    [
      "the bare entity or the full name itself is no shared context",
      candidate({
        shared: [
          { articleId: 50, row: { id: 7, type: "PERSON", key: "tobias varrow" } },
          { articleId: 51, row: { id: 4, type: "PERSON", key: "varrow" } },
        ],
      }),
      [],
    ],
  ];
  it.each(rows)("%s", (_name, input, expected) => {
    expect(planRejoins([input])).toEqual(expected);
  });

  it("asks for a full name's surname, never a shared surname's nor an initial form's", () => {
    expect(
      planRejoinLookups(
        [
          entity("PERSON", "tobias varrow", "Tobias Varrow"),
          entity("PERSON", "bill clinton", "Bill Clinton"),
          entity("PERSON", "j varrow", "J Varrow"),
          entity("ORGANIZATION", "wexcombe rovers", "Wexcombe Rovers"),
        ],
        [7, 8, 9, 20],
      ),
    ).toEqual([{ id: 7, surname: "varrow" }]);
  });

  it("never asks for the last word of a work the tagger took for a person", () => {
    expect(
      planRejoinLookups(
        [
          entity("PERSON", "the aviator", "The Aviator"),
          entity("PERSON", "lord of the rings", "Lord of the Rings"),
          entity("PERSON", "gina marsh", "Gina Marsh"),
          entity("PERSON", "tom a hale", "Tom A Hale"),
        ],
        [7, 8, 9, 10],
      ),
    ).toEqual([
      { id: 9, surname: "marsh" },
      { id: 10, surname: "hale" },
    ]);
  });
});
