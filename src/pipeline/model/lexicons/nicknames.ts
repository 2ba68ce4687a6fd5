/**
 * Common English given-name hypocorisms that are no short form of the name they stand for, so
 * the prefix rule of `isFirstNameVariant` (4-resolve/resolve.ts) cannot see them: "Dave" David,
 * "Bill" William. Read by that function, within an article and across articles alike.
 *
 * Keys are lower case as name keys are. A nickname listed with two or more names may be any of
 * them ("Sandy": Alexander or Sandra) and joins none. Left out: short forms the prefix rule
 * already joins ("Rob" Robert, "Chris" Christopher, "Pete" Peter), and nicknames that are given
 * names in their own right as often as not ("Jack" is no John in news, "Harry" no Henry, "Jamie"
 * no James).
 */
export const NICKNAMES: ReadonlyMap<string, readonly string[]> = new Map<string, string[]>([
  ["andy", ["andrew"]],
  ["betty", ["elizabeth"]],
  ["bill", ["william"]],
  ["billy", ["william"]],
  ["bob", ["robert"]],
  ["bobby", ["robert"]],
  ["charlie", ["charles"]],
  ["chuck", ["charles"]],
  ["danny", ["daniel"]],
  ["dave", ["david"]],
  ["davy", ["david"]],
  ["dick", ["richard"]],
  ["freddie", ["frederick"]],
  ["jim", ["james"]],
  ["jimmy", ["james"]],
  ["joe", ["joseph"]],
  ["joey", ["joseph"]],
  ["kenny", ["kenneth"]],
  ["larry", ["lawrence"]],
  ["liz", ["elizabeth"]],
  ["maggie", ["margaret"]],
  ["mick", ["michael"]],
  ["mickey", ["michael"]],
  ["mike", ["michael"]],
  ["ned", ["edward"]],
  ["peggy", ["margaret"]],
  ["richie", ["richard"]],
  ["ronnie", ["ronald"]],
  ["steve", ["stephen"]],
  ["terry", ["terence"]],
  ["tom", ["thomas"]],
  ["tommy", ["thomas"]],
  ["tony", ["anthony"]],
  // Two names each: a full name with either stays apart from these.
  ["bert", ["albert", "herbert", "robert"]],
  ["eddie", ["edward", "edmund", "edwin"]],
  ["gerry", ["gerald", "gerard"]],
  ["jerry", ["gerald", "jeremy", "jerome"]],
  ["kate", ["catherine", "kathleen"]],
  ["rick", ["richard", "frederick", "eric"]],
  ["ricky", ["richard", "frederick", "eric"]],
  ["sandy", ["alexander", "sandra"]],
  ["ted", ["edward", "theodore"]],
]);
