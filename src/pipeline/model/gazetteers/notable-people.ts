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

/**
 * The states and bodies a listed person has headed (head of state or of government, leader of an
 * international body or movement), for relations from world knowledge: "Putin" in an article
 * that also names Russia is LEADER_OF it, told or not. Past heads included (Nixon led the United
 * States); ministers, spokesmen, deputies and speakers are not heads and have no row.
 */
// [canonical name, "|"-separated "KEY FIRST–LAST" (the years of the first and last year in
// office, the last left open while in office)]
const HEADED: [canonical: string, polities: string][] = [
  ["Joe Biden", "USA 2021–2025"],
  ["Donald Trump", "USA 2017–"],
  ["Barack Obama", "USA 2009–2017"],
  ["George W. Bush", "USA 2001–2009"],
  ["George H. W. Bush", "USA 1989–1993"],
  ["Bill Clinton", "USA 1993–2001"],
  ["Ronald Reagan", "USA 1981–1989"],
  ["Jimmy Carter", "USA 1977–1981"],
  ["Richard Nixon", "USA 1969–1974"],
  ["John F. Kennedy", "USA 1961–1963"],
  ["Vladimir Putin", "RUS 1999–"],
  ["Dmitry Medvedev", "RUS 2008–2020"],
  ["Boris Yeltsin", "RUS 1991–1999"],
  ["Mikhail Gorbachev", "SUN 1985–1991"],
  ["Joseph Stalin", "SUN 1922–1953"],
  ["Vladimir Lenin", "SUN 1917–1924"],
  ["Leonid Brezhnev", "SUN 1964–1982"],
  ["Nikita Khrushchev", "SUN 1953–1964"],
  ["Xi Jinping", "CHN 2012–"],
  ["Mao Zedong", "CHN 1949–1976"],
  ["Deng Xiaoping", "CHN 1978–1989"],
  ["Hu Jintao", "CHN 2002–2012"],
  ["Jiang Zemin", "CHN 1989–2002"],
  ["Li Keqiang", "CHN 2013–2023"],
  ["Wen Jiabao", "CHN 2003–2013"],
  ["Zhou Enlai", "CHN 1949–1976"],
  ["Volodymyr Zelensky", "UKR 2019–"],
  ["Petro Poroshenko", "UKR 2014–2019"],
  ["Viktor Yanukovych", "UKR 2002–2014"],
  ["Viktor Yushchenko", "UKR 1999–2010"],
  ["Tony Blair", "GBR 1997–2007"],
  ["Gordon Brown", "GBR 2007–2010"],
  ["David Cameron", "GBR 2010–2016"],
  ["Theresa May", "GBR 2016–2019"],
  ["Boris Johnson", "GBR 2019–2022"],
  ["Rishi Sunak", "GBR 2022–2024"],
  ["Keir Starmer", "GBR 2024–"],
  ["Margaret Thatcher", "GBR 1979–1990"],
  ["John Major", "GBR 1990–1997"],
  ["Winston Churchill", "GBR 1940–1955"],
  ["Liz Truss", "GBR 2022–2022"],
  ["Angela Merkel", "DEU 2005–2021"],
  ["Olaf Scholz", "DEU 2021–2025"],
  ["Gerhard Schroeder", "DEU 1998–2005"],
  ["Emmanuel Macron", "FRA 2017–"],
  ["Jacques Chirac", "FRA 1995–2007"],
  ["Nicolas Sarkozy", "FRA 2007–2012"],
  ["Francois Hollande", "FRA 2012–2017"],
  ["Silvio Berlusconi", "ITA 1994–2011"],
  ["Giorgia Meloni", "ITA 2022–"],
  ["Ursula von der Leyen", "org:european-commission 2019–"],
  ["Jens Stoltenberg", "org:nato 2014–2024|NOR 2000–2013"],
  ["Viktor Orban", "HUN 1998–"],
  ["Recep Tayyip Erdogan", "TUR 2003–"],
  ["Alexander Lukashenko", "BLR 1994–"],
  ["Slobodan Milosevic", "SRB 1989–1997|YUG 1997–2000"],
  ["Benjamin Netanyahu", "ISR 1996–"],
  ["Ariel Sharon", "ISR 2001–2006"],
  ["Yasser Arafat", "PSE 1969–2004"],
  ["Mahmoud Abbas", "PSE 2005–"],
  ["Saddam Hussein", "IRQ 1979–2003"],
  ["Bashar al-Assad", "SYR 2000–2024"],
  ["Ali Khamenei", "IRN 1989–"],
  ["Mahmoud Ahmadinejad", "IRN 2005–2013"],
  ["Hassan Rouhani", "IRN 2013–2021"],
  ["Osama bin Laden", "org:al-qaeda 1988–2011"],
  ["Muammar Gaddafi", "LBY 1969–2011"],
  ["Narendra Modi", "IND 2014–"],
  ["Shinzo Abe", "JPN 2006–2020"],
  ["Kim Jong Un", "PRK 2011–"],
  ["Kim Jong Il", "PRK 1994–2011"],
  ["Fidel Castro", "CUB 1959–2008"],
  ["Hugo Chavez", "VEN 1999–2013"],
  ["Nelson Mandela", "ZAF 1994–1999"],
  ["Kofi Annan", "org:un 1997–2006"],
  ["Ban Ki-moon", "org:un 2007–2016"],
  ["Antonio Guterres", "org:un 2017–"],
];

/** A polity a listed person headed, and the years: first and last in office (open when still). */
export interface HeadedPolity {
  key: string;
  from: number;
  to?: number;
}

const TERM_RE = /^(\S+) (\d{4})–(\d{4})?$/;

/** The polities each listed person headed, by the person's canonical name. */
export const POLITIES_HEADED: ReadonlyMap<string, readonly HeadedPolity[]> = new Map(
  HEADED.map(([canonical, polities]) => [
    canonical,
    polities.split("|").map((polity) => {
      const [, key, from, to] = TERM_RE.exec(polity) ?? [];
      if (key === undefined || from === undefined)
        throw new Error(`notable-people: bad term "${polity}" for ${canonical}`);
      return { key, from: Number(from), ...(to ? { to: Number(to) } : {}) };
    }),
  ]),
);
