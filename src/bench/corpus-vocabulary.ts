/**
 * The word stock of the synthetic corpus: name parts by naming tradition (with transliteration variants),
 * titles and ranks, armed groups, forces, companies, parties, places and outlets. Written for the
 * generator only; nothing here is read by the extractor, so the benchmark does not grade its own lexicon.
 */

/** A naming tradition: how given and family names combine and which spellings vary. */
export interface NamingTradition {
  id: string;
  given: readonly string[];
  family: readonly string[];
  /** Family name first ("Zhang Wei"). */
  familyFirst: boolean;
  /** Variant spellings a second outlet may use for a given or family name. */
  variants: Readonly<Record<string, readonly string[]>>;
  /** Share of people of this tradition; weights need not sum to one. */
  weight: number;
}

/** Naming traditions with thousands of given × family combinations between them. */
export const TRADITIONS: readonly NamingTradition[] = [
  {
    id: 'arabic',
    given: [
      'Mohammed', 'Ahmed', 'Abdullah', 'Omar', 'Khalid', 'Youssef', 'Hassan', 'Hussein', 'Ali', 'Ibrahim',
      'Mustafa', 'Tariq', 'Faisal', 'Karim', 'Salim', 'Nasser', 'Walid', 'Ziad', 'Samir', 'Adnan', 'Jamal',
      'Majid', 'Rashid', 'Hamza', 'Bilal', 'Anas', 'Abdel Rahman', 'Abu Bakr', 'Saif', 'Marwan', 'Qasim',
    ],
    family: [
      'al-Masri', 'al-Tikriti', 'al-Anbari', 'al-Zawi', 'Haddad', 'Mansour', 'al-Obeidi', 'al-Jubouri',
      'al-Dulaimi', 'al-Hashimi', 'al-Shami', 'Khalil', 'al-Rawi', 'al-Kubaisi', 'Saleh', 'al-Amiri',
      'al-Tunisi', 'al-Libi', 'al-Janabi', 'al-Sudani', 'Barakat', 'al-Harbi', 'al-Qahtani', 'Darwish',
    ],
    familyFirst: false,
    variants: {
      Mohammed: ['Muhammad', 'Mohamed', 'Mohammad'],
      Youssef: ['Yusuf', 'Yousef'],
      Hussein: ['Husayn', 'Hussain'],
      Omar: ['Umar'],
      Abdullah: ['Abdallah'],
      Khalid: ['Khaled'],
      Qasim: ['Qassem', 'Kassim'],
      'al-Masri': ['al Masri', 'Al-Masri'],
      'al-Obeidi': ['al-Ubaydi', 'al-Obaidi'],
      'al-Jubouri': ['al-Juburi', 'al-Jabouri'],
      'al-Dulaimi': ['al-Dulaymi'],
      'al-Qahtani': ['al Qahtani'],
    },
    weight: 4,
  },
  {
    id: 'anglo-european',
    given: [
      'James', 'Michael', 'Robert', 'Sarah', 'Emily', 'David', 'Catherine', 'Thomas', 'Jennifer', 'Mark',
      'Laura', 'Peter', 'Anne', 'Claire', 'Pierre', 'Jean-Luc', 'Hans', 'Greta', 'Lukas', 'Sophie', 'Marie',
      'Olivier', 'Richard', 'Helen', 'Stefan', 'Ingrid', 'Patrick', 'Siobhan', 'Matteo', 'Giulia',
    ],
    family: [
      'Mitchell', 'Harrison', 'Brooks', 'Sullivan', 'Fischer', 'Dubois', 'Laurent', 'Schneider', 'Whitaker',
      'Donovan', 'Reynolds', 'Hughes', 'Bennett', 'Moreau', 'Becker', 'Kowalski', "O'Brien", 'McAllister',
      'Lindqvist', 'Rossi', 'Bianchi', 'Vandenberg', 'Thornton', 'Caldwell', 'Ashford', 'Novak',
    ],
    familyFirst: false,
    variants: { Catherine: ['Katherine'], Stefan: ['Stephan'], "O'Brien": ['OBrien'], McAllister: ['MacAllister'] },
    weight: 4,
  },
  {
    id: 'hispanic',
    given: [
      'José', 'Juan Carlos', 'María', 'Alejandro', 'Carmen', 'Luis', 'Gabriela', 'Diego', 'Fernando', 'Lucía',
      'Andrés', 'Valentina', 'Ricardo', 'Ximena', 'Joaquín', 'Paola',
    ],
    family: [
      'García', 'Rodríguez', 'Martínez', 'Hernández', 'López', 'González', 'Pérez', 'Sánchez', 'Ramírez',
      'Torres', 'Flores', 'Castillo', 'Vargas', 'Mendoza', 'Ortega', 'Guzmán',
    ],
    familyFirst: false,
    variants: {
      José: ['Jose'], María: ['Maria'], Lucía: ['Lucia'], Andrés: ['Andres'], Joaquín: ['Joaquin'],
      García: ['Garcia'], Rodríguez: ['Rodriguez'], Martínez: ['Martinez'], Hernández: ['Hernandez'],
      López: ['Lopez'], González: ['Gonzalez'], Pérez: ['Perez'], Sánchez: ['Sanchez'], Ramírez: ['Ramirez'],
      Guzmán: ['Guzman'],
    },
    weight: 2,
  },
  {
    id: 'slavic',
    given: [
      'Vladimir', 'Sergei', 'Dmitry', 'Olga', 'Natalia', 'Alexei', 'Igor', 'Yulia', 'Andriy', 'Oksana',
      'Mikhail', 'Pavel', 'Tatiana', 'Bohdan', 'Anatoly', 'Svetlana',
    ],
    family: [
      'Ivanov', 'Petrov', 'Sokolov', 'Kuznetsov', 'Volkov', 'Shevchenko', 'Kovalenko', 'Bondarenko',
      'Morozov', 'Lebedev', 'Tkachenko', 'Melnyk', 'Orlov', 'Zaitsev',
    ],
    familyFirst: false,
    variants: {
      Sergei: ['Sergey'], Dmitry: ['Dmitri', 'Dmitriy'], Alexei: ['Aleksei', 'Alexey'], Yulia: ['Yuliya', 'Julia'],
      Andriy: ['Andrii', 'Andrei'], Tatiana: ['Tatyana'], Melnyk: ['Melnik'],
    },
    weight: 2,
  },
  {
    id: 'chinese',
    given: ['Wei', 'Jun', 'Xiaoming', 'Lihua', 'Jianguo', 'Yan', 'Hong', 'Ping', 'Zhiwei', 'Mei', 'Haoran', 'Xinyi'],
    family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun'],
    familyFirst: true,
    variants: { Xiaoming: ['Xiao-ming'], Jianguo: ['Jian-guo'], Zhiwei: ['Chi-wei'] },
    weight: 1.5,
  },
  {
    id: 'south-asian',
    given: [
      'Rahul', 'Priya', 'Amit', 'Sunita', 'Vikram', 'Imran', 'Ayesha', 'Rajesh', 'Anjali', 'Sanjay',
      'Nawaz', 'Farooq', 'Zainab', 'Arjun', 'Shahid', 'Meera',
    ],
    family: [
      'Sharma', 'Patel', 'Singh', 'Gupta', 'Khan', 'Reddy', 'Chaudhry', 'Malik', 'Qureshi', 'Iyer',
      'Banerjee', 'Haqqani', 'Yousafzai', 'Mehsud', 'Afridi', 'Nair',
    ],
    familyFirst: false,
    variants: { Chaudhry: ['Choudhury', 'Chaudhary'], Qureshi: ['Qureishi'], Mehsud: ['Mahsud'] },
    weight: 2,
  },
  {
    id: 'african',
    given: [
      'Chinedu', 'Oluwaseun', 'Amina', 'Kwame', 'Abena', 'Tendai', 'Wanjiru', 'Emeka', 'Babatunde', 'Fatou',
      'Moussa', 'Aminata', 'Abdi', 'Hodan', 'Samuel', 'Grace',
    ],
    family: [
      'Okafor', 'Adeyemi', 'Mensah', 'Kamau', 'Odhiambo', 'Moyo', 'Diallo', 'Traoré', 'Ouattara', 'Nwosu',
      'Abubakar', 'Warsame', 'Farah', 'Shekau', 'Keita', 'Banda',
    ],
    familyFirst: false,
    variants: { Traoré: ['Traore'], Warsame: ['Warsameh'], Abubakar: ['Abubakr'], Moussa: ['Musa'] },
    weight: 2,
  },
  {
    id: 'turkish-persian',
    given: ['Mehmet', 'Ayşe', 'Emre', 'Reza', 'Hossein', 'Maryam', 'Kemal', 'Selin', 'Farid', 'Parisa', 'Murat'],
    family: ['Yılmaz', 'Demir', 'Kaya', 'Hosseini', 'Rahimi', 'Tehrani', 'Karimi', 'Aydın', 'Öztürk', 'Soleimani'],
    familyFirst: false,
    variants: {
      Ayşe: ['Ayse'], Yılmaz: ['Yilmaz'], Aydın: ['Aydin'], Öztürk: ['Ozturk'], Hossein: ['Hussein', 'Hosein'],
      Soleimani: ['Suleimani'],
    },
    weight: 1.5,
  },
  {
    id: 'east-asian',
    given: ['Hiroshi', 'Yuki', 'Takeshi', 'Min-jun', 'Ji-woo', 'Seo-yeon', 'Kenji', 'Akiko', 'Hye-jin', 'Daisuke'],
    family: ['Tanaka', 'Suzuki', 'Watanabe', 'Kim', 'Park', 'Lee', 'Choi', 'Nakamura', 'Yamamoto', 'Jung'],
    familyFirst: false,
    variants: { 'Min-jun': ['Minjun'], 'Ji-woo': ['Jiwoo'], 'Seo-yeon': ['Seoyeon'] },
    weight: 1,
  },
];

/** Military ranks: full form and the abbreviation wire copy uses. */
export const RANKS: readonly (readonly [string, string])[] = [
  ['General', 'Gen.'],
  ['Lieutenant General', 'Lt. Gen.'],
  ['Major General', 'Maj. Gen.'],
  ['Brigadier General', 'Brig. Gen.'],
  ['Colonel', 'Col.'],
  ['Admiral', 'Adm.'],
  ['Vice Admiral', 'Vice Adm.'],
  ['Commander', 'Cmdr.'],
  ['Captain', 'Capt.'],
  ['Major', 'Maj.'],
];

/** Offices of officials who announce things, with the body they speak for ({country} is filled in). */
export const OFFICES: readonly { title: string; body: string }[] = [
  { title: 'Defense Secretary', body: 'the Pentagon' },
  { title: 'Defence Minister', body: 'the {country} Defence Ministry' },
  { title: 'Interior Minister', body: 'the {country} Interior Ministry' },
  { title: 'Foreign Minister', body: 'the {country} Foreign Ministry' },
  { title: 'Prime Minister', body: 'the {country} government' },
  { title: 'President', body: 'the {country} presidency' },
  { title: 'army spokesman', body: 'the {country} army' },
  { title: 'military spokeswoman', body: 'the {country} military' },
  { title: 'police chief', body: 'the {country} police' },
  { title: 'provincial governor', body: 'the provincial government' },
  { title: 'Chairman of the Joint Chiefs of Staff', body: 'the Joint Chiefs of Staff' },
  { title: 'coalition spokesman', body: 'the coalition' },
];

/** Roles inside an armed group, for the people events target. */
export const GROUP_ROLES: readonly string[] = [
  'senior commander', 'finance chief', 'military leader', 'deputy leader', 'second-in-command', 'spokesman',
  'chief bomb maker', 'head of external operations', 'regional commander', 'top recruiter', 'founder',
  'intelligence chief', 'governor of {place}',
];

/** Corporate offices for appointments. */
export const CORPORATE_ROLES: readonly (readonly [string, string])[] = [
  ['chief executive', 'CEO'],
  ['chief financial officer', 'CFO'],
  ['chairman', 'chairman'],
  ['chief operating officer', 'COO'],
  ['president', 'president'],
];

/** An armed group: its name, the short forms outlets use, and where it fights. */
export interface GroupSpec {
  name: string;
  aliases: readonly string[];
  /** Keys into COUNTRIES. */
  countries: readonly string[];
}

/** Armed groups, real ones (as general vocabulary) and invented ones (unknown to any lexicon). */
export const ARMED_GROUPS: readonly GroupSpec[] = [
  { name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'IS', 'Daesh'], countries: ['iraq', 'syria', 'libya'] },
  { name: 'al-Qaeda in the Arabian Peninsula', aliases: ['AQAP', 'al-Qaida in the Arabian Peninsula'], countries: ['yemen'] },
  { name: 'al-Shabaab', aliases: ['al-Shabab', 'Shabaab'], countries: ['somalia', 'kenya'] },
  { name: 'Boko Haram', aliases: ['Jama’atu Ahlis Sunna'], countries: ['nigeria', 'niger'] },
  { name: 'Islamic State West Africa Province', aliases: ['ISWAP'], countries: ['nigeria', 'niger'] },
  { name: 'Taliban', aliases: ['the Taliban'], countries: ['afghanistan'] },
  { name: 'Tehrik-i-Taliban Pakistan', aliases: ['TTP', 'Pakistani Taliban'], countries: ['pakistan'] },
  { name: 'Haqqani network', aliases: ['Haqqanis'], countries: ['afghanistan', 'pakistan'] },
  { name: 'Abu Sayyaf', aliases: ['Abu Sayyaf Group', 'ASG'], countries: ['philippines'] },
  { name: 'Jama’at Nusrat al-Islam wal-Muslimin', aliases: ['JNIM'], countries: ['mali', 'burkina'] },
  { name: 'Ahlu Sunna Wal Jama’a', aliases: ['ASWJ', 'al-Sunnah'], countries: ['mozambique'] },
  { name: 'National Liberation Army', aliases: ['ELN'], countries: ['colombia'] },
  { name: 'Northern Liberation Front', aliases: ['NLF'], countries: ['mali', 'niger'] },
  { name: 'Sons of the Valley Brigade', aliases: ['Valley Brigade'], countries: ['syria'] },
  { name: 'Army of the Righteous Path', aliases: ['ARP'], countries: ['pakistan', 'afghanistan'] },
  { name: 'Eastern Shield Movement', aliases: ['ESM', 'Eastern Shield'], countries: ['somalia'] },
  { name: 'Crescent Dawn Battalions', aliases: ['Crescent Dawn'], countries: ['iraq', 'syria'] },
  { name: 'Red Hills Militia', aliases: ['RHM'], countries: ['mozambique'] },
];

/** A country: how it is named and what places, forces and security bodies it has. */
export interface CountrySpec {
  name: string;
  demonym: string;
  /** Cities, towns and provinces; a `|` separates spelling variants ("Raqqa|Raqqah"). */
  places: readonly string[];
  forces: readonly string[];
}

/** Countries where the conflict stories happen, keyed for ARMED_GROUPS. */
export const COUNTRIES: Readonly<Record<string, CountrySpec>> = {
  iraq: {
    name: 'Iraq', demonym: 'Iraqi',
    places: ['Mosul', 'Baghdad', 'Ramadi', 'Fallujah|Falluja', 'Anbar province', 'Nineveh province', 'Tikrit', 'Kirkuk', 'Hawija'],
    forces: ['Iraqi security forces', 'the Iraqi army', 'Iraqi counter-terrorism forces'],
  },
  syria: {
    name: 'Syria', demonym: 'Syrian',
    places: ['Raqqa|Raqqah', 'Aleppo', 'Deir ez-Zor|Deir al-Zor', 'Idlib', 'Palmyra', 'Hasakah|Hasaka', 'Shaddadi', 'Manbij'],
    forces: ['the Syrian Democratic Forces', 'Syrian government forces'],
  },
  libya: {
    name: 'Libya', demonym: 'Libyan',
    places: ['Sirte|Sirt', 'Tripoli', 'Benghazi', 'Derna|Darnah', 'Sabratha'],
    forces: ['Libyan forces', 'forces loyal to the unity government'],
  },
  yemen: {
    name: 'Yemen', demonym: 'Yemeni',
    places: ['Sanaa|Sana’a', 'Aden', 'Marib', 'Hodeidah|Hudaydah', 'Shabwa province', 'Abyan province'],
    forces: ['Yemeni government forces', 'Yemeni troops'],
  },
  somalia: {
    name: 'Somalia', demonym: 'Somali',
    places: ['Mogadishu', 'Kismayo|Kismaayo', 'Lower Shabelle', 'Baidoa', 'Jilib', 'Beledweyne'],
    forces: ['the Somali National Army', 'Somali special forces'],
  },
  kenya: {
    name: 'Kenya', demonym: 'Kenyan',
    places: ['Nairobi', 'Mandera', 'Garissa', 'Lamu', 'Wajir'],
    forces: ['the Kenya Defence Forces', 'Kenyan police'],
  },
  nigeria: {
    name: 'Nigeria', demonym: 'Nigerian',
    places: ['Maiduguri', 'Borno state', 'Abuja', 'Yola', 'Damboa', 'Sambisa forest'],
    forces: ['the Nigerian army', 'Nigerian troops'],
  },
  niger: {
    name: 'Niger', demonym: 'Nigerien',
    places: ['Niamey', 'Diffa', 'Tillaberi|Tillabéri', 'Agadez'],
    forces: ['Nigerien soldiers', 'the Nigerien army'],
  },
  afghanistan: {
    name: 'Afghanistan', demonym: 'Afghan',
    places: ['Kabul', 'Kandahar|Qandahar', 'Helmand province', 'Kunduz', 'Nangarhar province', 'Jalalabad', 'Ghazni'],
    forces: ['Afghan special forces', 'the Afghan army'],
  },
  pakistan: {
    name: 'Pakistan', demonym: 'Pakistani',
    places: ['Peshawar', 'Quetta', 'North Waziristan', 'Karachi', 'Bannu', 'Khyber district'],
    forces: ['the Pakistani army', 'Pakistani security forces'],
  },
  philippines: {
    name: 'the Philippines', demonym: 'Philippine',
    places: ['Marawi', 'Mindanao', 'Jolo', 'Basilan', 'Cotabato'],
    forces: ['the Philippine military', 'Philippine marines'],
  },
  mali: {
    name: 'Mali', demonym: 'Malian',
    places: ['Timbuktu|Tombouctou', 'Gao', 'Bamako', 'Mopti', 'Kidal'],
    forces: ['the Malian army', 'Malian troops'],
  },
  burkina: {
    name: 'Burkina Faso', demonym: 'Burkinabe',
    places: ['Ouagadougou', 'Djibo', 'Dori', 'Fada N’Gourma'],
    forces: ['the Burkinabe army', 'Burkinabe soldiers'],
  },
  mozambique: {
    name: 'Mozambique', demonym: 'Mozambican',
    places: ['Cabo Delgado', 'Palma', 'Mocímboa da Praia|Mocimboa da Praia', 'Pemba'],
    forces: ['Mozambican troops', 'Rwandan and Mozambican forces'],
  },
  colombia: {
    name: 'Colombia', demonym: 'Colombian',
    places: ['Bogotá|Bogota', 'Cauca', 'Cali', 'Arauca', 'Catatumbo'],
    forces: ['the Colombian army', 'Colombian police'],
  },
};

/** Foreign militaries that carry out strikes, with the command that announces them. */
export const FOREIGN_FORCES: readonly { force: string; command: string; country: string }[] = [
  { force: 'U.S. forces', command: 'the Pentagon', country: 'United States' },
  { force: 'a U.S. drone', command: 'U.S. Central Command', country: 'United States' },
  { force: 'U.S. Africa Command', command: 'U.S. Africa Command', country: 'United States' },
  { force: 'French forces', command: 'the French armed forces ministry', country: 'France' },
  { force: 'the U.S.-led coalition', command: 'the coalition', country: 'United States' },
  { force: 'British special forces', command: 'the Ministry of Defence', country: 'Britain' },
];

/** Parts of invented company names. */
export const COMPANY_STEMS: readonly string[] = [
  'Northwind', 'Meridian', 'Apex', 'Bluestone', 'Harborline', 'Sterling', 'Pinnacle', 'Crescent', 'Atlas',
  'Granite', 'Orion', 'Silverline', 'Redwood', 'Summit', 'Kestrel', 'Lumen', 'Vantage', 'Halcyon', 'Tessera',
  'Corvid', 'Brightwater', 'Ironbridge', 'Quillon', 'Saffron', 'Verdant', 'Zephyr', 'Obsidian', 'Marlow',
];

/** Sectors of invented companies: the name word and what the company does. */
export const COMPANY_SECTORS: readonly (readonly [string, string])[] = [
  ['Holdings', 'conglomerate'], ['Energy', 'energy company'], ['Technologies', 'technology group'],
  ['Bank', 'lender'], ['Airlines', 'carrier'], ['Pharmaceuticals', 'drugmaker'], ['Motors', 'carmaker'],
  ['Logistics', 'shipping group'], ['Systems', 'software maker'], ['Telecom', 'telecoms operator'],
  ['Mining', 'miner'], ['Foods', 'food group'], ['Insurance', 'insurer'], ['Retail', 'retailer'],
];

/** Legal suffixes outlets add or drop. */
export const COMPANY_SUFFIXES: readonly string[] = ['Inc.', 'Corp.', 'plc', 'Ltd', 'SA', 'AG', ''];

/** Business cities with their countries, for company stories. */
export const BUSINESS_CITIES: readonly (readonly [string, string])[] = [
  ['New York', 'United States'], ['London', 'Britain'], ['Frankfurt', 'Germany'], ['Tokyo', 'Japan'],
  ['Seoul', 'South Korea'], ['Mumbai', 'India'], ['São Paulo', 'Brazil'], ['Johannesburg', 'South Africa'],
  ['Singapore', 'Singapore'], ['Toronto', 'Canada'], ['Paris', 'France'], ['Zurich', 'Switzerland'],
  ['Lagos', 'Nigeria'], ['Nairobi', 'Kenya'], ['Dubai', 'United Arab Emirates'], ['Sydney', 'Australia'],
];

/** Parts of party names. */
export const PARTY_WORDS: readonly (readonly [string, string])[] = [
  ['National Renewal', 'Party'], ['People’s Democratic', 'Party'], ['Progressive', 'Alliance'],
  ['United Citizens', 'Movement'], ['Social Democratic', 'Party'], ['Liberal', 'Congress'],
  ['Conservative Union', 'Party'], ['Green Future', 'Party'], ['Workers’', 'Party'], ['Patriotic', 'Front'],
  ['New Republic', 'Movement'], ['Christian Democratic', 'Union'], ['Reform', 'Party'], ['Justice and Development', 'Party'],
];

/** Countries and cities that hold elections in the corpus. */
export const ELECTION_PLACES: readonly (readonly [string, string])[] = [
  ['Kenya', 'Kenyan'], ['Nigeria', 'Nigerian'], ['Colombia', 'Colombian'], ['Peru', 'Peruvian'],
  ['Poland', 'Polish'], ['Portugal', 'Portuguese'], ['Ghana', 'Ghanaian'], ['Indonesia', 'Indonesian'],
  ['South Korea', 'South Korean'], ['Chile', 'Chilean'], ['Senegal', 'Senegalese'], ['Ukraine', 'Ukrainian'],
  ['Mongolia', 'Mongolian'], ['Zambia', 'Zambian'], ['Sri Lanka', 'Sri Lankan'], ['Romania', 'Romanian'],
];

/** An outlet: its name, web domain, the format its pages come in, and its dateline style. */
export interface OutletSpec {
  name: string;
  domain: string;
  format: 'html' | 'front-matter' | 'markdown' | 'text';
  /** Wire style: "CITY (Outlet) -" datelines and abbreviated ranks. */
  wire: boolean;
}

/** Outlets, real names as general vocabulary and invented ones. */
export const OUTLETS: readonly OutletSpec[] = [
  { name: 'Reuters', domain: 'reuters.com', format: 'front-matter', wire: true },
  { name: 'Associated Press', domain: 'apnews.com', format: 'html', wire: true },
  { name: 'Agence France-Presse', domain: 'afp.com', format: 'text', wire: true },
  { name: 'BBC News', domain: 'bbc.co.uk', format: 'html', wire: false },
  { name: 'Al Jazeera', domain: 'aljazeera.com', format: 'html', wire: false },
  { name: 'Voice of America', domain: 'voanews.com', format: 'text', wire: false },
  { name: 'Defense One', domain: 'defenseone.com', format: 'markdown', wire: false },
  { name: 'Bloomberg', domain: 'bloomberg.com', format: 'text', wire: false },
  { name: 'Daily Nation', domain: 'nation.africa', format: 'html', wire: false },
  { name: 'Premium Times', domain: 'premiumtimesng.com', format: 'front-matter', wire: false },
  { name: 'Dawn', domain: 'dawn.com', format: 'html', wire: false },
  { name: 'Arab News', domain: 'arabnews.com', format: 'markdown', wire: false },
  { name: 'The Meridian Herald', domain: 'meridianherald.example', format: 'html', wire: false },
  { name: 'Northern Courier', domain: 'northerncourier.example', format: 'text', wire: false },
  { name: 'Global Ledger', domain: 'globalledger.example', format: 'markdown', wire: false },
  { name: 'Harbour Post', domain: 'harbourpost.example', format: 'front-matter', wire: false },
];

/** English month names, for dates as outlets write them. */
export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** English weekday names, Sunday first like `Date.getUTCDay`. */
export const WEEKDAYS: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
