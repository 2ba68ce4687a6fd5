import { describe, expect, it } from "vitest";
import { segmentText } from "../../../src/pipeline/2-segment/segment.js";
import { recognizeMentions } from "../../../src/pipeline/3-recognize/recognize.js";
import { resolveMentions } from "../../../src/pipeline/4-resolve/resolve.js";
import { findWorkTitles } from "../../../src/pipeline/5-relate/work-titles.js";

/** The names of a text's entities read as works' titles, and those not. */
function worksOf(text: string): { works: string[]; others: string[] } {
  const sentences = segmentText(text);
  const resolution = resolveMentions(recognizeMentions(text, sentences), sentences);
  const isWork = findWorkTitles(sentences, resolution);
  const names = resolution.entities.map((entity) => entity.name);
  return {
    works: names.filter((_, index) => isWork[index]),
    others: names.filter((_, index) => !isWork[index]),
  };
}

describe("findWorkTitles: what the words beside a name say it is", () => {
  const rows: [text: string, works: string[], others: string[]][] = [
    // Described after the name, by a comma or a copula, with a work noun that ends its phrase.
    ["Kestrel Dawn, a fantasy set in ancient Rome, sold well.", ["Kestrel Dawn"], []],
    ["Critics said Kestrel Dawn is an enchanting book.", ["Kestrel Dawn"], []],
    // A work noun in the possessive describes the name by what it does for the work.
    ["Sales rose at Brackla, the game's developer, this year.", [], ["Brackla"]],
    // Described before it: "their new release, X".
    ["The band topped the album chart with their new release, Grey Cities.", ["Grey Cities"], []],
    // Listed with a work, even when a demonym and a work noun announce that work.
    [
      "It is up against Silver Orchard, Paper Kites and British film Grey Meadow.",
      ["Silver Orchard", "Paper Kites", "Grey Meadow"],
      [],
    ],
    // A work noun before the title's own "The"; a work's other name in brackets after it.
    [
      "Russian drama The Homecoming (Vozvrat) has been named winner of the award.",
      ["Homecoming", "Vozvrat"],
      [],
    ],
    // A title a work was adapted or remade from, with the small words it keeps; its maker in the
    // possessive is no title.
    [
      "He starred in Tom Fell's big screen adaptation of Fear and Loathing in Las Vegas.",
      ["Fear and Loathing"],
      ["Tom Fell", "Las Vegas"],
    ],
    [
      "The word will appear in the 2005 version of Oxbridge-Lark's printed dictionary.",
      [],
      ["Oxbridge-Lark"],
    ],
    // Any work noun before a title's "The": "the play The X".
    ["Officials have banned the play The Grey Cities.", ["Grey Cities"], []],
    // A compound noun makes a firm, a plain list of firms stays firms.
    ["Halcyon Interactive, a game maker based in Leeds, cut 40 jobs.", [], ["Halcyon Interactive"]],
    ["Shares in Brightwater Holdings, a British retailer, rose.", [], ["Brightwater Holdings"]],
    ["It can run a video game, Halcyon Interactive said.", [], ["Halcyon Interactive"]],
    ["Sony, Nintendo and Microsoft cut prices.", [], ["Sony", "Nintendo", "Microsoft"]],
  ];
  it.each(rows)("%s", (text, works, others) => {
    const found = worksOf(text);
    for (const name of works) expect(found.works).toContain(name);
    for (const name of others) expect(found.others).toContain(name);
  });
});
