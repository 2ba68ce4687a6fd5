/**
 * Common given names in English-language news (British, Irish, American, and the continental
 * names its sport and politics pages carry most), as name keys are: lower case, no accents. Read
 * by 4-resolve/link-across-articles.ts: a bare word that is one of these may be a person named
 * by first name alone (a child, a singer), so it joins another article's person of that surname
 * ("David" → "Craig David") only on evidence of the same story. A surname that is also a given
 * name ("Terry", "Owen", "Henry") is listed all the same: it still joins with that evidence.
 */

// Whitespace-separated, alphabetical; both sexes.
const NAMES = `
  aaron abigail adam adrian ahmed aidan alan alastair albert alex alexander alexandra alfie
  alfred ali alice alison amanda amber amy andre andrea andreas andrew andy angela angus anna
  anne annie anthony antonio archie arthur ashley barbara barry ben benjamin bernard beth betty
  bill billy bob bobby brendan brian bruce bruno callum calum cameron carl carlo carlos carol
  caroline catherine charles charlie charlotte chloe chris christian christine christopher claire
  clare colin connor craig daniel danny darren dave david dean debbie deborah declan dennis derek
  diana diane dominic donald douglas duncan dylan eddie edward elaine eleanor elizabeth ella ellie
  emily emma eric ethan eve fiona francesco francis frank fraser freddie frederick gareth gary
  gavin gemma geoffrey george georgia gerald gerry giovanni gordon graham grace greg gregory hannah
  harriet harry harvey hayley heather helen henry hugh iain ian isabel isabella isabelle jack jacob
  jake james jamie jane janet jason jean jeff jennifer jenny jeremy jessica jim jimmy joan joanna
  joanne joe john jonathan jordan jorge jose joseph josh joshua juan judith julia julian julie
  justin karen kate katherine kathleen katie kay keith kelly kenneth kerry kevin kieran kim kirsty
  laura lauren lee leo leon lewis liam linda lisa lorna louis louise lucy luis luke lynn maggie
  malcolm marco marcus margaret maria marie mark martin mary matthew megan melanie michael
  michelle mike mohammed molly muhammad nancy naomi natalie neil nicholas nick nicola nigel noel
  oliver olivia oscar owen pamela patricia patrick paul paula pauline pedro peter philip phillip
  pierre rachel ray raymond rebecca richard rick ricky rob robbie robert robin roger ronald rose
  ross roy ruby russell ruth ryan sally sam samantha samuel sandra sarah scott sean shane sharon
  sheila simon sophie stephanie stephen steve steven stuart sue susan tanya teresa terry thomas
  tim timothy tom tommy tony tracey tracy trevor vanessa victoria vincent wayne wendy william zoe
`;

const WHITESPACE_RE = /\s+/;

/** The given names, as keys ("david", "terry"). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.trim().split(WHITESPACE_RE));
