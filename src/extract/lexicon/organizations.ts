/**
 * Well-known organisations with their common aliases and acronyms: governments and their departments,
 * agencies, armed forces, militant groups, intergovernmental bodies, parties, legislatures, courts,
 * think tanks, news organisations, universities and the largest companies. Canonical names follow the
 * forms analysts write ("U.S. Department of Defense", "Islamic State", "al-Qaeda").
 */

/** One organisation: canonical name, every other written form, kind, and home country (null if international). */
export interface OrganizationEntry {
  name: string;
  aliases: readonly string[];
  kind:
    | 'government'
    | 'ministry'
    | 'agency'
    | 'military'
    | 'militant'
    | 'company'
    | 'media'
    | 'intergovernmental'
    | 'party'
    | 'think-tank'
    | 'legislature'
    | 'court'
    | 'ngo'
    | 'university';
  country: string | null;
}

type Kind = OrganizationEntry['kind'];

// Sections: "## kind | country" (country may be empty), then "Name|alias;alias" lines. A line may override
// the section's country with a third field.
const TABLE = `
## government | United States
U.S. government|US government;United States government;American government;federal government;Obama administration;Trump administration;Biden administration;Bush administration;Clinton administration
White House|the White House
National Security Council|NSC;U.S. National Security Council
Office of the Director of National Intelligence|ODNI;Director of National Intelligence office
## ministry | United States
U.S. Department of Defense|Department of Defense;Defense Department;DoD;DOD;Pentagon;the Pentagon;U.S. Defense Department;US Department of Defense;Department of Defence;U.S. Department of Defence
U.S. Department of State|Department of State;State Department;U.S. State Department;US State Department;State Dept.;State Dept
U.S. Department of the Treasury|Department of the Treasury;Treasury Department;U.S. Treasury Department;U.S. Treasury;US Treasury;Treasury;Treasury Dept.
U.S. Department of Justice|Department of Justice;Justice Department;U.S. Justice Department;DOJ;DoJ;Justice Dept.
U.S. Department of Homeland Security|Department of Homeland Security;Homeland Security Department;DHS;Homeland Security
U.S. Department of Energy|Department of Energy;Energy Department;DOE
U.S. Department of Commerce|Department of Commerce;Commerce Department
U.S. Department of Labor|Department of Labor;Labor Department
U.S. Department of the Interior|Department of the Interior;Interior Department
U.S. Department of Agriculture|Department of Agriculture;Agriculture Department;USDA
U.S. Department of Education|Department of Education;Education Department
U.S. Department of Transportation|Department of Transportation;Transportation Department;DOT
U.S. Department of Veterans Affairs|Department of Veterans Affairs;Veterans Affairs Department;Veterans Affairs
U.S. Department of Health and Human Services|Department of Health and Human Services;Health and Human Services;HHS
U.S. Department of Housing and Urban Development|Department of Housing and Urban Development;HUD
## agency | United States
Central Intelligence Agency|CIA;C.I.A.
Federal Bureau of Investigation|FBI;F.B.I.
National Security Agency|NSA;N.S.A.
Defense Intelligence Agency|DIA;D.I.A.
Drug Enforcement Administration|DEA
Bureau of Alcohol, Tobacco, Firearms and Explosives|ATF
Secret Service|U.S. Secret Service
U.S. Immigration and Customs Enforcement|ICE;Immigration and Customs Enforcement
Customs and Border Protection|CBP;U.S. Customs and Border Protection;Border Patrol
Transportation Security Administration|TSA
Federal Emergency Management Agency|FEMA
Environmental Protection Agency|EPA
Food and Drug Administration|FDA
Centers for Disease Control and Prevention|CDC
National Aeronautics and Space Administration|NASA
Federal Reserve|Fed;Federal Reserve Board;U.S. Federal Reserve;the Fed
Securities and Exchange Commission|SEC;S.E.C.
Federal Trade Commission|FTC
Federal Communications Commission|FCC
Federal Aviation Administration|FAA
Internal Revenue Service|IRS
Office of Foreign Assets Control|OFAC
U.S. Agency for International Development|USAID;Agency for International Development
Defense Advanced Research Projects Agency|DARPA
National Counterterrorism Center|NCTC
## military | United States
U.S. military|US military;American military;U.S. armed forces;United States Armed Forces;U.S. Armed Forces
U.S. Army|US Army;United States Army;American army
U.S. Navy|US Navy;United States Navy;American navy
U.S. Air Force|US Air Force;United States Air Force;USAF
U.S. Marine Corps|United States Marine Corps;US Marine Corps;Marine Corps;U.S. Marines;US Marines;Marines;USMC
U.S. Coast Guard|Coast Guard;United States Coast Guard
U.S. Space Force|Space Force
National Guard|U.S. National Guard;Army National Guard;Air National Guard
Joint Chiefs of Staff|Joint Chiefs;JCS
U.S. Central Command|Central Command;CENTCOM;CentCom;U.S. CENTCOM
U.S. Special Operations Command|Special Operations Command;SOCOM
Joint Special Operations Command|JSOC
U.S. European Command|European Command;EUCOM
U.S. Africa Command|Africa Command;AFRICOM
U.S. Indo-Pacific Command|Indo-Pacific Command;INDOPACOM;Pacific Command;PACOM
U.S. Northern Command|Northern Command;NORTHCOM
U.S. Southern Command|Southern Command;SOUTHCOM
U.S. Cyber Command|Cyber Command;CYBERCOM
North American Aerospace Defense Command|NORAD
Combined Joint Task Force-Operation Inherent Resolve|Combined Joint Task Force – Operation Inherent Resolve;CJTF-OIR;Operation Inherent Resolve
Navy SEALs|SEALs;SEAL Team Six;Navy SEAL
Delta Force|1st Special Forces Operational Detachment-Delta
Green Berets|U.S. Army Special Forces;Army Special Forces
82nd Airborne Division|82nd Airborne
101st Airborne Division|101st Airborne
## legislature | United States
U.S. Congress|Congress;United States Congress;US Congress
U.S. Senate|Senate;United States Senate;US Senate
U.S. House of Representatives|House of Representatives;the House;U.S. House;US House
House Armed Services Committee|HASC;House Armed Services panel
Senate Armed Services Committee|SASC;Senate Armed Services panel
Senate Foreign Relations Committee|Senate Foreign Relations panel
House Foreign Affairs Committee|House Foreign Affairs panel
House Intelligence Committee|House Permanent Select Committee on Intelligence;HPSCI
Senate Intelligence Committee|Senate Select Committee on Intelligence;SSCI
House Judiciary Committee|House Judiciary panel
Senate Judiciary Committee|Senate Judiciary panel
House Oversight Committee|House Committee on Oversight and Reform;House Oversight and Government Reform Committee
House Homeland Security Committee|
Senate Homeland Security Committee|Senate Homeland Security and Governmental Affairs Committee
House Appropriations Committee|
Senate Appropriations Committee|
House Ways and Means Committee|Ways and Means Committee
Senate Finance Committee|
## court | United States
U.S. Supreme Court|Supreme Court;United States Supreme Court;US Supreme Court
## party | United States
Republican Party|Republicans;GOP;G.O.P.;Grand Old Party;Republican;RNC;Republican National Committee
Democratic Party|Democrats;Democratic;Democrat;DNC;Democratic National Committee
## government | United Kingdom
UK government|British government;U.K. government;Her Majesty's Government;HM Government;Downing Street;Number 10;No. 10;Whitehall
UK Ministry of Defence|Ministry of Defence;MoD;British Ministry of Defence;U.K. Ministry of Defence;British Defence Ministry
UK Foreign Office|Foreign Office;Foreign and Commonwealth Office;Foreign, Commonwealth and Development Office;FCO;FCDO
UK Home Office|Home Office
HM Treasury|British Treasury;U.K. Treasury
## agency | United Kingdom
MI6|Secret Intelligence Service;SIS;British intelligence
MI5|Security Service
GCHQ|Government Communications Headquarters
Scotland Yard|Metropolitan Police;Met Police;the Met
## military | United Kingdom
British Army|UK Army
Royal Navy|
Royal Air Force|RAF
Special Air Service|SAS
British armed forces|UK armed forces;British military;British forces
## legislature | United Kingdom
UK Parliament|British Parliament;House of Commons;House of Lords
## party | United Kingdom
Conservative Party|Conservatives;Tories;Tory;Tory Party
Labour Party|Labour;British Labour Party
Liberal Democrats|Lib Dems;LibDems
Scottish National Party|SNP
UK Independence Party|UKIP
Reform UK|Brexit Party
## government | Russia
Kremlin|Russian government;Russian authorities
Russian Defence Ministry|Russian Defense Ministry;Russian Ministry of Defence;Russian Ministry of Defense;Russia's Defense Ministry;Russia's Defence Ministry
Russian Foreign Ministry|Russian Ministry of Foreign Affairs;Russia's Foreign Ministry
## agency | Russia
FSB|Federal Security Service
SVR|Foreign Intelligence Service
GRU|Main Intelligence Directorate;Russian military intelligence
## military | Russia
Russian armed forces|Russian military;Russian army;Russian forces
Wagner Group|Wagner;PMC Wagner
## party | Russia
United Russia|
## government | Israel
Israeli government|Israeli cabinet;Knesset government
## military | Israel
Israel Defense Forces|IDF;Israeli Defense Forces;Israeli military;Israeli army;Tsahal
## agency | Israel
Mossad|
Shin Bet|Shabak;Israel Security Agency
## legislature | Israel
Knesset|
## party | Israel
Likud|Likud Party
## government | Iran
Iranian government|Tehran regime
## military | Iran
Islamic Revolutionary Guard Corps|IRGC;Islamic Revolutionary Guards Corps;Revolutionary Guard Corps;Revolutionary Guards Corps;Revolutionary Guard;Revolutionary Guards;Iranian Revolutionary Guard;Iran's Revolutionary Guard;Pasdaran
Quds Force|Qods Force;IRGC Quds Force
## government | Iraq
Iraqi government|Government of Iraq;Baghdad government
Kurdistan Regional Government|KRG
## military | Iraq
Iraqi Security Forces|ISF;Iraqi security forces;Iraqi forces;Iraqi army;Iraqi Army;Iraqi military
Popular Mobilization Forces|PMF;Popular Mobilisation Forces;Popular Mobilization Units;PMU;Hashd al-Shaabi;al-Hashd al-Shaabi
Counter Terrorism Service|CTS;Iraqi Counter Terrorism Service;Golden Division
Peshmerga|Kurdish Peshmerga;Pesh Merga
Kataib Hezbollah|Kata'ib Hezbollah;Kataib Hizballah
## government | Syria
Syrian government|Assad regime;Syrian regime;Damascus government;Government of Syria
## military | Syria
Syrian Arab Army|Syrian army;Syrian government forces;Syrian government troops;SAA
## militant | Syria
Syrian Democratic Forces|SDF;S.D.F.
YPG|People's Protection Units;Kurdish People's Protection Units;Y.P.G.
YPJ|Women's Protection Units
Free Syrian Army|FSA
Hayat Tahrir al-Sham|HTS;Hay'at Tahrir al-Sham;Tahrir al-Sham
Nusra Front|al-Nusra Front;Jabhat al-Nusra;al-Nusra;Nusra;Jabhat Fateh al-Sham;Jabhat Fatah al-Sham;Jabhat al-Nusra li-Ahl al-Sham
Ahrar al-Sham|Harakat Ahrar al-Sham
Jaish al-Islam|Army of Islam
Syrian National Army|SNA;Turkish-backed Syrian National Army
## militant |
Islamic State|ISIS;ISIL;IS;Daesh;Da'esh;DAESH;Islamic State group;Islamic State in Iraq and Syria;Islamic State of Iraq and Syria;Islamic State of Iraq and the Levant;Islamic State of Iraq and al-Sham;Islamic State in Iraq and the Levant;Islamic State of Iraq;so-called Islamic State;Islamic State militant group
al-Qaeda|al-Qaida;al Qaeda;Al Qaeda;Al-Qaeda;al-Qa'ida;al Qaida;Al Qaida;alQaeda;Qaeda;Qaida;al-Qaeda central
al-Qaeda in Iraq|AQI;al-Qaida in Iraq;Al Qaeda in Iraq;al Qaeda in Iraq;Al-Qaeda in Iraq;Tanzim Qaidat al-Jihad fi Bilad al-Rafidayn
al-Qaeda in the Arabian Peninsula|AQAP;al-Qaida in the Arabian Peninsula;Al Qaeda in the Arabian Peninsula;Ansar al-Sharia in Yemen
al-Qaeda in the Islamic Maghreb|AQIM;al-Qaida in the Islamic Maghreb;Al Qaeda in the Islamic Maghreb
al-Qaeda in the Indian Subcontinent|AQIS
Jama'at Nasr al-Islam wal Muslimin|JNIM;Group for the Support of Islam and Muslims
Islamic State West Africa Province|ISWAP;Islamic State's West Africa Province
Islamic State Khorasan|ISIS-K;ISKP;IS-K;Islamic State Khorasan Province;ISIL-K
Islamic State in the Greater Sahara|ISGS
Taliban|the Taliban;Afghan Taliban;Islamic Emirate of Afghanistan
Pakistani Taliban|Tehrik-i-Taliban Pakistan;Tehreek-e-Taliban Pakistan;TTP
Haqqani network|Haqqani Network;Haqqanis
Lashkar-e-Taiba|LeT;Lashkar-e-Toiba;Lashkar e Taiba
Jaish-e-Mohammed|JeM;Jaish-e-Muhammad
## militant | Lebanon
Hezbollah|Hizbollah;Hizballah;Hizbullah;Hezbolla;Party of God
## militant | Palestine
Hamas|HAMAS;Islamic Resistance Movement;Izz ad-Din al-Qassam Brigades;Qassam Brigades;al-Qassam Brigades
Palestinian Islamic Jihad|Islamic Jihad;PIJ
Fatah|Fateh
## militant | Yemen
Houthis|Houthi;Houthi rebels;Houthi movement;Ansar Allah;Ansarullah;Huthis;Huthi
## militant | Somalia
al-Shabaab|al-Shabab;Al-Shabaab;Al Shabaab;al Shabab;Shabaab;Shabab;Harakat al-Shabaab al-Mujahideen
## militant | Nigeria
Boko Haram|Jama'atu Ahlis Sunna Lidda'awati wal-Jihad;JAS
## militant | Turkey
PKK|Kurdistan Workers' Party;Kurdistan Workers Party;P.K.K.
## militant | Colombia
FARC|Revolutionary Armed Forces of Colombia;FARC-EP
ELN|National Liberation Army
## militant | Philippines
Abu Sayyaf|Abu Sayyaf Group;ASG
## militant | Mozambique
Ansar al-Sunna|Ahlu Sunnah wal Jamaah;al-Shabab (Mozambique)
## militant | Libya
Libyan National Army|LNA;Haftar's forces
## intergovernmental |
United Nations|UN;U.N.;the UN;United Nations Organization
UN Security Council|U.N. Security Council;United Nations Security Council;Security Council;UNSC
UN General Assembly|U.N. General Assembly;United Nations General Assembly;General Assembly;UNGA
UN Human Rights Council|U.N. Human Rights Council;UNHRC;Human Rights Council
UNHCR|U.N. refugee agency;UN refugee agency;United Nations High Commissioner for Refugees;Office of the United Nations High Commissioner for Refugees
UNICEF|United Nations Children's Fund;U.N. Children's Fund
World Food Programme|WFP;World Food Program
World Health Organization|WHO;W.H.O.;World Health Organisation
UNESCO|United Nations Educational, Scientific and Cultural Organization
UNRWA|United Nations Relief and Works Agency
International Atomic Energy Agency|IAEA;U.N. nuclear watchdog;UN nuclear watchdog
Organisation for the Prohibition of Chemical Weapons|OPCW;Organization for the Prohibition of Chemical Weapons
International Criminal Court|ICC|court|
International Court of Justice|ICJ;World Court|court|
NATO|North Atlantic Treaty Organization;N.A.T.O.;Nato;North Atlantic Alliance
European Union|EU;E.U.;the EU
European Commission|EC
European Parliament|EP
European Council|
Council of the European Union|Council of the EU
European Central Bank|ECB
African Union|AU;A.U.
Arab League|League of Arab States
Gulf Cooperation Council|GCC;Cooperation Council for the Arab States of the Gulf
Organisation of Islamic Cooperation|OIC;Organization of Islamic Cooperation
Association of Southeast Asian Nations|ASEAN
Organization of American States|OAS
Organization for Security and Co-operation in Europe|OSCE;Organization for Security and Cooperation in Europe
Economic Community of West African States|ECOWAS
Shanghai Cooperation Organisation|SCO;Shanghai Cooperation Organization
Commonwealth of Independent States|CIS
Group of Seven|G7;G-7
Group of 20|G20;G-20;Group of Twenty
BRICS|
OPEC|Organization of the Petroleum Exporting Countries;OPEC+
World Bank|World Bank Group
International Monetary Fund|IMF;I.M.F.
World Trade Organization|WTO;World Trade Organisation
Organisation for Economic Co-operation and Development|OECD
Interpol|International Criminal Police Organization
Global Coalition to Defeat ISIS|anti-ISIS coalition;U.S.-led coalition;US-led coalition;coalition against ISIS;Global Coalition Against Daesh;anti-Islamic State coalition
Financial Action Task Force|FATF
International Energy Agency|IEA
## ngo |
International Committee of the Red Cross|ICRC;Red Cross;International Red Cross
Red Crescent|International Federation of Red Cross and Red Crescent Societies;IFRC;Syrian Arab Red Crescent
Amnesty International|Amnesty
Human Rights Watch|HRW
Doctors Without Borders|Medecins Sans Frontieres;Médecins Sans Frontières;MSF
Syrian Observatory for Human Rights|SOHR;Britain-based Syrian Observatory for Human Rights;Syrian Observatory
White Helmets|Syria Civil Defence;Syrian Civil Defense
Save the Children|
Oxfam|Oxfam International
Committee to Protect Journalists|CPJ
Reporters Without Borders|Reporters Sans Frontieres;Reporters Sans Frontières
Transparency International|
Greenpeace|
SITE Intelligence Group|SITE
Airwars|
International Crisis Group|Crisis Group;ICG
Norwegian Refugee Council|NRC
International Rescue Committee|IRC
Bill & Melinda Gates Foundation|Gates Foundation;Bill and Melinda Gates Foundation
## think-tank |
Brookings Institution|Brookings;Brookings Institute
Council on Foreign Relations|CFR;C.F.R.
RAND Corporation|RAND;Rand Corporation;Rand Corp.;RAND Corp.
Institute for the Study of War|ISW
Chatham House|Royal Institute of International Affairs
Center for Strategic and International Studies|CSIS
Carnegie Endowment for International Peace|Carnegie Endowment;Carnegie
American Enterprise Institute|AEI
Heritage Foundation|Heritage
Atlantic Council|
Washington Institute for Near East Policy|Washington Institute
Middle East Institute|MEI
Foundation for Defense of Democracies|FDD
Center for a New American Security|CNAS
Hudson Institute|
Cato Institute|Cato
Wilson Center|Woodrow Wilson International Center for Scholars
Stimson Center|
New America|New America Foundation
Soufan Group|The Soufan Group
International Institute for Strategic Studies|IISS
Royal United Services Institute|RUSI
Stockholm International Peace Research Institute|SIPRI
Combating Terrorism Center|CTC;Combating Terrorism Center at West Point
Counter Extremism Project|CEP
Quilliam Foundation|Quilliam
Jamestown Foundation|
European Council on Foreign Relations|ECFR
Peterson Institute for International Economics|Peterson Institute;PIIE
Center for American Progress|CAP
Pew Research Center|Pew
Long War Journal|FDD's Long War Journal
## media |
Reuters|Thomson Reuters;Reuters news agency
Associated Press|AP;The Associated Press;A.P.
Agence France-Presse|AFP;Agence France Presse;A.F.P.
Bloomberg|Bloomberg News;Bloomberg L.P.;Bloomberg LP
The New York Times|New York Times;NYT;NY Times
The Washington Post|Washington Post;WaPo
The Wall Street Journal|Wall Street Journal;WSJ
USA Today|USA TODAY
Los Angeles Times|LA Times;L.A. Times
The Hill|
Politico|POLITICO
Axios|
Voice of America|VOA;V.O.A.
The Daily Beast|Daily Beast
BBC|British Broadcasting Corporation;BBC News;B.B.C.
CNN|Cable News Network;C.N.N.
Fox News|Fox News Channel
MSNBC|
NBC News|NBC
ABC News|ABC
CBS News|CBS
NPR|National Public Radio
PBS|Public Broadcasting Service
Al Jazeera|Al-Jazeera;Aljazeera;Al Jazeera English
Al Arabiya|Al-Arabiya
Sky News|
The Guardian|Guardian newspaper
The Times of London|The Times (London)
The Telegraph|Daily Telegraph
The Independent|
Financial Times|FT;F.T.
The Economist|
Daily Mail|Mail Online;MailOnline
Defense One|DefenseOne
Military Times|Defense News;Army Times;Navy Times;Air Force Times;Marine Corps Times
Stars and Stripes|
Foreign Policy|
Foreign Affairs|
The New Yorker|New Yorker
Time magazine|TIME
Newsweek|
Vox|Vox Media
BuzzFeed News|BuzzFeed
HuffPost|Huffington Post
Business Insider|
Vice News|VICE News
The Intercept|
ProPublica|
McClatchy|
Los Angeles Daily News|
Der Spiegel|Spiegel;Spiegel Online
Le Monde|
Le Figaro|
Deutsche Welle|DW
France 24|France24
RT|Russia Today
TASS|ITAR-TASS
RIA Novosti|RIA
Sputnik|Sputnik News
Interfax|
Xinhua|Xinhua News Agency
Global Times|
CGTN|China Global Television Network;CCTV
Anadolu Agency|Anadolu
Kyodo News|Kyodo
NHK|
Yonhap|Yonhap News Agency
Press TV|PressTV
IRNA|Islamic Republic News Agency
Fars News Agency|Fars
Tasnim News Agency|Tasnim
Haaretz|
The Times of Israel|Times of Israel
The Jerusalem Post|Jerusalem Post
Asharq Al-Awsat|Asharq al-Awsat
Rudaw|
Kurdistan 24|K24
Amaq News Agency|Amaq;A'maq
Al-Masdar News|Al Masdar
Middle East Eye|
Gulf News|
Dawn newspaper|
The Hindu|
Times of India|
NDTV|
South China Morning Post|SCMP
The Straits Times|Straits Times
Sydney Morning Herald|
ABC Australia|Australian Broadcasting Corporation
CBC News|CBC;Canadian Broadcasting Corporation
Globe and Mail|The Globe and Mail
Toronto Star|
## university |
Harvard University|Harvard
Yale University|Yale
Princeton University|Princeton
Stanford University|Stanford
Massachusetts Institute of Technology|MIT
Columbia University|Columbia
Georgetown University|
Johns Hopkins University|Johns Hopkins
University of Oxford|Oxford University
University of Cambridge|Cambridge University
London School of Economics|LSE
King's College London|King's College
U.S. Military Academy|West Point;United States Military Academy
U.S. Naval Academy|Naval Academy
National Defense University|NDU
Naval Postgraduate School|
## company |
Microsoft|Microsoft Corp.;Microsoft Corporation;MSFT
Apple|Apple Inc.;Apple Inc
Alphabet|Alphabet Inc.;Google's parent
Google|Google LLC;Google Inc.
Amazon|Amazon.com;Amazon.com Inc.;Amazon Inc.
Meta|Meta Platforms;Facebook Inc.;Facebook
Tesla|Tesla Inc.;Tesla Motors
Nvidia|NVIDIA;Nvidia Corp.
Intel|Intel Corp.;Intel Corporation
IBM|International Business Machines;I.B.M.
Oracle|Oracle Corp.
Cisco|Cisco Systems
Salesforce|Salesforce.com
Adobe|Adobe Inc.
Netflix|
Uber|Uber Technologies
Lyft|
Airbnb|
Twitter|X Corp.
SpaceX|Space Exploration Technologies
OpenAI|
Anthropic|
Samsung|Samsung Electronics;Samsung Group
Sony|Sony Group;Sony Corp.
Huawei|Huawei Technologies
Alibaba|Alibaba Group
Tencent|Tencent Holdings
Baidu|
ByteDance|TikTok's parent
TikTok|
Xiaomi|
TSMC|Taiwan Semiconductor Manufacturing Company;Taiwan Semiconductor
Qualcomm|
AMD|Advanced Micro Devices
Broadcom|
Micron|Micron Technology
Dell|Dell Technologies
HP|Hewlett-Packard;HP Inc.
Lenovo|
SAP|SAP SE
Siemens|Siemens AG
Philips|Royal Philips
Nokia|
Ericsson|
Boeing|Boeing Co.;The Boeing Company
Airbus|Airbus SE;Airbus Group
Lockheed Martin|Lockheed;Lockheed Martin Corp.
Raytheon|RTX;Raytheon Technologies
Northrop Grumman|Northrop
General Dynamics|
BAE Systems|BAE
Leonardo S.p.A.|Leonardo SpA
Thales|
Rheinmetall|
Palantir|Palantir Technologies
Toyota|Toyota Motor;Toyota Motor Corp.
Volkswagen|VW;Volkswagen Group;Volkswagen AG
General Motors|GM;G.M.
Ford|Ford Motor;Ford Motor Co.;Ford Motor Company
Stellantis|Fiat Chrysler;FCA
Honda|Honda Motor
Nissan|Nissan Motor
Hyundai|Hyundai Motor
BMW|
Mercedes-Benz|Daimler;Mercedes-Benz Group
BYD|
Renault|
Shell|Royal Dutch Shell;Shell plc
BP|British Petroleum;BP plc
ExxonMobil|Exxon Mobil;Exxon;Mobil
Chevron|
TotalEnergies|Total SA;TotalEnergies SE
ConocoPhillips|
Saudi Aramco|Aramco
Gazprom|
Rosneft|
Lukoil|
PetroChina|
Sinopec|
Equinor|Statoil
Eni|
Glencore|
BHP|BHP Billiton
Rio Tinto|
JPMorgan Chase|JPMorgan;JP Morgan;J.P. Morgan;JPMorgan Chase & Co.
Goldman Sachs|Goldman
Morgan Stanley|
Bank of America|BofA
Citigroup|Citi;Citibank
Wells Fargo|
BlackRock|
Vanguard|
HSBC|
Barclays|
UBS|
Credit Suisse|
Deutsche Bank|
BNP Paribas|
Santander|Banco Santander
Berkshire Hathaway|Berkshire
Visa|
Mastercard|
PayPal|
Walmart|Wal-Mart
Costco|
Target|Target Corp.
Home Depot|The Home Depot
Procter & Gamble|P&G;Procter and Gamble
Johnson & Johnson|J&J;Johnson and Johnson
Pfizer|
Moderna|
Merck|
AstraZeneca|
Novartis|
Roche|
Sanofi|
GlaxoSmithKline|GSK
Eli Lilly|Lilly
AbbVie|
Bayer|
Novo Nordisk|
UnitedHealth Group|UnitedHealth
CVS Health|CVS
Coca-Cola|Coca Cola;Coke
PepsiCo|Pepsi
Nestle|Nestlé
Unilever|
McDonald's|McDonalds
Starbucks|
Nike|
Disney|Walt Disney;The Walt Disney Company;Walt Disney Co.
Comcast|
Warner Bros. Discovery|Warner Bros.;Warner Bros
Paramount|Paramount Global
AT&T|AT&T Inc.
Verizon|
T-Mobile|
Vodafone|
Deutsche Telekom|
Orange|Orange SA
Telefonica|Telefónica
FedEx|
UPS|United Parcel Service
Maersk|A.P. Moller-Maersk
Delta Air Lines|Delta
United Airlines
American Airlines|
Emirates|Emirates airline
Qatar Airways|
Lufthansa|
Air France-KLM|Air France
British Airways|
Caterpillar|
General Electric|GE
3M|
Honeywell|
Louis Vuitton|LVMH
L'Oreal|L'Oréal
Hermes|Hermès
Inditex|Zara
IKEA|
Accenture|
Deloitte|
PwC|PricewaterhouseCoopers
EY|Ernst & Young
KPMG|
McKinsey|McKinsey & Company
Tata Group|Tata;Tata Sons
Reliance Industries|Reliance
Infosys|
Wipro|
Adani Group|Adani
Softbank|SoftBank;SoftBank Group
Mitsubishi|
Panasonic|
Hitachi|
Foxconn|Hon Hai
Evergrande|China Evergrande
NIO|
Spotify|
Zoom|Zoom Video
Snap|Snapchat
Pinterest|
Reddit|
Yahoo|Yahoo!
eBay|
Shopify|
Arm|Arm Holdings
ASML|
Anheuser-Busch InBev|AB InBev;Anheuser-Busch
Heineken|
Diageo|
Philip Morris|Philip Morris International
Altria|
Halliburton|
Schlumberger|SLB
Blackwater|Academi;Constellis
## party |
Labour Party (Israel)|Israeli Labor Party|party|Israel
Christian Democratic Union|CDU;Christian Democrats|party|Germany
Christian Social Union|CSU|party|Germany
Social Democratic Party of Germany|SPD;Social Democrats|party|Germany
Alternative for Germany|AfD|party|Germany
Greens|Alliance 90/The Greens|party|Germany
Free Democratic Party|FDP|party|Germany
National Rally|Rassemblement National;National Front;Front National|party|France
Renaissance|La République En Marche;En Marche;LREM|party|France
The Republicans (France)|Les Républicains|party|France
French Socialist Party|Parti Socialiste|party|France
La France Insoumise|France Unbowed;LFI|party|France
Brothers of Italy|Fratelli d'Italia|party|Italy
Lega|Northern League|party|Italy
Five Star Movement|M5S|party|Italy
Forza Italia||party|Italy
Partido Popular|People's Party;PP|party|Spain
Spanish Socialist Workers' Party|PSOE|party|Spain
Vox (Spain)|Vox party|party|Spain
African National Congress|ANC|party|South Africa
Democratic Alliance|DA|party|South Africa
Economic Freedom Fighters|EFF|party|South Africa
Bharatiya Janata Party|BJP|party|India
Indian National Congress|Congress Party;Congress party|party|India
Aam Aadmi Party|AAP|party|India
Pakistan Tehreek-e-Insaf|PTI;Pakistan Tehrik-e-Insaf|party|Pakistan
Pakistan Muslim League-Nawaz|PML-N|party|Pakistan
Pakistan Peoples Party|PPP|party|Pakistan
Justice and Development Party|AKP;AK Party|party|Turkey
Republican People's Party|CHP|party|Turkey
Peoples' Democratic Party|HDP|party|Turkey
Chinese Communist Party|Communist Party of China;CCP;CPC|party|China
Liberal Democratic Party|LDP|party|Japan
Liberal Party of Canada||party|Canada
Conservative Party of Canada||party|Canada
Australian Labor Party|ALP|party|Australia
Liberal Party of Australia||party|Australia
Workers' Party|PT;Partido dos Trabalhadores|party|Brazil
Morena||party|Mexico
Muslim Brotherhood|Ikhwan|party|Egypt
Ennahda|Ennahdha|party|Tunisia
Baath Party|Ba'ath Party;Baath;Ba'ath|party|Syria
Kurdistan Democratic Party|KDP|party|Iraq
Patriotic Union of Kurdistan|PUK|party|Iraq
Fidesz||party|Hungary
Law and Justice|PiS|party|Poland
Sinn Fein|Sinn Féin|party|Ireland
Fianna Fail|Fianna Fáil|party|Ireland
Fine Gael||party|Ireland
Democratic Unionist Party|DUP|party|United Kingdom
Nationalist Congress Party|NCP|party|India
ZANU-PF|Zanu-PF|party|Zimbabwe
All Progressives Congress|APC|party|Nigeria
Peoples Democratic Party (Nigeria)|PDP|party|Nigeria
Likud Beiteinu||party|Israel
Yesh Atid||party|Israel
## government |
European Union member states|EU member states
Chinese government|Chinese authorities;China's government|government|China
French government|Elysee;Élysée;Elysee Palace|government|France
German government|Berlin government;German Chancellery|government|Germany
Turkish government|Ankara government|government|Turkey
Saudi government|Saudi royal court;Riyadh government|government|Saudi Arabia
Ukrainian government|Kyiv government;Kiev government|government|Ukraine
Afghan government|Government of Afghanistan;Kabul government|government|Afghanistan
Pakistani government|Islamabad government|government|Pakistan
Belgian government|Government of Belgium|government|Belgium
## ministry |
French Defence Ministry|French Ministry of Defence;French Ministry of the Armed Forces;French Defense Ministry|ministry|France
German Defence Ministry|German Defense Ministry;Bundeswehr ministry|ministry|Germany
Iraqi Defense Ministry|Iraqi Ministry of Defense;Iraqi Defence Ministry|ministry|Iraq
Iraqi Interior Ministry|Iraqi Ministry of Interior|ministry|Iraq
Turkish Defense Ministry|Turkish Ministry of National Defense;Turkish Defence Ministry|ministry|Turkey
Ukrainian Defense Ministry|Ukrainian Ministry of Defense;Ukrainian Defence Ministry|ministry|Ukraine
Syrian Foreign Ministry||ministry|Syria
Iranian Foreign Ministry||ministry|Iran
Chinese Foreign Ministry|Chinese Ministry of Foreign Affairs|ministry|China
Saudi Ministry of Defense|Saudi Defense Ministry|ministry|Saudi Arabia
## military |
Bundeswehr|German armed forces;German military|military|Germany
French armed forces|French military|military|France
Turkish Armed Forces|TSK;Turkish military;Turkish army|military|Turkey
People's Liberation Army|PLA;Chinese military|military|China
Ukrainian armed forces|Armed Forces of Ukraine;Ukrainian military;Ukrainian army|military|Ukraine
Afghan National Army|ANA;Afghan army;Afghan National Defense and Security Forces;ANDSF|military|Afghanistan
Pakistani military|Pakistan Army;Pakistani army|military|Pakistan
Inter-Services Intelligence|ISI;Pakistani intelligence|agency|Pakistan
Saudi-led coalition|Saudi-led military coalition|military|Saudi Arabia
Egyptian armed forces|Egyptian military;Egyptian army|military|Egypt
Nigerian army|Nigerian military|military|Nigeria
Lebanese Armed Forces|Lebanese army;LAF|military|Lebanon
Somali National Army|SNA (Somalia)|military|Somalia
AMISOM|African Union Mission in Somalia;ATMIS|intergovernmental|
MINUSMA|UN mission in Mali|intergovernmental|
Operation Barkhane|Barkhane|military|France
## militant |
Islamic State Sinai Province|Wilayat Sinai;Ansar Bait al-Maqdis;Ansar Beit al-Maqdis;Sinai Province|militant|Egypt
Ansar al-Sharia|Ansar al-Shariah|militant|Libya
Ansar Dine|Ansar Eddine|militant|Mali
al-Mourabitoun|Al Mourabitoun|militant|Mali
National Movement for the Liberation of Azawad|MNLA|militant|Mali
Katiba Macina|Macina Liberation Front|militant|Mali
Allied Democratic Forces|ADF|militant|Democratic Republic of the Congo
M23|March 23 Movement;M23 rebels|militant|Democratic Republic of the Congo
Lord's Resistance Army|LRA|militant|Uganda
Janjaweed|Janjawid|militant|Sudan
Rapid Support Forces|RSF|militant|Sudan
Sudan People's Liberation Movement|SPLM;SPLA;Sudan People's Liberation Army|militant|South Sudan
Tigray People's Liberation Front|TPLF;Tigray Defense Forces;TDF|militant|Ethiopia
Oromo Liberation Army|OLA|militant|Ethiopia
Hurras al-Din|Hurras al-Deen;Guardians of Religion|militant|Syria
Khorasan Group||militant|Syria
Jund al-Aqsa||militant|Syria
Jaish al-Fatah|Army of Conquest|militant|Syria
Liwa Fatemiyoun|Fatemiyoun Brigade;Fatemiyoun|militant|Iran
Asa'ib Ahl al-Haq|Asaib Ahl al-Haq;AAH;League of the Righteous|militant|Iraq
Badr Organization|Badr Brigade;Badr Corps|militant|Iraq
Harakat al-Nujaba|Nujaba|militant|Iraq
Saraya al-Salam|Mahdi Army;Jaish al-Mahdi;Peace Brigades|militant|Iraq
Sinjar Resistance Units|YBS|militant|Iraq
Democratic Union Party|PYD|party|Syria
Kurdistan Free Life Party|PJAK|militant|Iran
Jaish al-Adl|Jaish ul-Adl;Jundallah|militant|Iran
Ansar al-Islam||militant|Iraq
Naqshbandi Army|Jaysh Rijal al-Tariqa al-Naqshbandia;JRTN|militant|Iraq
Lashkar-e-Jhangvi|LeJ|militant|Pakistan
Hizbul Mujahideen|Hizb-ul-Mujahideen|militant|India
Liberation Tigers of Tamil Eelam|LTTE;Tamil Tigers|militant|Sri Lanka
Communist Party of India (Maoist)|Maoists;Naxalites;Naxals;CPI (Maoist)|militant|India
New People's Army|NPA|militant|Philippines
Moro Islamic Liberation Front|MILF|militant|Philippines
Maute group|Maute|militant|Philippines
Jemaah Islamiyah|JI;Jemaah Islamiah|militant|Indonesia
Jamaah Ansharut Daulah|JAD|militant|Indonesia
Turkistan Islamic Party|TIP;East Turkestan Islamic Movement;ETIM|militant|China
Islamic Movement of Uzbekistan|IMU|militant|Uzbekistan
Caucasus Emirate|Imarat Kavkaz|militant|Russia
ETA|Euskadi Ta Askatasuna|militant|Spain
Irish Republican Army|IRA;Provisional IRA;New IRA;Real IRA|militant|United Kingdom
Shining Path|Sendero Luminoso|militant|Peru
Sinaloa Cartel|Sinaloa cartel|militant|Mexico
Jalisco New Generation Cartel|CJNG;Jalisco cartel|militant|Mexico
Gulf Cartel||militant|Mexico
Los Zetas|Zetas|militant|Mexico
MS-13|Mara Salvatrucha|militant|El Salvador
Tren de Aragua||militant|Venezuela
Popular Front for the Liberation of Palestine|PFLP|militant|Palestine
al-Aqsa Martyrs' Brigades|Al-Aqsa Martyrs Brigades;al-Aqsa Martyrs Brigade|militant|Palestine
Lions' Den|Lion's Den|militant|Palestine
Azov Regiment|Azov Battalion;Azov Brigade|military|Ukraine
Donetsk People's Republic|DPR;DNR|militant|Ukraine
Luhansk People's Republic|LPR;LNR;Lugansk People's Republic|militant|Ukraine
Russian Volunteer Corps|RDK|militant|Russia
Southern Transitional Council|STC|militant|Yemen
Jaish al-Muhajireen wal-Ansar|JMA|militant|Syria
Abdullah Azzam Brigades||militant|Lebanon
Fatah al-Islam||militant|Lebanon
Amal Movement|Harakat Amal|party|Lebanon
Lebanese Forces||party|Lebanon
Free Patriotic Movement|FPM|party|Lebanon
## government |
Palestinian Authority|Palestinian National Authority|government|Palestine
Palestine Liberation Organization|PLO|government|Palestine
Government of National Accord|GNA|government|Libya
Government of National Unity|GNU|government|Libya
Federal Government of Somalia|Somali government|government|Somalia
Iraqi parliament|Council of Representatives of Iraq;Iraqi Council of Representatives|legislature|Iraq
Israeli Prime Minister's Office|Prime Minister's Office (Israel)|government|Israel
Presidential Leadership Council||government|Yemen
Belgian Federal Prosecutor's Office|Belgian federal prosecutor;Belgian prosecutors;Belgian federal prosecutors|agency|Belgium
Paris prosecutor's office|Paris prosecutor|agency|France
## agency |
Europol|European Police Office|intergovernmental|
Frontex|European Border and Coast Guard Agency|intergovernmental|
DGSE|General Directorate for External Security|agency|France
DGSI|General Directorate for Internal Security|agency|France
BND|Federal Intelligence Service (Germany);Bundesnachrichtendienst|agency|Germany
BfV|Federal Office for the Protection of the Constitution|agency|Germany
SBU|Security Service of Ukraine|agency|Ukraine
HUR|GUR;Ukrainian military intelligence;Main Directorate of Intelligence|agency|Ukraine
Ministry of State Security|MSS|agency|China
Research and Analysis Wing|RAW;R&AW|agency|India
Iraqi National Intelligence Service|INIS|agency|Iraq
ASIO|Australian Security Intelligence Organisation|agency|Australia
Royal Canadian Mounted Police|RCMP;Mounties|agency|Canada
National Crime Agency|NCA|agency|United Kingdom
Counter Terrorism Policing|Counter-terrorism police|agency|United Kingdom
New York Police Department|NYPD;New York City Police Department|agency|United States
Los Angeles Police Department|LAPD|agency|United States
## legislature |
Bundestag|German parliament|legislature|Germany
State Duma|Duma;Russian parliament|legislature|Russia
Federation Council||legislature|Russia
Verkhovna Rada|Rada;Ukrainian parliament|legislature|Ukraine
Majlis|Iranian parliament;Islamic Consultative Assembly|legislature|Iran
Lok Sabha||legislature|India
Rajya Sabha||legislature|India
National People's Congress|NPC|legislature|China
Grand National Assembly of Turkey|Turkish parliament;Grand National Assembly|legislature|Turkey
French National Assembly|Assemblee Nationale;Assemblée nationale|legislature|France
French Senate||legislature|France
Sejm|Polish parliament|legislature|Poland
Scottish Parliament|Holyrood|legislature|United Kingdom
Dail|Dáil;Dail Eireann;Dáil Éireann|legislature|Ireland
Belgian parliament|Belgian Chamber of Representatives|legislature|Belgium
## court |
European Court of Human Rights|ECHR;European human rights court|court|
Court of Justice of the European Union|European Court of Justice;ECJ;CJEU|court|
UK Supreme Court|British Supreme Court|court|United Kingdom
Supreme Court of India|Indian Supreme Court|court|India
Federal Constitutional Court|German Constitutional Court;Bundesverfassungsgericht|court|Germany
Special Tribunal for Lebanon|STL|court|
Foreign Intelligence Surveillance Court|FISA court;FISC|court|United States
Court of Arbitration for Sport|CAS|court|
Permanent Court of Arbitration|PCA|court|
Israeli Supreme Court|Supreme Court of Israel;Israel's Supreme Court|court|Israel
## party |
Libertarian Party||party|United States
New Democratic Party|NDP|party|Canada
Bloc Quebecois|Bloc Québécois|party|Canada
Democratic Party of Korea|Minjoo Party|party|South Korea
People Power Party|PPP (South Korea)|party|South Korea
Democratic Progressive Party|DPP|party|Taiwan
Kuomintang|KMT;Nationalist Party|party|Taiwan
Institutional Revolutionary Party|PRI|party|Mexico
National Action Party|PAN|party|Mexico
Justicialist Party|Peronists;Peronist party|party|Argentina
La Libertad Avanza|Liberty Advances|party|Argentina
Civic Platform|Civic Coalition|party|Poland
Party for Freedom|PVV|party|Netherlands
People's Party for Freedom and Democracy|VVD|party|Netherlands
Sweden Democrats||party|Sweden
Syriza||party|Greece
New Democracy||party|Greece
All India Trinamool Congress|Trinamool Congress;TMC|party|India
Samajwadi Party|SP|party|India
Dravida Munnetra Kazhagam|DMK|party|India
Shiv Sena||party|India
Awami League|Bangladesh Awami League|party|Bangladesh
Bangladesh Nationalist Party|BNP|party|Bangladesh
Indonesian Democratic Party of Struggle|PDI-P|party|Indonesia
Gerindra|Great Indonesia Movement Party|party|Indonesia
Golkar||party|Indonesia
United Malays National Organisation|UMNO|party|Malaysia
Pakatan Harapan||party|Malaysia
Pheu Thai|Pheu Thai Party|party|Thailand
Move Forward Party|Move Forward;People's Party (Thailand)|party|Thailand
Jubilee Party|Jubilee|party|Kenya
Orange Democratic Movement|ODM|party|Kenya
Movement for Democratic Change|MDC|party|Zimbabwe
Citizens Coalition for Change|CCC|party|Zimbabwe
National Resistance Movement|NRM|party|Uganda
Prosperity Party||party|Ethiopia
Sadrist Movement|Sadrists;Sadr movement|party|Iraq
Islamic Dawa Party|Dawa Party;Dawa|party|Iraq
United Socialist Party of Venezuela|PSUV|party|Venezuela
Servant of the People||party|Ukraine
Communist Party of the Russian Federation|KPRF|party|Russia
Georgian Dream||party|Georgia
Civil Contract||party|Armenia
Party of Action and Solidarity|PAS|party|Moldova
Serbian Progressive Party|SNS|party|Serbia
Freedom Party of Austria|FPO;FPÖ;Austrian Freedom Party|party|Austria
Austrian People's Party|OVP;ÖVP|party|Austria
Swiss People's Party|SVP|party|Switzerland
Komeito||party|Japan
Constitutional Democratic Party of Japan|CDP|party|Japan
New Zealand National Party|National Party|party|New Zealand
Podemos||party|Spain
Sumar||party|Spain
Together for Catalonia|Junts|party|Spain
Socialist Party (Portugal)|Partido Socialista|party|Portugal
Chega||party|Portugal
Die Linke|Left Party|party|Germany
Sahra Wagenknecht Alliance|BSW|party|Germany
## agency |
Federal Election Commission|FEC|agency|United States
Election Commission of India|ECI|agency|India
Independent National Electoral Commission|INEC|agency|Nigeria
Independent Electoral and Boundaries Commission|IEBC|agency|Kenya
Independent High Electoral Commission|IHEC|agency|Iraq
Electoral Commission (UK)|UK Electoral Commission|agency|United Kingdom
## company |
Kraft Heinz||company|United States
General Mills||company|United States
Kellogg|Kellanova;Kellogg's|company|United States
Mondelez|Mondelez International|company|United States
Tyson Foods||company|United States
Cargill||company|United States
Archer Daniels Midland|ADM|company|United States
Dow Inc.|Dow Chemical|company|United States
DuPont||company|United States
BASF||company|Germany
ABB||company|Switzerland
Schneider Electric||company|France
Volvo|Volvo Cars;Volvo Group|company|Sweden
Porsche||company|Germany
Audi||company|Germany
Ferrari||company|Italy
Kia|Kia Motors|company|South Korea
Mazda||company|Japan
Subaru||company|Japan
Suzuki Motor||company|Japan
Tata Motors||company|India
Mahindra|Mahindra & Mahindra|company|India
Geely||company|China
Rivian||company|United States
Lucid Group|Lucid Motors|company|United States
Waymo||company|United States
Atlassian||company|Australia
ServiceNow||company|United States
Workday||company|United States
Snowflake||company|United States
Databricks||company|United States
Stripe||company|United States
Coinbase||company|United States
Binance||company|
FTX||company|
Robinhood|Robinhood Markets|company|United States
Dropbox||company|United States
GitHub||company|United States
LinkedIn||company|United States
WhatsApp||company|United States
Instagram||company|United States
YouTube||company|United States
Telegram|Telegram Messenger|company|
Mistral AI|Mistral|company|France
xAI||company|United States
DeepMind|Google DeepMind|company|United Kingdom
Starlink||company|United States
Blue Origin||company|United States
Northvolt||company|Sweden
CATL|Contemporary Amperex Technology|company|China
SMIC|Semiconductor Manufacturing International Corporation|company|China
SK Hynix|SK hynix|company|South Korea
LG|LG Electronics;LG Group|company|South Korea
Hyundai Heavy Industries|HD Hyundai|company|South Korea
Hanwha||company|South Korea
Rosatom||company|Russia
Sberbank|Sber|company|Russia
VTB|VTB Bank|company|Russia
Naftogaz||company|Ukraine
Aramco Trading||company|Saudi Arabia
ADNOC|Abu Dhabi National Oil Company|company|United Arab Emirates
QatarEnergy|Qatar Petroleum|company|Qatar
National Iranian Oil Company|NIOC|company|Iran
Petrobras||company|Brazil
Pemex|Petroleos Mexicanos|company|Mexico
PDVSA|Petroleos de Venezuela|company|Venezuela
Vale||company|Brazil
ArcelorMittal||company|Luxembourg
Nippon Steel||company|Japan
US Steel|U.S. Steel;United States Steel|company|United States
Sony Music||company|Japan
Universal Music Group|Universal Music;UMG|company|Netherlands
Warner Music||company|United States
Electronic Arts|EA|company|United States
Activision Blizzard|Activision|company|United States
Nintendo||company|Japan
Ubisoft||company|France
Epic Games||company|United States
Marriott International||company|United States
Hilton Worldwide||company|United States
Booking Holdings|Booking.com|company|Netherlands
Expedia||company|United States
Southwest Airlines||company|United States
Ryanair||company|Ireland
easyJet||company|United Kingdom
Turkish Airlines||company|Turkey
Etihad|Etihad Airways|company|United Arab Emirates
Singapore Airlines||company|Singapore
Cathay Pacific||company|Hong Kong
Air India||company|India
Embraer||company|Brazil
Bombardier||company|Canada
Rolls-Royce||company|United Kingdom
Safran||company|France
Dassault|Dassault Aviation|company|France
Saab||company|Sweden
Elbit Systems|Elbit|company|Israel
Rafael Advanced Defense Systems||company|Israel
Israel Aerospace Industries|IAI|company|Israel
Anduril||company|United States
L3Harris||company|United States
Huntington Ingalls||company|United States
Kalashnikov Concern|Kalashnikov|company|Russia
Baykar||company|Turkey
NSO Group|NSO|company|Israel
`;

const KINDS: ReadonlySet<string> = new Set([
  'government', 'ministry', 'agency', 'military', 'militant', 'company', 'media', 'intergovernmental',
  'party', 'think-tank', 'legislature', 'court', 'ngo', 'university',
]);

function isKind(text: string): text is Kind {
  return KINDS.has(text);
}

function buildOrganizations(): OrganizationEntry[] {
  const out: OrganizationEntry[] = [];
  let kind: Kind = 'government';
  let country: string | null = null;
  for (const raw of TABLE.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('##')) {
      const [k, c] = line.slice(2).split('|').map((s) => s.trim());
      if (!k || !isKind(k)) throw new Error(`organizations.ts: unknown kind in section "${line}"`);
      kind = k;
      country = c ? c : null;
      continue;
    }
    const [name, aliases, ownKind, ownCountry] = line.split('|').map((s) => s.trim());
    if (!name) continue;
    // Four fields: "Name|aliases|kind|country" overrides the section, used in the mixed sections.
    if (ownKind && !isKind(ownKind)) throw new Error(`organizations.ts: unknown kind on line "${line}"`);
    const entryKind = ownKind && isKind(ownKind) ? ownKind : kind;
    const entryCountry = ownKind !== undefined ? (ownCountry ? ownCountry : null) : country;
    out.push({
      name,
      aliases: (aliases ?? '').split(';').map((s) => s.trim()).filter((s) => s.length > 0),
      kind: entryKind,
      country: entryCountry,
    });
  }
  return out;
}

/** Every organisation of the lexicon. */
export const ORGANIZATIONS: readonly OrganizationEntry[] = buildOrganizations();
