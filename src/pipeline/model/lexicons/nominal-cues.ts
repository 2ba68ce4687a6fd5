/** Cue words for recognising named agreements and events from a proper modifier and a head noun. */

/** Nominal heads that are just as often verbs ("the party visit", "Russia plan"). */
export const VERBLIKE_HEADS: readonly string[] = [
  "visit", "plan", "deal", "attack", "attacks", "protest", "protests", "talks", "trip", "meeting", "battle",
  "crackdown", "offensive",
];

/** Capitalised words that never make a nominal proper ("Their joint statement", "Tuesday's talks"). */
export const NON_PROPER_WORDS: readonly string[] = [
  "The", "A", "An", "This", "That", "These", "Those", "Their", "His", "Her", "Its", "Our", "My", "Your", "In", "On",
  "At", "But", "And", "Or", "If", "When", "While", "After", "Before", "During", "Since", "As", "For", "With", "By",
  "From", "To", "Of", "Under", "Over", "Despite", "Although", "Though", "Not", "No", "It", "He", "She", "They", "We",
  "I", "You", "There", "Here", "What", "Which", "Who", "Why", "How", "Every", "Each", "Any", "Some", "All", "Both",
  "Another", "Other", "Such", "Last", "Next", "First", "Second", "Third", "Today", "Yesterday", "Tomorrow", "Monday",
  "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
  "June", "July", "August", "September", "October", "November", "December", "Mr.", "Mrs.", "Ms.", "Dr.", "So", "Then",
  "Now", "Yet", "Also", "However", "Meanwhile", "Instead", "Still", "Even", "Only", "Just", "Many", "Most", "More",
  "Much", "Several", "Few", "New", "Latest", "Former",
];


/**
 * Nouns a nominal's head word modifies ("election campaign", "treaty obligations", "programme
 * code"): after one, a possessive before the head owns the longer compound ("Labour's election
 * campaign" is Labour's campaign, and "Labour's election" names nothing).
 */
export const MODIFIED_NOUNS: readonly string[] = [
  "campaign", "campaigns", "campaigner", "campaigners", "manifesto", "manifestos", "slogan", "slogans", "pledge",
  "pledges", "chief", "chiefs", "coordinator", "coordinators", "strategist", "strategists", "agent", "agents",
  "official", "officials", "spokesman", "spokeswoman", "team", "teams", "hopes", "prospects", "chances", "victory",
  "victories", "win", "defeat", "defeats", "success", "successes", "result", "results", "triumph", "record",
  "obligation", "obligations", "commitment", "commitments", "code", "codes", "rules", "guidelines", "budget",
  "budgets", "spending", "funding", "console", "consoles", "industry", "market", "markets", "sector", "firm", "firms",
  "developer", "developers", "maker", "makers", "publisher", "publishers", "charts", "sales", "timetable",
  "deadline", "schedule", "preparations", "broadcast", "broadcasts", "coverage", "trail", "fever", "machine",
  "machinery", "strategy", "strategies", "tactics", "literature", "posters", "leaflets", "crimes", "criminals",
  "tribunal", "veterans", "memorial", "zone", "efforts", "director", "manager", "head", "boss", "unit", "office",
];

/**
 * Heads that with nothing but an owner before them name the owner's thing, not a named one
 * ("Microsoft's program", "China's crackdown", "the firm's deal"): a compound word, a proper
 * modifier or a complement is needed ("China's peace plan", "Nixon's visit to Beijing").
 */
export const GENERIC_OWNED_HEADS: readonly string[] = [
  "programme", "program", "project", "initiative", "pipeline", "deal", "deals", "agreement", "agreements", "plan",
  "partnership", "framework", "roadmap", "understanding", "crackdown", "election", "elections", "meeting",
  "negotiations", "talks", "conference", "scandal",
];
