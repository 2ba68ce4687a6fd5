import { describe, expect, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A firm's home read off the words that describe it: words of rank, a rival's demonym. */
const ORIGINS: FactRow[] = [
  // Words of rank between the apposition's article and its demonym.
  ["Sales at Walmart, the largest US retailer, rose.", ["Walmart BASED_IN United States"]],
  [
    "Profits at Toyota, the only major Japanese car firm in profit, rose.",
    ["Toyota BASED_IN Japan"],
  ],
  ["Renault, a leading French carmaker, said sales grew.", ["Renault BASED_IN France"]],
  // A name of several words opening with its own article after the description.
  [
    "It is being examined by US stock market regulator the Zorvex Trading Commission.",
    ["Zorvex Trading Commission BASED_IN United States"],
  ],
  ["A British bank the FSA fined last year said so.", [], ["FSA BASED_IN United Kingdom"]],
  // A rival named by its demonym.
  ["Airbus is ahead of its US rival Boeing this year.", ["Boeing BASED_IN United States"]],
  ["Honda trails Japanese rivals Toyota in sales.", ["Toyota BASED_IN Japan"]],
  // Four describing words, and the nouns of consultancies, labs and telcos.
  [
    "Nokia and Canada-based mobile phone software company Sierra Wireless agreed a deal.",
    ["Sierra Wireless BASED_IN Canada"],
  ],
  [
    "A report by UK-based market research consultancy Ovum said so.",
    ["Ovum BASED_IN United Kingdom"],
  ],
  ["The Finnish security lab F-Secure said so.", ["F-Secure BASED_IN Finland"]],
  // Five describing words, two trades joined by "and".
  [
    "But Zorvex Systems, the US mobile handset and infrastructure maker, held a clinic.",
    ["Zorvex Systems BASED_IN United States"],
  ],
  // A city of two words before "-based" is the compound's place.
  ["Shares in Santa Monica-based Zorvex rose.", ["Zorvex BASED_IN Santa Monica"]],
  ["The firm signed a deal with US telco SBC on Monday.", ["SBC BASED_IN United States"]],
  // A preposition or a clause's word starts another phrase: the firm is not the demonym's.
  ["Sales at Nissan, a unit of the French carmaker, rose.", [], ["Nissan BASED_IN France"]],
  ["Sales at Nissan, which the French carmaker bought, rose.", [], ["Nissan BASED_IN France"]],
  // Words of rank need their article.
  ["Sales at Nissan, largest French carmaker, rose.", [], ["Nissan BASED_IN France"]],
];

describe("relate: where a described firm is from", () => {
  it.each(ORIGINS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});

/** Business nouns that head a firm's description, and a relative clause after the noun. */
const BUSINESS_ORIGINS: FactRow[] = [
  ["Danish brewer Carlborg reported a fall in profits.", ["Carlborg BASED_IN Denmark"]],
  ["Swiss drugmaker Novira bought two rivals.", ["Novira BASED_IN Switzerland"]],
  [
    "Zorvex Bourse, the German stock exchange, raised its dividend.",
    ["Zorvex Bourse BASED_IN Germany"],
  ],
  [
    "The loss came at its Japanese subsidiary Kanto Motors last year.",
    ["Kanto Motors BASED_IN Japan"],
  ],
  [
    "Inbrew paid $300m for Volga Brew, Russia's second-largest brewer, on Monday.",
    ["Volga Brew BASED_IN Russia"],
  ],
  [
    "Banks were barred from lending to Neftegrad, the Russian state-owned company that was expected to win.",
    ["Neftegrad BASED_IN Russia"],
  ],
  [
    "Rosgaz, a Russian oil firm which is merging with a rival, said output rose.",
    ["Rosgaz BASED_IN Russia"],
  ],
  // A plural noun describes every name of its list; a singular one its first name only.
  [
    "US car firms Zorvex Motors (ZM) and Kestrel Auto cut production.",
    ["Zorvex Motors BASED_IN United States", "Kestrel Auto BASED_IN United States"],
  ],
  [
    "Chrysler avoided the fate of US rivals Zorvex Motors and Kestrel Auto last year.",
    ["Zorvex Motors BASED_IN United States", "Kestrel Auto BASED_IN United States"],
  ],
  [
    "Nigerian lenders Zorvex Bank and Okafor Securities agreed to merge.",
    ["Zorvex Bank BASED_IN Nigeria", "Okafor Securities BASED_IN Nigeria"],
  ],
  [
    "The German carmaker Zorvex Motors and Kestrel Auto agreed a deal.",
    ["Zorvex Motors BASED_IN Germany"],
    ["Kestrel Auto BASED_IN Germany"],
  ],
  // The clause's own firm is not the description's.
  [
    "Sales at Nissan, which the French carmaker that Zorvex owns bought, rose.",
    [],
    ["Nissan BASED_IN France"],
  ],
];

describe("relate: where a firm described in business words is from", () => {
  it.each(BUSINESS_ORIGINS)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
