/**
 * Names of sporting competitions by their head word. A competition named after its host town
 * ("the 2000 Sydney Olympics", "the Boston Indoor Games", "the Dubai Championships") is one
 * event, not the town it holds.
 */

/** A competition's name by its last word: "the Athens Olympics", "the Qatar Open", "the Hopman Cup". */
export const COMPETITION_EVENT_NAME_RE =
  /\b(Olympics|Olympic Games|Games|Open|Cup|Championships?|Marathon|Trophy|Prix|Masters|Classic|Grand Slam)$/;
