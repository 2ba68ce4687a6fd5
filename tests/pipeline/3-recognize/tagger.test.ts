import { describe, expect, it } from "vitest";
import { decodeStage, runBeam } from "../../../src/pipeline/3-recognize/tagger/beam.js";
import { parseConll } from "../../../src/pipeline/3-recognize/tagger/conll.js";
import {
  computeCasingClassKeys,
  encodeCasingClass,
  expandRoleKeys,
  extractSentenceFeatures,
} from "../../../src/pipeline/3-recognize/tagger/features.js";
import {
  collectCompromiseEntries,
  collectCuratedEntries,
} from "../../../src/pipeline/3-recognize/tagger/gazetteer-sources.js";
import { scoreSpans } from "../../../src/pipeline/3-recognize/tagger/scoring.js";
import {
  decodeBilouLabels,
  decodeIobTags,
  encodeBilouLabels,
  encodeIob1Tags,
  encodeIob2Tags,
  isAllowedTransition,
  LABEL_COUNT,
  LABEL_NAMES,
} from "../../../src/pipeline/3-recognize/tagger/spans.js";
import {
  addSparseRow,
  computeStaticScores,
  selectStageScores,
} from "../../../src/pipeline/3-recognize/tagger/sparse-table.js";
import { loadTagger } from "../../../src/pipeline/3-recognize/tagger/tagger.js";
import {
  CAPS_ALL,
  CAPS_DIGIT,
  CAPS_INITIAL,
  CAPS_LOWER,
  CAPS_MIXED,
  CAPS_PUNCT,
  CAPS_SINGLE,
  computeCapsClass,
  computeShape,
  describeWord,
  type FeatureResources,
  foldWord,
  normalizeToken,
  WordCache,
} from "../../../src/pipeline/3-recognize/tagger/word-features.js";
import {
  KEYS_LISTED_AFTER_TAGGER,
  ORGANIZATION_SEEDS,
} from "../../../src/pipeline/model/gazetteers/organizations.js";
import {
  COMPANY_KEYS_AFTER_TAGGER,
  COMPANY_SEEDS,
} from "../../../src/pipeline/model/lexicons/companies.js";
import type { NerSpan } from "../../../src/pipeline/types.js";

/** Compact span notation: "0-2:PER" is tokens 0 and 1 as PER. */
function spans(...notation: string[]): NerSpan[] {
  return notation.map((n) => {
    const [range, label] = n.split(":") as [string, NerSpan["label"]];
    const [start, end] = range.split("-").map(Number) as [number, number];
    return { start, end, label };
  });
}

describe("decodeIobTags reads IOB1 and IOB2 alike", () => {
  const CASES: [string, NerSpan[]][] = [
    ["I-PER I-PER O I-LOC", spans("0-2:PER", "3-4:LOC")], // IOB1
    ["B-PER I-PER O B-LOC", spans("0-2:PER", "3-4:LOC")], // IOB2
    ["I-PER B-PER", spans("0-1:PER", "1-2:PER")], // IOB1: touching entities of one type
    ["B-PER B-PER", spans("0-1:PER", "1-2:PER")],
    ["I-ORG I-LOC", spans("0-1:ORG", "1-2:LOC")], // type change opens a new entity
    ["O I-MISC I-MISC I-MISC", spans("1-4:MISC")],
    ["B-ORG O I-ORG", spans("0-1:ORG", "2-3:ORG")], // I- after O opens (lenient IOB2)
    ["O O", []],
  ];
  it.each(CASES)("%s", (tags, expected) => {
    expect(decodeIobTags(tags.split(" "))).toEqual(expected);
  });
});

describe("IOB encoders", () => {
  const CASES: [NerSpan[], number, string, string][] = [
    [spans("0-2:PER", "3-4:LOC"), 4, "I-PER I-PER O I-LOC", "B-PER I-PER O B-LOC"],
    [spans("0-1:PER", "1-2:PER"), 2, "I-PER B-PER", "B-PER B-PER"],
    [spans("0-1:ORG", "1-3:LOC"), 3, "I-ORG I-LOC I-LOC", "B-ORG B-LOC I-LOC"],
  ];
  it.each(CASES)("%j", (input, length, iob1, iob2) => {
    expect(encodeIob1Tags(input, length).join(" ")).toBe(iob1);
    expect(encodeIob2Tags(input, length).join(" ")).toBe(iob2);
    expect(decodeIobTags(iob1.split(" "))).toEqual(input);
    expect(decodeIobTags(iob2.split(" "))).toEqual(input);
  });
});

describe("BILOU labels", () => {
  const CASES: [NerSpan[], number, string][] = [
    [spans("0-1:PER"), 2, "U-PER O"],
    [spans("0-3:ORG", "3-4:ORG"), 4, "B-ORG I-ORG L-ORG U-ORG"],
    [spans("1-3:MISC"), 4, "O B-MISC L-MISC O"],
  ];
  it.each(CASES)("%j", (input, length, expected) => {
    const labels = encodeBilouLabels(input, length);
    expect(Array.from(labels, (l) => LABEL_NAMES[l]).join(" ")).toBe(expected);
    expect(decodeBilouLabels(labels)).toEqual(input);
  });

  it("closes entities left open by a sloppy sequence", () => {
    const ids = (names: string) => names.split(" ").map((n) => LABEL_NAMES.indexOf(n));
    expect(decodeBilouLabels(ids("B-PER I-PER"))).toEqual(spans("0-2:PER"));
    expect(decodeBilouLabels(ids("B-PER O U-LOC"))).toEqual(spans("0-1:PER", "2-3:LOC"));
  });

  const TRANSITIONS: [string, string, boolean][] = [
    ["", "B-PER", true],
    ["", "I-PER", false],
    ["B-PER", "I-PER", true],
    ["B-PER", "L-PER", true],
    ["B-PER", "L-LOC", false],
    ["B-PER", "O", false],
    ["L-PER", "U-PER", true],
    ["U-LOC", "L-LOC", false],
    ["O", "O", true],
  ];
  it.each(TRANSITIONS)("%s → %s allowed: %s", (previous, label, expected) => {
    expect(
      isAllowedTransition(
        previous === "" ? -1 : LABEL_NAMES.indexOf(previous),
        LABEL_NAMES.indexOf(label),
      ),
    ).toBe(expected);
  });
});

describe("scoreSpans (conlleval exact match)", () => {
  const CASES: [NerSpan[], NerSpan[], { precision: number; recall: number; f1: number }][] = [
    [spans("0-2:PER"), spans("0-2:PER"), { precision: 100, recall: 100, f1: 100 }],
    [spans("0-2:PER"), spans("0-1:PER"), { precision: 0, recall: 0, f1: 0 }], // boundary wrong
    [spans("0-2:PER"), spans("0-2:ORG"), { precision: 0, recall: 0, f1: 0 }], // type wrong
    [spans("0-2:PER", "3-4:LOC"), spans("0-2:PER"), { precision: 100, recall: 50, f1: 66.67 }],
    [
      spans("0-1:LOC"),
      spans("0-1:LOC", "2-3:ORG", "4-5:MISC", "6-7:PER"),
      { precision: 25, recall: 100, f1: 40 },
    ],
    [[], [], { precision: 0, recall: 0, f1: 0 }],
  ];
  it.each(CASES)("gold %j predicted %j", (gold, predicted, expected) => {
    const { overall } = scoreSpans([gold], [predicted]);
    expect(overall.precision).toBeCloseTo(expected.precision, 2);
    expect(overall.recall).toBeCloseTo(expected.recall, 2);
    expect(overall.f1).toBeCloseTo(expected.f1, 2);
  });

  it("scores per type", () => {
    const result = scoreSpans([spans("0-1:PER", "2-3:LOC")], [spans("0-1:PER", "2-3:ORG")]);
    expect(result.byType.PER.f1).toBe(100);
    expect(result.byType.LOC.recall).toBe(0);
    expect(result.byType.ORG.precision).toBe(0);
  });
});

describe("parseConll", () => {
  // hand-made, not from the data set
  const TEXT = [
    "-DOCSTART- -X- O O",
    "",
    "Anna NNP I-NP I-PER",
    "Berg NNP I-NP I-PER",
    "visited VBD I-VP O",
    "Oslo NNP I-NP I-LOC",
    ". . O O",
    "",
    "-DOCSTART- -X- O O",
    "",
    "Acme NNP I-NP B-ORG",
    "hired VBD I-VP O",
    "",
  ].join("\n");
  it("splits documents and sentences and decodes spans", () => {
    const docs = parseConll(TEXT);
    expect(docs).toHaveLength(2);
    expect(docs[0]?.sentences[0]).toEqual({
      tokens: ["Anna", "Berg", "visited", "Oslo", "."],
      spans: spans("0-2:PER", "3-4:LOC"),
    });
    expect(docs[1]?.sentences[0]?.spans).toEqual(spans("0-1:ORG"));
  });
});

describe("word features", () => {
  const SHAPES: [string, string][] = [
    ["McDonald", "XxXx"],
    ["U.S.", "X.X."],
    ["1,000", "d,d"],
    ["nuclear-armed", "x-x"],
    ["Xi", "Xx"],
  ];
  it.each(SHAPES)("shape of %s is %s", (word, shape) => {
    expect(computeShape(word)).toBe(shape);
  });

  const CAPS: [string, number][] = [
    ["the", CAPS_LOWER],
    ["Moscow", CAPS_INITIAL],
    ["NATO", CAPS_ALL],
    ["I", CAPS_SINGLE],
    ["iPhone", CAPS_MIXED],
    ["1996", CAPS_DIGIT],
    [",", CAPS_PUNCT],
    ["U.S.", CAPS_ALL],
    ["Xi-Putin", CAPS_INITIAL],
  ];
  it.each(CAPS)("capitalisation class of %s is %i", (word, expected) => {
    expect(computeCapsClass(word)).toBe(expected);
  });

  const NORMALISED: [string, string][] = [
    ["’s", "'s"],
    ["“", '"'],
    ["—", "--"],
    ["Moscow", "Moscow"],
  ];
  it.each(NORMALISED)("normalizeToken(%s) is %s", (token, expected) => {
    expect(normalizeToken(token)).toBe(expected);
  });

  it.each([
    ["1996-08-22", "0000-00-00"],
    ["Putin", "putin"],
  ] as [string, string][])("foldWord(%s) is %s", (word, expected) => {
    expect(foldWord(word)).toBe(expected);
  });
});

describe("feature extraction", () => {
  const RESOURCES: FeatureResources = {
    clusters: new Map(),
    gazetteer: new Map(),
    gazetteerMaxLength: 0,
    casing: new Map(),
  };

  const CASING_CONTEXTS: [string, string, string, number, number][] = [
    ["Chinese", "President", "Xi", 0, 0],
    ["the", "President", "Xi", 0, 0],
    ["the", "President", "Xi", 1, 0],
    ["THE", "PRESIDENT", "XI", 0, 1],
  ];
  it.each(CASING_CONTEXTS)(
    "casing context %s %s %s (start %i, headline %i) has its own id and six keys",
    (left, word, right, start, headline) => {
      const [l, w, r] = [left, word, right].map((t) => describeWord(t, RESOURCES)) as [
        ReturnType<typeof describeWord>,
        ReturnType<typeof describeWord>,
        ReturnType<typeof describeWord>,
      ];
      const id = encodeCasingClass(l, w, r, start, headline);
      const others = CASING_CONTEXTS.filter(
        (c) => c.join() !== [left, word, right, start, headline].join(),
      ).map(([a, b, c, s, h]) =>
        encodeCasingClass(
          describeWord(a, RESOURCES),
          describeWord(b, RESOURCES),
          describeWord(c, RESOURCES),
          s,
          h,
        ),
      );
      expect(others).not.toContain(id);
      expect(new Set(computeCasingClassKeys(id)).size).toBe(6);
    },
  );

  it("gives every token the same number of static keys in training as the runtime pieces add up to", () => {
    const tokens = ["Chinese", "President", "Xi", "Jinping", "met", "Putin", "."];
    const features = extractSentenceFeatures(tokens, new WordCache(RESOURCES), RESOURCES);
    const { offsets } = expandRoleKeys(features);
    for (let i = 0; i < tokens.length; i++) {
      const roles = features.words[i]?.roleKeys[0]?.length ?? 0;
      const pairwise = (features.offsets[i + 1] ?? 0) - (features.offsets[i] ?? 0);
      const neighbours = (offsets[i + 1] ?? 0) - (offsets[i] ?? 0) - roles - pairwise - 6;
      expect(neighbours).toBeGreaterThanOrEqual(8); // two left and two right neighbours, pads included
    }
  });
});

describe("gazetteer name lists beyond world-countries", () => {
  // [name, expected NER type]: from the project's curated lists (src/pipeline/model/)
  const CURATED: [string, string][] = [
    ["United Nations", "ORG"],
    ["NATO", "ORG"], // an acronym
    ["Guardian", "ORG"], // "the Guardian": the article is dropped
    ["Kofi Annan", "PER"],
    ["Annan", "PER"], // the list lets the surname alone name him
    ["Silicon Valley", "LOC"],
    ["Chinese", "MISC"], // a demonym
  ];
  const curated = collectCuratedEntries();
  it.each(CURATED)("curated: %s is %s", (name, type) => {
    const types = curated.filter((e) => e.tokens.join(" ") === name).map((e) => e.type);
    expect(types).toContain(type);
  });

  // [word, expected NER type]: compromise's lexicon, lower case as it stores them
  const COMPROMISE: [string, string][] = [
    ["john", "PER"], // a first name
    ["smith", "PER"], // a surname
    ["siemens", "ORG"],
    ["paris", "LOC"],
  ];
  // Organisations listed after the shipped model was trained stay out of its gazetteer, so
  // training rebuilds the shipped model; the keys must name listed organisations.
  it("leaves out the organisations listed after the shipped model", () => {
    const keys = new Set(ORGANIZATION_SEEDS.map((seed) => seed.key));
    expect([...KEYS_LISTED_AFTER_TAGGER].filter((key) => !keys.has(key))).toEqual([]);
    const late = ORGANIZATION_SEEDS.filter((seed) => KEYS_LISTED_AFTER_TAGGER.has(seed.key));
    const names = new Set(curated.map((entry) => entry.tokens.join(" ")));
    expect(late.map((seed) => seed.canonical).filter((name) => names.has(name))).toEqual([]);
    expect(late.length).toBeGreaterThan(0);
  });

  // Companies listed after the shipped model likewise: none of their names is a gazetteer entry.
  it("leaves out the companies listed after the shipped model", () => {
    const late = COMPANY_SEEDS.filter((seed) => COMPANY_KEYS_AFTER_TAGGER.has(seed.key));
    const names = new Set(curated.map((entry) => entry.tokens.join(" ")));
    expect(late.length).toBe(COMPANY_KEYS_AFTER_TAGGER.size);
    expect(
      late.flatMap((seed) => [seed.canonical, ...seed.names]).filter((n) => names.has(n)),
    ).toEqual([]);
    expect(names.has("Vattenfall")).toBe(true);
  });

  const lexicon = collectCompromiseEntries();
  it.each(COMPROMISE)("compromise: %s is %s", (word, type) => {
    const types = lexicon.filter((e) => e.tokens.join(" ") === word).map((e) => e.type);
    expect(types).toEqual([type]);
  });
});

describe("trained tagger", () => {
  it("finds the people and the place of a summit sentence", () => {
    const tokens = [
      "Chinese",
      "President",
      "Xi",
      "Jinping",
      "met",
      "Russian",
      "President",
      "Vladimir",
      "Putin",
      "in",
      "Moscow",
      ".",
    ];
    const [found] = loadTagger().tagDocument([tokens]);
    const named = (found ?? []).map((s) => [tokens.slice(s.start, s.end).join(" "), s.label]);
    expect(named).toContainEqual(["Xi Jinping", "PER"]);
    expect(named).toContainEqual(["Vladimir Putin", "PER"]);
    expect(named).toContainEqual(["Moscow", "LOC"]);
  });

  it("returns one span list per sentence, empty sentences included", () => {
    expect(loadTagger().tagDocument([[], ["Hello"]])).toHaveLength(2);
  });
});

describe("tagging's cached and fused scores equal the plain sums of the model's rows", () => {
  const SENTENCES: string[][] = [
    "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow .".split(" "),
    "Shares in Vodafone rose 3 % on Monday , the London exchange said .".split(" "),
    "MOSCOW 1996-08-22 - Lebed says peace deal signed with Chechen rebels .".split(" "),
    "He said : `` It was Ms Smith 's idea , not the committee 's . ''".split(" "),
  ];

  it("computeStaticScores gives every token the raw sum of its static keys' rows", () => {
    const { table, resources } = loadTagger().model;
    for (const tokens of SENTENCES) {
      const features = extractSentenceFeatures(tokens, new WordCache(resources), resources);
      const { keys, offsets } = expandRoleKeys(features);
      const expected = new Int32Array(tokens.length * table.columns);
      for (let i = 0; i < tokens.length; i++) {
        for (let k = offsets[i] ?? 0; k < (offsets[i + 1] ?? 0); k++) {
          const row = table.index.find(keys[k] ?? 0);
          if (row >= 0) addSparseRow(table, row, expected, i * table.columns);
        }
      }
      expect(Array.from(computeStaticScores(table, features))).toEqual(Array.from(expected));
    }
  });

  it("the frozen table's beam picks the labels a dense table of the same weights picks", () => {
    const { table, resources } = loadTagger().model;
    const L = LABEL_COUNT;
    for (const stage of [0, 1]) {
      // every weight of this stage, scaled, as training's dense rows
      const weights = new Float64Array(table.index.size * L);
      const raw = new Int32Array(table.columns);
      for (let row = 0; row < table.index.size; row++) {
        raw.fill(0);
        addSparseRow(table, row, raw, 0);
        for (let l = 0; l < L; l++)
          weights[row * L + l] = (raw[stage * L + l] ?? 0) * (table.scales[stage] ?? 0);
      }
      for (const tokens of SENTENCES) {
        const features = extractSentenceFeatures(tokens, new WordCache(resources), resources);
        const all = computeStaticScores(table, features);
        const scores = selectStageScores(table, stage, all, tokens.length);
        for (const beam of [1, 2, 4]) {
          const expected = runBeam(
            scores,
            features.words,
            { kind: "dense", weights, index: table.index },
            beam,
          ).labels;
          expect(Array.from(decodeStage(table, stage, scores, features.words, beam))).toEqual(
            Array.from(expected),
          );
        }
      }
    }
  });
});
