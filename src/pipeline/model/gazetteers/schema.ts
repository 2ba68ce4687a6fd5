/**
 * Shapes of the hand-curated gazetteer data; `3-recognize/gazetteer/build-gazetteer.ts` turns them into lookup maps.
 *
 * Alias conventions shared by every data module:
 * - an alias written with a leading lowercase "the " ("the Guardian") only matches after a
 *   "the"/"The" token, and the article is not part of the mention span;
 * - any other alias matches on its own ("Kremlin" also matches in "the Kremlin");
 * - acronyms are matched case-sensitively ("WHO" is the organisation, "who" is not).
 */

/** Kinds of organisation the graph distinguishes. */
export type OrganizationKind = "international" | "news" | "government" | "party" | "company";

/** Kinds of place the graph distinguishes. */
export type PlaceKind =
  | "capital"
  | "city"
  | "region"
  | "state"
  | "province"
  | "continent"
  | "sea"
  | "territory"
  | "building";

/** Kinds of country entry: a current state or one that no longer exists. */
export type CountryKind = "state" | "historical";

/** Kinds of named nominal: AGREEMENT/EVENT carry no finer kind; projects are typed OTHER. */
export type NominalKind = "agreement" | "event" | "project";

/** A hand-written country record (historical states, or additions to a world-countries record). */
export interface CountrySeed {
  /** ISO 3166-1 alpha-3, a withdrawn ISO code (SUN, YUG, DDR, CSK) or a custom X-prefixed code. */
  key: string;
  canonical: string;
  aliases?: string[];
  acronyms?: string[];
  /** Adjectives and nouns for the people ("Chinese", "Americans"). */
  demonyms?: string[];
  capital?: string;
  /** Extra spellings of the capital ("Kiev" for Kyiv). */
  capitalAliases?: string[];
  /** A representative point (world-countries' `latlng`), in decimal degrees. */
  coordinates?: { latitude: number; longitude: number };
}

/** A hand-written place record. */
export interface PlaceSeed {
  name: string;
  kind: PlaceKind;
  /** Key of the country the place lies in, when it lies in one. */
  country?: string;
  /**
   * Keys of the countries that each have a region of this name ("Punjab": India and Pakistan);
   * the article's countries choose one, which keys it apart (`place:punjab-pak`).
   */
  sharedBy?: string[];
  aliases?: string[];
  acronyms?: string[];
  /** Explicit key when the slug of `name` would collide ("place:georgia-us"). */
  key?: string;
}

/** A hand-written organisation record. */
export interface OrganizationSeed {
  key: string;
  canonical: string;
  kind: OrganizationKind;
  acronyms?: string[];
  aliases?: string[];
  /** Country keys of known members: background only, never evidence of a relation. */
  members?: string[];
  /** Key of the country a government body or party belongs to. */
  country?: string;
  /** Web domains that stand for the organisation in bylines and links ("wsws.org"). */
  domains?: string[];
}

/** A hand-written named agreement, event or project ("the Paris Agreement", "the Cold War"). */
export interface NominalSeed {
  key: string;
  canonical: string;
  type: "AGREEMENT" | "EVENT" | "OTHER";
  /** The head noun the name stands for ("treaty", "war", "pipeline"). */
  head: string;
  aliases?: string[];
  acronyms?: string[];
  /** Country or organisation keys of the parties, for agreements where short to list. */
  members?: string[];
}

/** A building, street or district that stands for a government ("the Kremlin" → Russia). */
export interface SeatSeed {
  /** Surface forms; a leading lowercase "the " follows the alias convention above. */
  names: string[];
  /** Key of the country or organisation it stands for. */
  standsFor: string;
  /** What the words mean literally: a place, or an organisation such as the Pentagon. */
  literal: { key: string; canonical: string; type: "PLACE" | "ORGANIZATION" };
}
