import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A firm's possessive before a name the article elsewhere shows to be a product. */
const PRODUCTS: FactRow[] = [
  [
    "Sales of Nintendo's Zorblat rose in May. The Zorblat handheld costs £99.",
    ["Nintendo PRODUCES Zorblat"],
  ],
  [
    "Fans bought Sony's Krellix on Monday. Reviewers liked the Krellix media player.",
    ["Sony PRODUCES Krellix"],
  ],
  [
    "Engineers praised Nokia's new Quillo. Its rivals lack a Quillo game phone.",
    ["Nokia PRODUCES Quillo"],
  ],
  // A model code after the name is no sign of a cut name (the tagger may also take it in).
  ["Fans bought Sony's Vexa DX9 camera on Monday.", ["Sony PRODUCES Vexa"]],
  ["Fans bought Sony's Krellix UX40 media player on Monday.", ["Sony PRODUCES Krellix UX40"]],
  [
    "Nokia's Brandor supercomputer is fast. Fans bought Nokia's Brandor.",
    ["Nokia PRODUCES Brandor"],
  ],
  // A firm the article also names as a brand before a product noun still makes its products.
  [
    "Fans queued for Nintendo's Zorblat handheld. Older Nintendo handhelds sold well. Nintendo said sales rose.",
    ["Nintendo PRODUCES Zorblat"],
  ],
  // A listed company's possessive before a bare name no list knows that ends its noun phrase.
  ["Sony's Vexor was delayed until May.", ["Sony PRODUCES Vexor"]],
  ["Reviewers liked Apple's Quillon and the first Palm.", ["Apple PRODUCES Quillon"]],
  // A name opening with a lower-case "i" is a thing's: "Apple's iZorb".
  ["Critics said Apple's iPod cost too much.", ["Apple PRODUCES iPod"]],
  // An electronics maker of the companies' list.
  ["Critics said Toshiba's Zorbex was slow.", ["Toshiba PRODUCES Zorbex"]],
  // A size or a model code between the possessive and the name.
  ["Critics said Apple's 60GB iZorb was too dear.", ["Apple PRODUCES iZorb"]],
  [
    "Fans bought Sony's KX-505/2 Krellix on Monday. Reviewers liked the Krellix media player.",
    ["Sony PRODUCES Krellix"],
  ],
  // A number before a name that modifies a noun counts things of a unit, not a product.
  ["Staff at Sony's 300 Vexor plants were told.", [], ["Sony PRODUCES Vexor"]],
  // Nothing shows the possessed name to be a product: a unit, an event or a partner.
  [
    "Staff at Nokia's Quillo Labs were told. Quillo Labs works on radio.",
    [],
    ["Nokia PRODUCES Quillo Labs"],
  ],
  // A firm's head word, or a firm no list knows, without a product noun anywhere.
  ["Shares in Sony's Columbia Pictures rose.", [], ["Sony PRODUCES Columbia Pictures"]],
  ["Fans bought Vexacorp's Zorblat on Monday.", [], ["Vexacorp PRODUCES Zorblat"]],
  // The name modifies a noun: a unit of the firm, not a product.
  ["Staff at Sony's Vexor plant were told.", [], ["Sony PRODUCES Vexor"]],
];

describe("relate: products named by a firm's possessive", () => {
  it.each(PRODUCTS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});

/** A product named with its maker after "from": a product the article shows, or a thing's name with a listed company. */
const FROM_MAKERS: FactRow[] = [
  [
    "Fans queued for the fashionable iZorb from Apple. Critics said it cost too much.",
    ["Apple PRODUCES iZorb"],
  ],
  [
    "Fans queued for the Zorblat handheld. Stores had the Zorblat from Nintendo.",
    ["Nintendo PRODUCES Zorblat"],
  ],
  ["Fans want the iZorb from Apple and its rivals.", ["Apple PRODUCES iZorb"]],
  // A move from one firm to another, and a firm's own place, name no maker.
  ["He moved his files from the iZorb from Apple to Sony.", [], ["Apple PRODUCES iZorb"]],
  [
    "Fans queued for the Zorblat handheld. Nokia bought the Zorblat from Sony's shops.",
    [],
    ["Sony PRODUCES Zorblat"],
  ],
];

describe("relate: products named with their maker after from", () => {
  it.each(FROM_MAKERS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});

/** A firm's product noun, then the product's name in apposition; "its" is the sentence's firm. */
const APPOSED: FactRow[] = [
  [
    "Fans liked Nintendo's new portable games device, the Zorblat, at the show.",
    ["Nintendo PRODUCES Zorblat"],
  ],
  [
    "Players can join Sony's subscription-based broadband network, Krellix Online.",
    ["Sony PRODUCES Krellix Online"],
  ],
  [
    "Microsoft is updating its operating system, Windows, this year.",
    ["Microsoft PRODUCES Windows"],
  ],
  // A name after the comma that opens a clause is no product's.
  ["Nintendo's new handheld console, Sony said, is cheap.", [], ["Nintendo PRODUCES Sony"]],
  // A firm's own words after the possessive name no product.
  ["Nokia's chief executive, Microsoft, said so.", [], ["Nokia PRODUCES Microsoft"]],
];

describe("relate: products named in apposition to a firm's product noun", () => {
  it.each(APPOSED)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
