/**
 * Well-known political figures, so a surname alone ("Biden", "Trump") names the person when the
 * article never gives the full name.
 *
 * How entries are chosen: heads of state or government, foreign ministers and heads of
 * international bodies of the major powers from about 1945 on, who dominate coverage under one
 * short name. `bySurname` is false when that name is shared by another figure of similar weight
 * ("Bush": father and son; "Clinton": Bill and Hillary; "Kim": three North Korean leaders), or is
 * a common surname ("Brown", "Lee"): those still match by full name and aliases, never by surname
 * alone. The in-article full name always wins over this list ("Laura Bush ... Bush" stays Laura).
 * Keys are `normalizeKey(canonical)`, the key the same person gets when an article spells out the
 * full name, so a listed person and an unlisted mention of them stay one entity across articles.
 */

/** One well-known person. */
export interface PersonSeed {
  canonical: string;
  /** The short name news copy uses alone ("Xi" for Xi Jinping); defaults to the last word. */
  surname?: string;
  /** Whether the short name alone may name this person (see the file comment). */
  bySurname: boolean;
  /** Other full spellings ("Joseph Biden", "Vladimir Vladimirovich Putin"). */
  aliases?: string[];
}

type Row = [canonical: string, bySurname: boolean, aliases?: string, surname?: string];

// [full name, surname alone links, "|"-separated aliases, short name when not the last word]
const ROWS: Row[] = [
  // United States.
  ["Joe Biden", true, "Joseph Biden|Joseph R. Biden|Joseph R Biden|Joe R. Biden"],
  ["Donald Trump", true, "Donald J. Trump|Donald J Trump"],
  ["Barack Obama", true, "Barack Hussein Obama"],
  ["George W. Bush", false, "George W Bush|George Walker Bush"],
  ["George H. W. Bush", false, "George H.W. Bush|George HW Bush|George H W Bush"],
  ["Bill Clinton", false, "William Clinton|William Jefferson Clinton"],
  ["Hillary Clinton", false, "Hillary Rodham Clinton"],
  ["Ronald Reagan", true],
  ["Jimmy Carter", false, "James Carter"],
  ["Richard Nixon", true, "Richard M. Nixon|Richard M Nixon"],
  ["John F. Kennedy", false, "John F Kennedy|John Kennedy|JFK"],
  ["Kamala Harris", false],
  ["Mike Pence", true],
  ["Dick Cheney", true],
  ["Al Gore", false],
  ["John Kerry", true],
  ["Condoleezza Rice", true],
  ["Colin Powell", true],
  ["Donald Rumsfeld", true],
  ["Henry Kissinger", true],
  ["Antony Blinken", true, "Tony Blinken"],
  ["Mike Pompeo", true],
  ["Rex Tillerson", true],
  ["Marco Rubio", true],
  ["Jake Sullivan", false],
  ["Lloyd Austin", false],
  ["Nancy Pelosi", true],
  ["Mitch McConnell", true],
  // Russia and the Soviet Union.
  ["Vladimir Putin", true, "Vladimir Vladimirovich Putin"],
  ["Dmitry Medvedev", true, "Dmitri Medvedev"],
  ["Sergei Lavrov", true, "Sergey Lavrov"],
  ["Boris Yeltsin", true],
  ["Mikhail Gorbachev", true],
  ["Joseph Stalin", true, "Josef Stalin"],
  ["Vladimir Lenin", true],
  ["Leonid Brezhnev", true],
  ["Nikita Khrushchev", true],
  ["Dmitry Peskov", true, "Dmitri Peskov"],
  // China.
  ["Xi Jinping", true, undefined, "Xi"],
  ["Mao Zedong", true, "Mao Tse-tung", "Mao"],
  ["Deng Xiaoping", true, undefined, "Deng"],
  ["Hu Jintao", true, undefined, "Hu"],
  ["Jiang Zemin", true, undefined, "Jiang"],
  ["Li Keqiang", false, undefined, "Li"],
  ["Wen Jiabao", true, undefined, "Wen"],
  ["Wang Yi", false, undefined, "Wang"],
  ["Zhou Enlai", true, undefined, "Zhou"],
  // Ukraine.
  ["Volodymyr Zelensky", true, "Volodymyr Zelenskyy|Volodymyr Zelenskiy|Zelenskyy|Zelenskiy"],
  ["Petro Poroshenko", true],
  ["Viktor Yanukovych", true],
  ["Viktor Yushchenko", true],
  ["Dmytro Kuleba", true],
  // United Kingdom.
  ["Tony Blair", true, "Anthony Blair"],
  ["Gordon Brown", false],
  ["David Cameron", true],
  ["Theresa May", false],
  ["Boris Johnson", false],
  ["Rishi Sunak", true],
  ["Keir Starmer", true],
  ["Margaret Thatcher", true],
  ["John Major", false],
  ["Winston Churchill", true],
  ["Liz Truss", true],
  // Europe.
  ["Angela Merkel", true],
  ["Olaf Scholz", true],
  ["Gerhard Schroeder", true, "Gerhard Schröder"],
  ["Emmanuel Macron", true],
  ["Jacques Chirac", true],
  ["Nicolas Sarkozy", true],
  ["Francois Hollande", true, "François Hollande"],
  ["Silvio Berlusconi", true],
  ["Giorgia Meloni", true],
  ["Ursula von der Leyen", true, undefined, "von der Leyen"],
  ["Jens Stoltenberg", true],
  ["Viktor Orban", true, "Viktor Orbán"],
  ["Recep Tayyip Erdogan", true, "Recep Tayyip Erdoğan|Tayyip Erdogan"],
  ["Alexander Lukashenko", true, "Alyaksandr Lukashenka"],
  ["Slobodan Milosevic", true, "Slobodan Milošević"],
  // Middle East, Asia, elsewhere.
  ["Benjamin Netanyahu", true],
  ["Ariel Sharon", true],
  ["Yasser Arafat", true],
  ["Mahmoud Abbas", true],
  ["Saddam Hussein", true, undefined, "Saddam"],
  ["Bashar al-Assad", true, "Bashar Assad|Bashar al Assad", "Assad"],
  ["Ali Khamenei", true, "Ayatollah Ali Khamenei"],
  ["Mahmoud Ahmadinejad", true],
  ["Hassan Rouhani", true],
  ["Osama bin Laden", true, "Osama Bin Laden|Usama bin Laden", "Bin Laden"],
  ["Muammar Gaddafi", true, "Moammar Gadhafi|Muammar al-Gaddafi|Colonel Gaddafi", "Gaddafi"],
  ["Narendra Modi", true],
  ["Shinzo Abe", true],
  ["Kim Jong Un", false, "Kim Jong-un"],
  ["Kim Jong Il", false, "Kim Jong-il"],
  ["Fidel Castro", false],
  ["Hugo Chavez", true, "Hugo Chávez"],
  ["Nelson Mandela", true],
  ["Kofi Annan", true],
  ["Ban Ki-moon", true, undefined, "Ban"],
  ["Antonio Guterres", true, "António Guterres"],
];

/** Every curated person, built from the rows above. */
export const PEOPLE_SEEDS: readonly PersonSeed[] = ROWS.map(([canonical, bySurname, aliases, surname]) => ({
  canonical,
  bySurname,
  ...(aliases ? { aliases: aliases.split("|") } : {}),
  ...(surname ? { surname } : {}),
}));

