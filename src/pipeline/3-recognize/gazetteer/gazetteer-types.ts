/** Shapes shared by the gazetteer's builder, its look-ups and its token matchers. */

import type { EntityType } from "../../../domain/vocabulary.js";
import type {
  CountryKind,
  NominalKind,
  OrganizationKind,
  PlaceKind,
} from "../../model/gazetteers/schema.js";

/** The finer kind of a gazetteer entry (organisation kind, place kind, ...). */
export type GazetteerKind = OrganizationKind | PlaceKind | CountryKind | NominalKind;

/** One canonical entity known to the gazetteer. */
export interface GazetteerEntry {
  /** Stable key: ISO alpha-3 for countries, "org:…", "place:…", "agreement:…", "event:…", "other:…". */
  key: string;
  canonical: string;
  type: EntityType;
  /** Every other surface form (names, official names, acronyms); demonyms are listed apart. */
  aliases: string[];
  acronyms?: string[];
  demonyms?: string[];
  kind?: GazetteerKind;
  /** Countries: the capital's name. */
  capital?: string;
  /** Organisations and agreements: member/party keys, background only, never evidence. */
  members?: string[];
  /** Places, government bodies and parties: the key of the country they belong to. */
  country?: string;
  /** A region name several countries' regions share ("Punjab"): those countries' keys. */
  sharedBy?: string[];
}

/** How a surface matched its entry. */
export type MatchVia = "name" | "alias" | "acronym" | "demonym" | "metonym";

/** A pointer to an entity: enough for the resolver to link a mention. */
export interface GazetteerRef {
  key: string;
  canonical: string;
  type: EntityType;
}

/** What a metonym stands for: a capital or a seat of government standing for a state or body. */
export interface MetonymMatch {
  /** The state it stands for; for "Brussels" the European Union (an ORGANIZATION). */
  country: GazetteerRef;
  kind: "capital" | "seat-of-government";
  /** The literal reading of the words (the city, the building, or the Pentagon's department). */
  literal: GazetteerRef;
  /** Other things the same words can stand for ("Brussels": Belgium, NATO). */
  alternatives?: Array<GazetteerRef & { kind: "capital" | "seat-of-government" }>;
}

/** An entity-layer mention over token indices of one sentence (end exclusive). */
export interface GazetteerMention {
  start: number;
  end: number;
  type: EntityType;
  key: string;
  canonical: string;
  via: MatchVia;
  /** On metonym readings: the literal place/organisation the words name. */
  literal?: GazetteerRef;
  /** On literal readings of capitals and seats: what the words could stand for instead. */
  metonymOf?: MetonymMatch;
  /** Set when the mention is part of a hyphenated token ("US-dominated", "Sino-Soviet"). */
  compound?: true;
}

/** A named agreement, event or project found in a sentence (token indices, end exclusive). */
export interface NominalMention {
  start: number;
  end: number;
  type: "AGREEMENT" | "EVENT" | "OTHER";
  /** The head noun, lowercase ("pact", "summit", "war"). */
  head: string;
  /** Set when the nominal is a listed one ("World War II" → "event:world-war-ii"). */
  key?: string;
  canonical?: string;
}

/** The nominal types, as classified from head nouns. */
export type NominalType = NominalMention["type"];
