/**
 * Places of general knowledge: countries with aliases and demonyms, continents and regions, US states with
 * AP abbreviations, provinces and governorates of countries often in the news, and capitals and major cities.
 * Compact tables below are expanded once at module load into `PLACES`.
 */

/** One place: its canonical name, other written forms, kind, containing country and demonyms. */
export interface PlaceEntry {
  name: string;
  aliases: readonly string[];
  kind: 'country' | 'region' | 'province' | 'city' | 'continent' | 'territory';
  /** Canonical name of the containing country; null for countries, continents and multi-country regions. */
  country: string | null;
  demonyms: readonly string[];
}

// Countries: "Name|alias;alias|demonym;demonym". Order matters only for documented ambiguity: the first
// entry registered for a key wins in the lookup maps (see index.ts). Shared demonyms go to the country news
// usually means: "Korean" → South Korea, "Congolese" and "Congo" → DR Congo (AP usage), "Dominican" →
// Dominican Republic, "Guinean" → Guinea.
const COUNTRIES = `
Afghanistan||Afghan;Afghani
Albania||Albanian
Algeria||Algerian
Andorra||Andorran
Angola||Angolan
Antigua and Barbuda|Antigua||Antiguan
Argentina||Argentine;Argentinian;Argentinean
Armenia||Armenian
Australia||Australian;Aussie
Austria||Austrian
Azerbaijan||Azerbaijani;Azeri
Bahamas|The Bahamas|Bahamian
Bahrain||Bahraini
Bangladesh||Bangladeshi
Barbados||Barbadian;Bajan
Belarus|Byelorussia|Belarusian;Belarusan
Belgium||Belgian
Belize||Belizean
Benin||Beninese
Bhutan||Bhutanese
Bolivia||Bolivian
Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina;Bosnia & Herzegovina|Bosnian
Botswana||Botswanan;Motswana
Brazil|Brasil|Brazilian
Brunei|Brunei Darussalam|Bruneian
Bulgaria||Bulgarian
Burkina Faso||Burkinabe;Burkinabé
Burundi||Burundian
Cabo Verde|Cape Verde|Cape Verdean
Cambodia||Cambodian
Cameroon||Cameroonian
Canada||Canadian
Central African Republic|CAR|Central African
Chad||Chadian
Chile||Chilean
China|People's Republic of China;PRC;Mainland China|Chinese
Colombia||Colombian
Comoros||Comoran;Comorian
Democratic Republic of the Congo|DRC;DR Congo;D.R. Congo;Congo;Congo-Kinshasa;Democratic Republic of Congo;Zaire|Congolese
Republic of the Congo|Congo-Brazzaville;Republic of Congo;Congo Republic|
Costa Rica||Costa Rican
Ivory Coast|Cote d'Ivoire;Côte d'Ivoire|Ivorian
Croatia||Croatian;Croat
Cuba||Cuban
Cyprus||Cypriot
Czech Republic|Czechia|Czech
Denmark||Danish;Dane
Djibouti||Djiboutian
Dominica||
Dominican Republic||Dominican
Ecuador||Ecuadorian;Ecuadorean
Egypt||Egyptian
El Salvador||Salvadoran;Salvadorean
Equatorial Guinea||Equatoguinean;Equatorial Guinean
Eritrea||Eritrean
Estonia||Estonian
Eswatini|Swaziland|Swazi
Ethiopia||Ethiopian
Fiji||Fijian
Finland||Finnish;Finn
France|French Republic|French;Frenchman;Frenchwoman
Gabon||Gabonese
Gambia|The Gambia|Gambian
Georgia||Georgian
Germany|Federal Republic of Germany|German
Ghana||Ghanaian
Greece|Hellenic Republic|Greek
Grenada||Grenadian
Guatemala||Guatemalan
Guinea|Guinea-Conakry|Guinean
Guinea-Bissau|Guinea Bissau|Bissau-Guinean
Guyana||Guyanese
Haiti||Haitian
Honduras||Honduran
Hungary||Hungarian
Iceland||Icelandic;Icelander
India||Indian
Indonesia||Indonesian
Iran|Islamic Republic of Iran;Persia|Iranian;Persian
Iraq||Iraqi
Ireland|Republic of Ireland;Eire|Irish
Israel||Israeli
Italy||Italian
Jamaica||Jamaican
Japan||Japanese
Jordan|Hashemite Kingdom of Jordan|Jordanian
Kazakhstan||Kazakh;Kazakhstani
Kenya||Kenyan
Kiribati||I-Kiribati
North Korea|DPRK;Democratic People's Republic of Korea;N. Korea|North Korean
South Korea|Republic of Korea;ROK;S. Korea;Korea|South Korean;Korean
Kuwait||Kuwaiti
Kyrgyzstan|Kyrgyz Republic;Kirghizia|Kyrgyz;Kyrgyzstani
Laos|Lao PDR|Laotian;Lao
Latvia||Latvian
Lebanon||Lebanese
Lesotho||Basotho;Mosotho
Liberia||Liberian
Libya||Libyan
Liechtenstein||Liechtensteiner
Lithuania||Lithuanian
Luxembourg||Luxembourger;Luxembourgish
Madagascar||Malagasy
Malawi||Malawian
Malaysia||Malaysian
Maldives|The Maldives|Maldivian
Mali||Malian
Malta||Maltese
Marshall Islands||Marshallese
Mauritania||Mauritanian
Mauritius||Mauritian
Mexico||Mexican
Micronesia|Federated States of Micronesia|Micronesian
Moldova||Moldovan
Monaco||Monegasque;Monacan
Mongolia||Mongolian
Montenegro||Montenegrin
Morocco||Moroccan
Mozambique||Mozambican
Myanmar|Burma|Myanmarese;Burmese
Namibia||Namibian
Nauru||Nauruan
Nepal||Nepali;Nepalese
Netherlands|The Netherlands;Holland|Dutch;Dutchman
New Zealand|Aotearoa|New Zealander
Nicaragua||Nicaraguan
Niger||Nigerien
Nigeria||Nigerian
North Macedonia|Macedonia;Republic of North Macedonia|Macedonian
Norway||Norwegian
Oman||Omani
Pakistan||Pakistani
Palau||Palauan
Palestine|Palestinian territories;State of Palestine;Occupied Palestinian Territories|Palestinian
Panama||Panamanian
Papua New Guinea|PNG|Papua New Guinean
Paraguay||Paraguayan
Peru||Peruvian
Philippines|The Philippines|Filipino;Philippine;Filipina
Poland||Polish;Pole
Portugal||Portuguese
Qatar||Qatari
Romania||Romanian
Russia|Russian Federation|Russian
Rwanda||Rwandan
Saint Kitts and Nevis|St. Kitts and Nevis|Kittitian
Saint Lucia|St. Lucia|Saint Lucian
Saint Vincent and the Grenadines|St. Vincent and the Grenadines|Vincentian
Samoa||Samoan
San Marino||Sammarinese
Sao Tome and Principe|São Tomé and Príncipe|Santomean
Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudi Arabian
Senegal||Senegalese
Serbia||Serbian;Serb
Seychelles||Seychellois
Sierra Leone||Sierra Leonean
Singapore||Singaporean
Slovakia|Slovak Republic|Slovak;Slovakian
Slovenia||Slovenian;Slovene
Solomon Islands||Solomon Islander
Somalia||Somali;Somalian
South Africa||South African
South Sudan||South Sudanese
Spain||Spanish;Spaniard
Sri Lanka|Ceylon|Sri Lankan
Sudan||Sudanese
Suriname|Surinam|Surinamese
Sweden||Swedish;Swede
Switzerland|Swiss Confederation|Swiss
Syria|Syrian Arab Republic|Syrian
Taiwan|Republic of China;ROC|Taiwanese
Tajikistan||Tajik;Tajikistani
Tanzania||Tanzanian
Thailand|Siam|Thai
Timor-Leste|East Timor|Timorese
Togo||Togolese
Tonga||Tongan
Trinidad and Tobago|Trinidad|Trinidadian;Tobagonian
Tunisia||Tunisian
Turkey|Turkiye;Türkiye|Turkish;Turk
Turkmenistan||Turkmen
Tuvalu||Tuvaluan
Uganda||Ugandan
Ukraine|The Ukraine|Ukrainian
United Arab Emirates|UAE;U.A.E.;Emirates|Emirati
United Kingdom|U.K.;UK;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland|British;Briton;Brit
United States|U.S.;US;U.S.A.;USA;United States of America;America|American
Uruguay||Uruguayan
Uzbekistan||Uzbek;Uzbekistani
Vanuatu||Ni-Vanuatu
Vatican City|Vatican;Holy See|
Venezuela||Venezuelan
Vietnam|Viet Nam|Vietnamese
Yemen||Yemeni;Yemenite
Zambia||Zambian
Zimbabwe||Zimbabwean
Kosovo||Kosovar;Kosovan
`;

// Territories and constituent countries: "Name|aliases|demonyms|country".
const TERRITORIES = `
England||English;Englishman|United Kingdom
Scotland||Scottish;Scot;Scots|United Kingdom
Wales||Welsh|United Kingdom
Northern Ireland|Ulster|Northern Irish|United Kingdom
Hong Kong|HK|Hong Konger;Hongkonger|China
Macau|Macao|Macanese|China
Tibet|Tibet Autonomous Region|Tibetan|China
Xinjiang|Xinjiang Uyghur Autonomous Region;East Turkestan|Uighur;Uyghur|China
Puerto Rico||Puerto Rican|United States
Guam||Guamanian|United States
Greenland||Greenlandic;Greenlander|Denmark
Faroe Islands|Faroes|Faroese|Denmark
Gaza Strip|Gaza|Gazan|Palestine
West Bank|Judea and Samaria||Palestine
East Jerusalem|||Palestine
Golan Heights|Golan||Syria
Crimea|Crimean Peninsula|Crimean|Ukraine
Western Sahara|||Morocco
Kurdistan Region|Iraqi Kurdistan;Kurdistan;Kurdistan Regional Government area||Iraq
Somaliland|||Somalia
Transnistria|||Moldova
Abkhazia|||Georgia
South Ossetia|||Georgia
Nagorno-Karabakh|Karabakh;Artsakh||Azerbaijan
Northern Cyprus|Turkish Republic of Northern Cyprus||Cyprus
Gibraltar|||United Kingdom
Falkland Islands|Falklands;Malvinas||United Kingdom
Bermuda||Bermudian|United Kingdom
Cayman Islands|||United Kingdom
New Caledonia|||France
French Guiana|||France
Martinique|||France
Guadeloupe|||France
Reunion|Réunion||France
Aruba|||Netherlands
Curacao|Curaçao||Netherlands
`;

// Continents and multi-country regions: "Name|aliases|demonyms|kind".
const REGIONS = `
Africa||African|continent
Asia||Asian|continent
Europe||European|continent
North America||North American|continent
South America||South American|continent
Latin America||Latin American|region
Central America||Central American|region
Antarctica|||continent
Oceania|Australasia||continent
Middle East|Mideast;Mid-East;Near East|Middle Eastern|region
Gulf|Persian Gulf;Arabian Gulf;Gulf region||region
Arabian Peninsula|Arabia||region
Levant|||region
Maghreb|Maghrib|Maghrebi|region
North Africa||North African|region
West Africa||West African|region
East Africa||East African|region
Horn of Africa|||region
Sub-Saharan Africa|||region
Sahel||Sahelian|region
Lake Chad Basin|Lake Chad||region
Balkans|Balkan Peninsula;Western Balkans|Balkan|region
Caucasus|Caucasia;North Caucasus;South Caucasus||region
Central Asia||Central Asian|region
South Asia||South Asian|region
Southeast Asia|South-East Asia||region
East Asia||East Asian|region
Eastern Europe||Eastern European|region
Western Europe||Western European|region
Scandinavia|Nordic countries|Scandinavian;Nordic|region
Baltic States|Baltics|Baltic|region
Mediterranean|Mediterranean Sea||region
Caribbean||Caribbean|region
Pacific|Asia-Pacific;Pacific Ocean||region
Atlantic|Atlantic Ocean||region
Indian Ocean|||region
Arctic|||region
Red Sea|||region
Black Sea|||region
Caspian Sea|||region
South China Sea|||region
Strait of Hormuz|Hormuz||region
Greater Kurdistan|||region
Korean Peninsula|||region
Indo-Pacific|||region
Persian Gulf states|Gulf states||region
Western Hemisphere|||region
Sinai|Sinai Peninsula||region
`;

// US states: "Name|AP abbreviations". Two-letter postal codes are left out: folded to lower case most are
// English words ("IN", "OR", "ME", "OK", "HI"); the dotted AP forms are guarded in index.ts.
const US_STATES = `
Alabama|Ala.
Alaska|
Arizona|Ariz.
Arkansas|Ark.
California|Calif.;Cal.
Colorado|Colo.
Connecticut|Conn.
Delaware|Del.
Florida|Fla.
Georgia|Ga.
Hawaii|
Idaho|
Illinois|Ill.
Indiana|Ind.
Iowa|
Kansas|Kan.;Kans.
Kentucky|Ky.
Louisiana|La.
Maine|
Maryland|Md.
Massachusetts|Mass.
Michigan|Mich.
Minnesota|Minn.
Mississippi|Miss.
Missouri|Mo.
Montana|Mont.
Nebraska|Neb.;Nebr.
Nevada|Nev.
New Hampshire|N.H.
New Jersey|N.J.
New Mexico|N.M.
New York|N.Y.;New York State
North Carolina|N.C.
North Dakota|N.D.
Ohio|
Oklahoma|Okla.
Oregon|Ore.
Pennsylvania|Pa.;Penn.
Rhode Island|R.I.
South Carolina|S.C.
South Dakota|S.D.
Tennessee|Tenn.
Texas|Tex.
Utah|
Vermont|Vt.
Virginia|Va.
Washington State|Wash.;Washington state
West Virginia|W.Va.;W. Va.
Wisconsin|Wis.;Wisc.
Wyoming|Wyo.
District of Columbia|D.C.;Washington, D.C.
`;

// Provinces, governorates, states and regions inside a country: "Country: Name/alias/alias, Name, …".
// A trailing " province"/" governorate" written in text is handled by the lookup (see index.ts).
const PROVINCES = `
Iraq: Anbar/Al Anbar/Al-Anbar, Nineveh/Ninawa/Nineveh Plains, Salahuddin/Salah al-Din/Salah ad-Din/Saladin, Diyala, Kirkuk, Babil/Babylon, Baghdad, Basra, Dhi Qar, Maysan, Muthanna, Najaf, Karbala, Qadisiyah/Al-Qadisiyyah, Wasit, Dohuk/Duhok, Erbil, Sulaymaniyah, Halabja
Syria: Hasakah/Al-Hasakah/Hassakeh/Al-Hasakah Governorate/Hasaka, Raqqa, Deir ez-Zor, Aleppo, Idlib, Hama, Homs, Latakia, Tartus, Damascus Countryside/Rif Dimashq/Rural Damascus, Daraa, Quneitra, Suwayda/As-Suwayda/Sweida, Eastern Ghouta/Ghouta
Afghanistan: Helmand, Kandahar, Kunduz, Nangarhar, Kunar, Paktika, Paktia/Paktiya, Khost, Ghazni, Zabul, Uruzgan/Oruzgan, Farah, Herat, Badghis, Faryab, Balkh, Baghlan, Takhar, Badakhshan, Logar, Wardak/Maidan Wardak, Parwan, Kapisa, Laghman, Nuristan, Ghor, Nimroz, Panjshir, Kabul, Bamyan/Bamiyan, Daikundi, Sar-e Pol/Sar-i-Pul, Jowzjan, Samangan
Pakistan: Punjab, Sindh, Balochistan/Baluchistan, Khyber Pakhtunkhwa/KP/North-West Frontier Province/NWFP, Federally Administered Tribal Areas/FATA/tribal areas, North Waziristan, South Waziristan, Waziristan, Gilgit-Baltistan, Azad Kashmir/Pakistan-administered Kashmir, Khyber, Bajaur, Swat, Kurram, Orakzai
Yemen: Aden, Abyan, Shabwa/Shabwah, Hadramawt/Hadramout/Hadhramaut, Marib/Ma'rib, Al-Bayda/Bayda, Saada/Sa'dah, Hodeidah/Hudaydah, Taiz, Lahij/Lahj, Ibb, Al-Jawf, Amran, Dhamar, Hajjah, Mahra/Al-Mahrah, Socotra
Somalia: Lower Shabelle/Shabelle, Middle Shabelle, Lower Juba/Jubaland, Middle Juba, Gedo, Bay Region, Bakool, Hiiraan/Hiran, Galguduud, Mudug, Puntland, Banadir, Galmudug
Libya: Cyrenaica, Tripolitania, Fezzan
Nigeria: Borno/Borno State, Yobe/Yobe State, Adamawa/Adamawa State, Kano, Kaduna, Lagos, Rivers State, Plateau State, Zamfara, Katsina, Sokoto, Niger State, Benue, Delta State, Bayelsa
Mali: Kidal, Gao, Timbuktu, Mopti, Menaka, Segou
Ukraine: Donetsk Oblast/Donetsk region, Luhansk Oblast/Luhansk region/Lugansk region, Donbas/Donbass, Kharkiv Oblast/Kharkiv region, Zaporizhzhia Oblast/Zaporizhzhia region, Kherson Oblast/Kherson region, Dnipropetrovsk Oblast, Mykolaiv Oblast, Odesa Oblast, Sumy Oblast, Chernihiv Oblast, Kyiv Oblast/Kyiv region
Russia: Chechnya/Chechen Republic, Dagestan, Ingushetia, Kursk Oblast/Kursk region, Belgorod Oblast/Belgorod region, Siberia, Kaliningrad Oblast, Tatarstan
Egypt: North Sinai, South Sinai
Turkey: Hatay, Sanliurfa/Şanlıurfa/Urfa, Gaziantep, Kilis, Diyarbakir, Anatolia
Israel: Negev, Galilee
India: Jammu and Kashmir/Kashmir/Indian-administered Kashmir, Punjab, Uttar Pradesh, Maharashtra, Bihar, West Bengal, Tamil Nadu, Kerala, Karnataka, Gujarat, Rajasthan, Madhya Pradesh, Andhra Pradesh, Telangana, Odisha, Assam, Manipur, Chhattisgarh, Jharkhand, Haryana, Uttarakhand, Himachal Pradesh, Goa, Ladakh
China: Guangdong, Sichuan, Hubei, Zhejiang, Jiangsu, Shandong, Henan, Hebei, Hunan, Fujian, Yunnan, Guangxi, Inner Mongolia
Canada: Ontario, Quebec, British Columbia, Alberta, Manitoba, Saskatchewan, Nova Scotia, New Brunswick, Newfoundland and Labrador, Prince Edward Island, Yukon, Nunavut, Northwest Territories
Australia: New South Wales, Victoria, Queensland, Western Australia, South Australia, Tasmania, Northern Territory
Germany: Bavaria, Saxony, Hesse, North Rhine-Westphalia, Baden-Wurttemberg/Baden-Württemberg, Lower Saxony, Brandenburg, Thuringia, Schleswig-Holstein
Spain: Catalonia, Basque Country, Andalusia, Galicia
Mexico: Sinaloa, Chihuahua, Tamaulipas, Jalisco, Michoacan/Michoacán, Guerrero, Sonora, Baja California, Oaxaca, Chiapas, Veracruz
Colombia: Antioquia, Cauca
Philippines: Mindanao, Luzon, Sulu, Basilan, Lanao del Sur
Myanmar: Rakhine State/Rakhine/Arakan, Shan State, Kachin State, Karen State/Kayin State
Sudan: Darfur, North Darfur, South Darfur, West Darfur, Kordofan, South Kordofan, Blue Nile
DR Congo: North Kivu, South Kivu, Ituri, Katanga, Kasai
Ethiopia: Tigray, Amhara, Oromia, Ogaden/Somali Region
Cameroon: Far North Region
Niger: Tillaberi/Tillabéri, Diffa
Burkina Faso: Sahel Region
Mozambique: Cabo Delgado
Kenya: Garissa County, Mandera, Lamu
Lebanon: Bekaa Valley/Bekaa, South Lebanon
Iran: Khuzestan, Sistan and Baluchestan, Kurdistan Province
Saudi Arabia: Eastern Province
Nigeria: Gombe State, Bauchi State, Taraba, Kebbi, Kogi, Kwara, Nasarawa, Ebonyi, Enugu State, Anambra, Imo, Abia, Cross River, Akwa Ibom, Edo, Ondo, Ekiti, Osun, Oyo, Ogun, Jigawa, Kano State
Brazil: Rio Grande do Sul, Minas Gerais, Bahia, Amazonas, Para/Pará, Parana/Paraná, Pernambuco, Ceara/Ceará, Santa Catarina, Goias/Goiás, Roraima
Turkey: Sirnak Province, Hakkari Province, Mardin Province, Batman Province, Van Province, Kahramanmaras Province
Saudi Arabia: Asir, Jizan Province, Najran Province, Makkah Province, Riyadh Province
Iran: Sistan-Baluchestan, Khorasan, Razavi Khorasan, Hormozgan, Kermanshah Province, West Azerbaijan, East Azerbaijan, Lorestan, Ilam, Fars Province
Cameroon: Northwest Region/North-West Region, Southwest Region/South-West Region, Ambazonia
Egypt: Giza Governorate, Minya Governorate, Sohag Governorate, Ismailia Governorate
Libya: Jufra District, Kufra District, Fezzan Region
Somalia: Lower Jubba, Sool, Sanaag, Awdal, Nugal
Ukraine: Zhytomyr Oblast, Vinnytsia Oblast, Poltava Oblast, Cherkasy Oblast, Lviv Oblast, Volyn Oblast, Rivne Oblast, Transcarpathia/Zakarpattia
Russia: Bashkortostan, Yakutia/Sakha Republic, Kamchatka, Primorye/Primorsky Krai, Krasnodar Krai, Rostov Oblast/Rostov region, Bryansk Oblast/Bryansk region, Moscow Oblast/Moscow region, Leningrad Oblast
Mexico: Nuevo Leon/Nuevo León, Coahuila, Durango, Zacatecas, Quintana Roo, Yucatan/Yucatán, Tabasco, Morelos, Puebla State, Guanajuato
Colombia: Norte de Santander, Narino/Nariño, Choco/Chocó, Putumayo, Arauca, Caqueta/Caquetá
Venezuela: Zulia, Tachira/Táchira, Apure, Bolivar State
Argentina: Buenos Aires Province, Santa Fe Province, Mendoza Province, Patagonia
Indonesia: Aceh, Papua, West Papua, Central Sulawesi, Java, Sumatra, Borneo/Kalimantan
Thailand: Deep South
Pakistan: Lakki Marwat, Dera Ismail Khan District, Kurram Agency/Kurram District, Mohmand, Tank District
Afghanistan: Kunar Province, Paktika Province
Syria: Deraa Province, Homs Desert/Badia/Syrian Desert
Iraq: Anbar Desert, Hamrin Mountains/Hamrin, Makhmour District, Nineveh Plain
Yemen: Al-Dhale/Dhale, Raymah, Al-Mahwit, Sanaa Governorate
Mali: Ségou Region, Liptako-Gourma/Liptako Gourma
Burkina Faso: Centre-Nord, Est Region, Boucle du Mouhoun
Niger: Tahoua Region, Agadez Region, Maradi Region, Zinder Region
Mozambique: Niassa, Nampula Province
`;

// Capitals and major cities: "Country: City/alias, City, …". Capitals first on each line.
const CITIES = `
Afghanistan: Kabul, Kandahar/Qandahar, Herat, Mazar-i-Sharif/Mazar-e-Sharif, Jalalabad, Kunduz, Lashkar Gah, Ghazni, Khost, Sangin, Musa Qala, Marjah
Albania: Tirana
Algeria: Algiers, Oran, Constantine
Andorra: Andorra la Vella
Angola: Luanda
Antigua and Barbuda: St. John's
Argentina: Buenos Aires, Cordoba/Córdoba, Rosario
Armenia: Yerevan
Australia: Canberra, Sydney, Melbourne, Brisbane, Perth, Adelaide
Austria: Vienna, Salzburg
Azerbaijan: Baku
Bahamas: Nassau
Bahrain: Manama
Bangladesh: Dhaka/Dacca, Chittagong/Chattogram
Barbados: Bridgetown
Belarus: Minsk
Belgium: Brussels, Antwerp, Ghent, Liege/Liège, Molenbeek, Zaventem
Belize: Belmopan
Benin: Porto-Novo, Cotonou
Bhutan: Thimphu
Bolivia: La Paz, Sucre, Santa Cruz de la Sierra
Bosnia and Herzegovina: Sarajevo, Srebrenica, Mostar
Botswana: Gaborone
Brazil: Brasilia/Brasília, Sao Paulo/São Paulo, Rio de Janeiro/Rio, Salvador da Bahia, Fortaleza, Belo Horizonte, Manaus, Recife, Porto Alegre
Brunei: Bandar Seri Begawan
Bulgaria: Sofia
Burkina Faso: Ouagadougou
Burundi: Gitega, Bujumbura
Cabo Verde: Praia
Cambodia: Phnom Penh
Cameroon: Yaounde/Yaoundé, Douala, Maroua
Canada: Ottawa, Toronto, Montreal/Montréal, Vancouver, Calgary, Edmonton
Central African Republic: Bangui
Chad: N'Djamena/Ndjamena
Chile: Santiago
China: Beijing/Peking, Shanghai, Guangzhou/Canton, Shenzhen, Chongqing, Tianjin, Wuhan, Chengdu, Nanjing, Xi'an/Xian, Hangzhou, Shenyang, Harbin, Dongguan, Foshan, Suzhou, Qingdao, Dalian, Zhengzhou, Jinan, Kunming, Changsha, Urumqi
Colombia: Bogota/Bogotá, Medellin/Medellín, Cali, Barranquilla
Comoros: Moroni
Costa Rica: San Jose/San José
Croatia: Zagreb
Cuba: Havana, Guantanamo/Guantánamo/Guantanamo Bay
Cyprus: Nicosia
Czech Republic: Prague
Democratic Republic of the Congo: Kinshasa, Lubumbashi, Goma, Bunia, Beni
Denmark: Copenhagen
Djibouti: Djibouti City
Dominica: Roseau
Dominican Republic: Santo Domingo
Ecuador: Quito, Guayaquil
Egypt: Cairo, Alexandria, Giza, Port Said, Sharm el-Sheikh/Sharm El Sheikh, Luxor, Suez, El Arish/Al-Arish/Arish, Rafah
El Salvador: San Salvador
Equatorial Guinea: Malabo
Eritrea: Asmara
Estonia: Tallinn
Eswatini: Mbabane
Ethiopia: Addis Ababa, Mekelle
Fiji: Suva
Finland: Helsinki
France: Paris, Marseille/Marseilles, Lyon/Lyons, Toulouse, Nice, Nantes, Strasbourg, Bordeaux, Lille, Calais, Saint-Denis
Gabon: Libreville
Gambia: Banjul
Georgia: Tbilisi
Germany: Berlin, Hamburg, Munich/München, Cologne/Köln, Frankfurt, Stuttgart, Dusseldorf/Düsseldorf, Leipzig, Dresden, Bonn, Ramstein
Ghana: Accra, Kumasi
Greece: Athens, Thessaloniki, Lesbos
Grenada: St. George's
Guatemala: Guatemala City
Guinea: Conakry
Guinea-Bissau: Bissau
Guyana: Georgetown
Haiti: Port-au-Prince
Honduras: Tegucigalpa
Hungary: Budapest
Iceland: Reykjavik/Reykjavík
India: New Delhi, Delhi, Mumbai/Bombay, Kolkata/Calcutta, Chennai/Madras, Bangalore/Bengaluru, Hyderabad, Ahmedabad, Pune, Surat, Jaipur, Lucknow, Kanpur, Nagpur, Srinagar, Amritsar, Patna, Bhopal, Indore, Visakhapatnam
Indonesia: Jakarta, Surabaya, Bandung, Medan, Bali/Denpasar, Makassar
Iran: Tehran/Teheran, Mashhad, Isfahan/Esfahan, Tabriz, Shiraz, Qom, Karaj, Ahvaz
Iraq: Baghdad, Mosul, Basra/Basrah, Erbil/Irbil/Arbil, Kirkuk, Fallujah/Falluja, Ramadi, Tikrit, Samarra, Najaf, Karbala, Sulaymaniyah/Sulaimaniyah/Suleimaniyah, Haditha, Hit, Baiji/Beiji, Sinjar, Tal Afar/Tall Afar, Qayyarah/Qayara, Makhmour, Balad, Baqubah/Baquba, Hilla, Nasiriyah, Amarah, Kut, Dohuk/Duhok, Abu Ghraib, Al Asad Air Base/Al-Asad, Rutba, Qaim/Al-Qaim, Rawa, Anah, Hawija, Sharqat
Ireland: Dublin, Cork
Israel: Jerusalem, Tel Aviv, Haifa, Beersheba, Eilat, Ashkelon, Sderot
Italy: Rome, Milan, Naples, Turin, Palermo, Genoa, Florence, Venice, Bologna, Lampedusa
Ivory Coast: Yamoussoukro, Abidjan
Jamaica: Kingston
Japan: Tokyo, Osaka, Yokohama, Nagoya, Sapporo, Kobe, Kyoto, Fukuoka, Hiroshima, Okinawa, Fukushima
Jordan: Amman, Zarqa, Irbid
Kazakhstan: Astana/Nur-Sultan, Almaty/Alma-Ata
Kenya: Nairobi, Mombasa, Garissa
Kiribati: Tarawa/South Tarawa
Kosovo: Pristina/Prishtina
Kuwait: Kuwait City
Kyrgyzstan: Bishkek
Laos: Vientiane
Latvia: Riga
Lebanon: Beirut, Tripoli, Sidon, Tyre, Baalbek, Arsal
Lesotho: Maseru
Liberia: Monrovia
Libya: Tripoli, Benghazi, Misrata/Misurata, Sirte/Surt, Derna/Darnah, Sabratha, Tobruk, Ajdabiya, Sabha/Sebha, Ras Lanuf
Liechtenstein: Vaduz
Lithuania: Vilnius
Luxembourg: Luxembourg City
Madagascar: Antananarivo
Malawi: Lilongwe
Malaysia: Kuala Lumpur, Putrajaya
Maldives: Male/Malé
Mali: Bamako, Timbuktu/Tombouctou, Gao, Kidal, Mopti, Menaka
Malta: Valletta
Marshall Islands: Majuro
Mauritania: Nouakchott
Mauritius: Port Louis
Mexico: Mexico City, Guadalajara, Monterrey, Puebla, Tijuana, Ciudad Juarez/Ciudad Juárez/Juarez, Culiacan/Culiacán, Acapulco, Cancun/Cancún
Micronesia: Palikir
Moldova: Chisinau/Chișinău
Mongolia: Ulaanbaatar/Ulan Bator
Montenegro: Podgorica
Morocco: Rabat, Casablanca, Marrakech/Marrakesh, Fez/Fes, Tangier
Mozambique: Maputo
Myanmar: Naypyidaw/Nay Pyi Taw, Yangon/Rangoon, Mandalay
Namibia: Windhoek
Nauru: Yaren
Nepal: Kathmandu
Netherlands: Amsterdam, The Hague, Rotterdam, Utrecht
New Zealand: Wellington, Auckland, Christchurch
Nicaragua: Managua
Niger: Niamey, Agadez, Diffa
Nigeria: Abuja, Lagos, Kano, Ibadan, Maiduguri, Kaduna, Port Harcourt, Chibok, Yola, Damaturu, Benin City
North Korea: Pyongyang, Yongbyon
North Macedonia: Skopje
Norway: Oslo, Bergen
Oman: Muscat
Pakistan: Islamabad, Karachi, Lahore, Faisalabad, Rawalpindi, Peshawar, Quetta, Multan, Miranshah/Miram Shah, Abbottabad, Hyderabad
Palau: Ngerulmud
Palestine: Ramallah, Gaza City, Hebron, Nablus, Jenin, Bethlehem, Khan Younis/Khan Yunis, Jericho
Panama: Panama City
Papua New Guinea: Port Moresby
Paraguay: Asuncion/Asunción
Peru: Lima
Philippines: Manila, Quezon City, Davao, Cebu, Zamboanga, Jolo, Marawi
Poland: Warsaw, Krakow/Kraków/Cracow, Gdansk/Gdańsk, Wroclaw/Wrocław
Portugal: Lisbon, Porto/Oporto
Qatar: Doha, Al Udeid Air Base/Al Udeid
Republic of the Congo: Brazzaville
Romania: Bucharest
Russia: Moscow, Saint Petersburg/St. Petersburg/Leningrad, Novosibirsk, Yekaterinburg, Kazan, Nizhny Novgorod, Chelyabinsk, Samara, Omsk, Rostov-on-Don/Rostov, Ufa, Krasnoyarsk, Volgograd, Grozny, Sochi, Vladivostok, Murmansk, Kaliningrad, Sevastopol
Rwanda: Kigali
Saint Kitts and Nevis: Basseterre
Saint Lucia: Castries
Saint Vincent and the Grenadines: Kingstown
Samoa: Apia
Sao Tome and Principe: Sao Tome/São Tomé
Saudi Arabia: Riyadh, Jeddah/Jiddah, Mecca/Makkah, Medina/Madinah, Dammam, Dhahran
Senegal: Dakar
Serbia: Belgrade
Seychelles: Victoria
Sierra Leone: Freetown
Slovakia: Bratislava
Slovenia: Ljubljana
Solomon Islands: Honiara
Somalia: Mogadishu, Kismayo/Kismayu, Baidoa, Beledweyne, Bosaso/Bossaso, Hargeisa, Barawe/Barawa, Galkayo, Marka/Merca
South Africa: Pretoria, Cape Town, Johannesburg, Durban, Bloemfontein, Soweto
South Korea: Seoul, Busan/Pusan, Incheon, Daegu, Panmunjom
South Sudan: Juba, Malakal, Bor
Spain: Madrid, Barcelona, Valencia, Seville/Sevilla, Bilbao, Malaga/Málaga
Sri Lanka: Colombo, Sri Jayawardenepura Kotte
Sudan: Khartoum, Omdurman, Port Sudan, El Fasher/Al-Fashir, Nyala, Geneina/El Geneina
Suriname: Paramaribo
Sweden: Stockholm, Gothenburg, Malmo/Malmö
Switzerland: Bern/Berne, Zurich/Zürich, Geneva, Basel, Lausanne, Davos
Syria: Damascus, Aleppo/Halab, Homs, Hama, Latakia/Lattakia, Raqqa/Raqqah/Al-Raqqa/Ar-Raqqah/Rakka, Deir ez-Zor/Deir al-Zour/Deir el-Zour/Deir Ezzor/Deir al-Zor/Dayr az-Zawr, Palmyra/Tadmur, Idlib, Kobani/Kobane/Ayn al-Arab, Manbij, Al-Bab/al Bab, Jarabulus, Azaz, Afrin, Qamishli/Qamishlo, Hasakah/Al-Hasakah City, Tartus/Tartous, Daraa/Deraa, Douma, Ash Shaddadi/Al-Shaddadi/Shaddadi, Tabqa/Al-Tabqa/Al-Thawrah, Dabiq, Abu Kamal/Albu Kamal/Al-Bukamal, Mayadin/Al-Mayadin, Tal Abyad/Tell Abyad, Ras al-Ain/Ras al-Ayn, Khan Sheikhoun, Madaya, Zabadani, Qusayr, Yarmouk, Hajin, Baghuz
Taiwan: Taipei, Kaohsiung, Taichung
Tajikistan: Dushanbe
Tanzania: Dodoma, Dar es Salaam, Zanzibar
Thailand: Bangkok, Chiang Mai, Pattaya, Phuket
Timor-Leste: Dili
Togo: Lome/Lomé
Tonga: Nuku'alofa
Trinidad and Tobago: Port of Spain
Tunisia: Tunis, Sousse, Sfax, Ben Guerdane
Turkey: Ankara, Istanbul, Izmir, Bursa, Adana, Gaziantep, Konya, Antalya, Diyarbakir/Diyarbakır, Sanliurfa, Incirlik/Incirlik Air Base, Suruc/Suruç, Cizre, Kilis
Turkmenistan: Ashgabat
Tuvalu: Funafuti
Uganda: Kampala
Ukraine: Kyiv/Kiev, Kharkiv/Kharkov, Odesa/Odessa, Dnipro/Dnipropetrovsk, Donetsk, Zaporizhzhia/Zaporizhia/Zaporozhye, Lviv/Lvov, Mariupol, Luhansk/Lugansk, Kherson, Mykolaiv, Bakhmut/Artemivsk, Avdiivka, Sloviansk, Kramatorsk, Severodonetsk, Bucha, Irpin, Debaltseve
United Arab Emirates: Abu Dhabi, Dubai, Sharjah
United Kingdom: London, Birmingham, Manchester, Glasgow, Edinburgh, Liverpool, Leeds, Bristol, Belfast, Cardiff, Sheffield, Newcastle, Oxford, Cambridge, Westminster, Salisbury
United States: Washington/Washington D.C./Washington DC, New York City/NYC/New York, Los Angeles/L.A., Chicago, Houston, Phoenix, Philadelphia, San Antonio, San Diego, Dallas, San Jose, Austin, Jacksonville, San Francisco, Columbus, Fort Worth, Indianapolis, Charlotte, Seattle, Denver, Boston, El Paso, Nashville, Detroit, Oklahoma City, Portland, Las Vegas, Memphis, Louisville, Baltimore, Milwaukee, Albuquerque, Tucson, Fresno, Sacramento, Atlanta, Kansas City, Miami, Raleigh, Omaha, Minneapolis, Tulsa, Cleveland, Wichita, Arlington, New Orleans, Tampa, Honolulu, Anaheim, Pittsburgh, Cincinnati, St. Louis/Saint Louis, Orlando, Buffalo, Newark, Anchorage, Salt Lake City, Richmond, Norfolk, Annapolis, Albany, Fort Bragg, Fort Hood, Quantico, Langley, Tampa Bay, San Bernardino, Ferguson, Charleston, Silicon Valley, Palo Alto, Mountain View, Cupertino, Redmond, Menlo Park, Wall Street, Capitol Hill, Camp David, Mar-a-Lago, Palm Beach, Berkeley
Uruguay: Montevideo
Uzbekistan: Tashkent, Samarkand
Vanuatu: Port Vila
Venezuela: Caracas, Maracaibo
Vietnam: Hanoi, Ho Chi Minh City/Saigon, Da Nang, Haiphong
Yemen: Sanaa/Sana'a/Sana, Aden, Taiz, Hodeidah/Hudaydah/Al Hudaydah, Mukalla/Al Mukalla, Marib, Saada, Zinjibar, Jaar, Ataq
Zambia: Lusaka
Zimbabwe: Harare, Bulawayo
`;

// More cities often in the news, by country (same format as CITIES).
const MORE_CITIES = `
Afghanistan: Tarin Kowt, Pul-e-Khumri, Gardez, Sharana, Qalat, Asadabad, Maimana, Sheberghan, Faizabad/Feyzabad, Taloqan, Bagram/Bagram Air Base, Tora Bora, Spin Boldak, Torkham, Zaranj, Chaghcharan, Mehtar Lam, Pol-e Alam, Farah
Algeria: Annaba, Blida, Setif, Batna, Ouargla, Tamanrasset, In Amenas
Angola: Huambo, Lobito, Benguela
Argentina: Mendoza, La Plata, Mar del Plata, Tucuman
Australia: Gold Coast, Darwin, Hobart, Cairns, Townsville, Geelong, Wollongong
Azerbaijan: Ganja, Sumgait, Shusha, Stepanakert/Khankendi
Bangladesh: Khulna, Rajshahi, Sylhet, Cox's Bazar, Narayanganj
Belarus: Gomel/Homel, Grodno/Hrodna, Vitebsk, Mogilev
Brazil: Curitiba, Belem/Belém, Goiania/Goiânia, Campinas, Sao Luis/São Luís, Natal, Maceio/Maceió, Florianopolis/Florianópolis
Burkina Faso: Bobo-Dioulasso, Djibo, Ouahigouya, Fada N'gourma
Cambodia: Siem Reap, Battambang, Sihanoukville
Cameroon: Garoua, Kousseri, Bamenda, Buea
Canada: Quebec City, Winnipeg, Halifax, Saskatoon, Kitchener
Central African Republic: Bambari, Bria
Chad: Abeche/Abéché, Moundou
Chile: Valparaiso/Valparaíso, Concepcion/Concepción, Antofagasta
China: Xiamen, Ningbo, Hefei, Fuzhou, Changchun, Shijiazhuang, Taiyuan, Nanning, Guiyang, Lanzhou, Nanchang, Hohhot, Lhasa, Kashgar, Xining, Yinchuan, Haikou, Sanya, Wenzhou, Zhuhai, Xuzhou, Tangshan, Baotou, Yiwu, Hotan
Colombia: Cartagena, Cucuta/Cúcuta, Bucaramanga
Democratic Republic of the Congo: Kisangani, Bukavu, Uvira, Butembo, Mbandaka, Kananga, Kolwezi, Mbuji-Mayi
Ecuador: Cuenca
Egypt: Sheikh Zuweid, Bir al-Abd, Minya, Sohag, Qena, Hurghada, Damietta, Zagazig, Fayoum, Beni Suef, Mansoura, Tanta, Asyut, Aswan, Ismailia, Shubra el-Kheima
Eritrea: Massawa, Keren
Ethiopia: Dire Dawa, Gondar, Bahir Dar, Hawassa, Adama, Jijiga
France: Rennes, Montpellier, Reims, Le Havre, Grenoble, Dijon, Brest, Toulon, Cannes, Avignon, Versailles, Nanterre, Rouen, Orleans/Orléans
Georgia: Batumi, Kutaisi, Gori
Germany: Bremen, Hanover/Hannover, Nuremberg/Nürnberg, Essen, Dortmund, Duisburg, Karlsruhe, Mannheim, Wiesbaden, Mainz, Potsdam, Magdeburg, Chemnitz
Ghana: Tamale, Takoradi
Greece: Piraeus, Patras, Heraklion
India: Ghaziabad, Ludhiana, Agra, Nashik, Vadodara, Rajkot, Varanasi, Coimbatore, Madurai, Kochi/Cochin, Thiruvananthapuram/Trivandrum, Guwahati, Ranchi, Raipur, Bhubaneswar, Dehradun, Shimla, Jammu, Leh, Pathankot, Uri, Pulwama, Gurgaon/Gurugram, Noida, Chandigarh, Mysore/Mysuru, Mangalore/Mangaluru, Allahabad/Prayagraj, Meerut, Jodhpur, Udaipur, Ayodhya, Imphal, Aizawl, Shillong
Indonesia: Semarang, Palembang, Tangerang, Bekasi, Depok, Yogyakarta, Surakarta/Solo, Banda Aceh, Jayapura, Ambon, Poso, Balikpapan, Pekanbaru, Padang, Malang, Manado
Iran: Kermanshah, Rasht, Zahedan, Kerman, Hamadan, Urmia, Bandar Abbas, Natanz, Fordow/Fordo, Bushehr, Arak, Yazd, Kish, Chabahar
Iraq: Amiriyat al-Fallujah, Karmah/Garma, Jurf al-Sakhar, Bartella, Bashiqa, Qaraqosh/Hamdaniya/Bakhdida, Zumar, Rabia, Tuz Khurmatu, Jalawla, Muqdadiya, Khanaqin, Samawah, Diwaniyah, Kufa, Umm Qasr, Fao/Al-Faw, Hammam al-Alil, Camp Speicher, Taji, Habbaniyah, Baghdadi, Kubaisa, Nukhayb, Ain al-Asad
Israel: Netanya, Rishon LeZion, Petah Tikva, Nazareth, Acre, Ashdod, Kiryat Shmona, Dimona, Herzliya, Ramat Gan, Bnei Brak, Holon
Italy: Bari, Catania, Verona, Trieste, Messina, Padua
Japan: Kawasaki, Saitama, Sendai, Chiba, Kitakyushu, Nagasaki, Naha, Kagoshima, Niigata, Hamamatsu, Kumamoto, Okayama
Jordan: Aqaba, Mafraq, Zaatari, Karak, Maan/Ma'an
Kazakhstan: Shymkent, Karaganda, Aktobe, Atyrau
Kenya: Kisumu, Nakuru, Eldoret, Malindi, Wajir, Lamu, Dadaab, Kakuma
Kyrgyzstan: Osh, Jalal-Abad
Lebanon: Nabatieh, Zahle, Byblos/Jbeil, Hermel, Ain al-Hilweh
Libya: Bani Walid, Zawiya/Zawiyah, Zintan, Gharyan, Kufra, Ubari, Murzuq, Brega, Zliten, Tarhuna, Khoms/Al-Khums, Nofaliya, Ben Jawad, Harawa, Jufra
Madagascar: Toamasina
Malawi: Blantyre
Malaysia: George Town/Penang, Johor Bahru, Kota Kinabalu, Kuching, Ipoh, Malacca
Mali: Kati, Sikasso, Segou/Ségou, Koulikoro, Tessalit, Aguelhok, Douentza, Ansongo, Bourem, Léré, Nampala
Mexico: Zapopan, Merida/Mérida, Queretaro/Querétaro, Hermosillo, Chihuahua City, Morelia, Reynosa, Matamoros, Nuevo Laredo, Mazatlan/Mazatlán, Veracruz City, Oaxaca City
Morocco: Agadir, Meknes, Oujda, Tetouan, Nador
Mozambique: Pemba, Mocimboa da Praia/Mocímboa da Praia, Palma, Beira, Nampula
Myanmar: Sittwe, Myitkyina, Maungdaw, Lashio, Bago, Mawlamyine, Buthidaung
Nepal: Pokhara, Lalitpur
Niger: Zinder, Maradi, Tahoua, Ayorou, Tillaberi
Nigeria: Onitsha, Aba, Jos, Ilorin, Enugu, Zaria, Bama, Gwoza, Monguno, Dikwa, Baga, Damasak, Konduga, Potiskum, Gombe, Bauchi, Makurdi, Minna, Owerri, Calabar, Uyo, Warri, Asaba, Akure, Abeokuta, Osogbo, Ado-Ekiti, Lokoja, Birnin Kebbi, Gusau, Jalingo, Lafia, Dutse, Mubi, Michika
North Korea: Kaesong, Hamhung, Chongjin, Wonsan, Sinuiju, Punggye-ri, Sohae
Oman: Salalah, Sohar, Duqm
Pakistan: Gujranwala, Sialkot, Bahawalpur, Sukkur, Mardan, Bannu, Dera Ismail Khan, Wana, Mingora, Parachinar, Chaman, Gwadar, Turbat, Larkana, Sargodha, Jhang, Kohat, Nowshera, Charsadda, Muzaffarabad, Gilgit, Skardu, Murree, Mir Ali, Dera Bugti
Palestine: Deir al-Balah, Beit Hanoun, Jabalia/Jabaliya, Tulkarem/Tulkarm, Qalqilya, Beit Lahia, Nuseirat, Bureij
Peru: Arequipa, Trujillo, Cusco/Cuzco
Philippines: Caloocan, Cotabato, General Santos, Iloilo, Baguio, Tacloban, Cagayan de Oro, Lamitan, Isabela City
Poland: Lodz/Łódź, Poznan/Poznań, Lublin, Rzeszow/Rzeszów, Szczecin, Przewodow/Przewodów
Qatar: Al Wakrah, Lusail
Romania: Cluj-Napoca, Timisoara/Timișoara, Constanta/Constanța, Iasi/Iași
Russia: Perm, Voronezh, Saratov, Krasnodar, Tolyatti, Izhevsk, Ulyanovsk, Barnaul, Irkutsk, Khabarovsk, Yaroslavl, Tyumen, Makhachkala, Tomsk, Orenburg, Kemerovo, Novokuznetsk, Ryazan, Astrakhan, Penza, Lipetsk, Tula, Kursk, Belgorod, Bryansk, Smolensk, Pskov, Engels, Nalchik, Vladikavkaz, Magas, Derbent, Norilsk, Yakutsk, Petropavlovsk-Kamchatsky, Beslan, Taganrog, Novorossiysk, Kerch, Simferopol, Yevpatoria, Dzhankoi
Saudi Arabia: Taif, Tabuk, Abha, Jizan/Jazan, Najran, Khamis Mushait, Buraidah, Ha'il, Qatif, Khobar, Yanbu, Neom, Abqaiq
Senegal: Touba, Ziguinchor
Serbia: Novi Sad, Nis/Niš
Somalia: Jowhar, Afgoye/Afgooye, Dhusamareb, Garowe, Bardhere, Afmadow, Ras Kamboni, Burhakaba, Adale, Baledogle, Buur Hakaba, El Baraf, Qandala
South Africa: Gqeberha/Port Elizabeth, East London, Pietermaritzburg, Polokwane, Nelspruit, Kimberley, Stellenbosch, Marikana
South Korea: Gwangju, Daejeon, Ulsan, Suwon, Pyeongtaek, Jeju, Seongju
South Sudan: Wau, Bentiu, Yei, Renk, Torit, Rumbek
Spain: Zaragoza, Palma de Mallorca, Las Palmas, Murcia, Alicante, Granada, Valladolid, Vigo, Gijon, Ceuta, Melilla, San Sebastian
Sri Lanka: Kandy, Jaffna, Galle, Negombo, Batticaloa, Trincomalee
Sudan: El Obeid, Kassala, Wad Madani, Atbara, Kadugli, Zalingei, El Daein, Dongola
Syria: Darayya/Daraya, Jisr al-Shughur, Maarat al-Numan/Maarat an-Numan/Ma'arrat al-Nu'man, Saraqeb, Tal Rifaat, Kessab, Qardaha, Suwayda, Quneitra, Nubl, Zahraa, Al-Rai, Sheikh Maqsoud, Ain Issa, Tabqa Dam, Al-Hol/al-Hawl, Rukban/Rukban camp, Al-Tanf/Tanf, Qaryatayn/Al-Qaryatain, Sukhnah/Al-Sukhnah, Shayrat/Shayrat air base, Hmeimim/Hmeimim air base/Khmeimim, Tiyas/T4 air base, Kuweires, Menagh, Markada, Suwar, Busayrah, Tal Tamr, Derbasiyah, Amuda, Qahtaniyah, Ain al-Arab
Tajikistan: Khujand, Kulob
Tanzania: Arusha, Mwanza, Zanzibar City
Thailand: Yala, Pattani, Narathiwat, Hat Yai, Khon Kaen, Udon Thani
Tunisia: Kairouan, Bizerte, Gabes, Kasserine, Monastir, Gafsa, Sidi Bouzid
Turkey: Mersin, Kayseri, Eskisehir/Eskişehir, Samsun, Trabzon, Malatya, Erzurum, Mardin, Sirnak/Şırnak, Hakkari, Nusaybin, Akcakale/Akçakale, Ceylanpinar/Ceylanpınar, Reyhanli/Reyhanlı, Iskenderun, Antakya, Kahramanmaras/Kahramanmaraş, Adiyaman/Adıyaman, Osmaniye, Elazig/Elazığ, Tunceli, Bodrum
Uganda: Gulu, Entebbe, Jinja, Mbarara
Ukraine: Zhytomyr, Vinnytsia, Chernihiv, Sumy, Poltava, Cherkasy, Kropyvnytskyi, Khmelnytskyi, Rivne, Ternopil, Lutsk, Uzhhorod, Ivano-Frankivsk, Chernivtsi, Kryvyi Rih, Melitopol, Berdiansk, Nova Kakhovka, Enerhodar, Horlivka, Makiivka, Lysychansk, Izium/Izyum, Kupiansk, Pokrovsk, Vuhledar, Chasiv Yar, Toretsk, Marinka, Soledar, Hostomel, Borodianka, Kremenchuk, Bilhorod-Dnistrovskyi, Vovchansk, Lyman, Siversk, Rubizhne, Popasna, Volnovakha, Snake Island
United Arab Emirates: Al Ain, Ras al-Khaimah, Fujairah, Ajman, Al Dhafra Air Base
United Kingdom: Aberdeen, Dundee, Swansea, Nottingham, Leicester, Coventry, Bradford, Southampton, Portsmouth, Plymouth, Brighton, Dover, Stoke-on-Trent, Derry/Londonderry, Hereford, Lakenheath, Mildenhall, Sandhurst, Aldershot, Windsor Castle
United States: Fort Lauderdale, Tallahassee, Baton Rouge, Montgomery, Little Rock, Des Moines, Boise, Spokane, Tacoma, Reno, Santa Fe, Billings, Fargo, Sioux Falls, Topeka, Lansing, Grand Rapids, Toledo, Akron, Dayton, Fort Wayne, Knoxville, Chattanooga, Greensboro, Durham, Hartford, Providence, Harrisburg, Trenton, Jersey City, Yonkers, Rochester, Syracuse, Wilmington, Virginia Beach, Newport News, Fort Bliss, Fort Benning, Fort Campbell, Fort Drum, Fort Carson, Fort Riley, Fort Leavenworth, Fort Meade, Camp Lejeune, Camp Pendleton, Joint Base Lewis-McChord, Pensacola, Colorado Springs, Santa Ana, Riverside, Stockton, Irvine, Bakersfield, Oakland, Long Beach, Las Cruces, Scottsdale, Mesa, Plano, Laredo, Lubbock, Amarillo, Corpus Christi, Brownsville, McAllen, Galveston, Uvalde, Waco, Parkland, Newtown, Charlottesville, Kenosha, Flint, Ann Arbor, New Haven, Stamford, Hoboken, Atlantic City, Scranton, Roanoke, Asheville, Myrtle Beach, Key West, Sarasota, Gainesville, West Palm Beach, Boca Raton, Juneau, Fairbanks, Pearl Harbor, Los Alamos, Oak Ridge, Dearborn, Hollywood, Beverly Hills, Santa Monica, Pasadena, Sunnyvale, Santa Clara, Redwood City, Bellevue, Olympia, Boulder, Provo, Carson City, Flagstaff, Nogales, Fort Myers, St. Paul, Minot, Offutt Air Force Base, Creech Air Force Base, Nellis Air Force Base, Dover Air Force Base, Andrews Air Force Base/Joint Base Andrews, Bethesda, Walter Reed, Foggy Bottom, Arlington National Cemetery, Ground Zero, Times Square, Manhattan, Brooklyn, Queens, the Bronx/Bronx, Staten Island, Harlem
Uzbekistan: Bukhara, Andijan, Namangan, Fergana
Venezuela: Barquisimeto, Ciudad Guayana, Maracay
Vietnam: Can Tho, Hue, Nha Trang, Vung Tau
Yemen: Mocha/Mokha, Hajjah, Bayda, Lawdar, Shuqra, Azzan, Habban, Yakla, Shabwa, Seiyun, Tarim, Al Ghaydah
Zambia: Ndola, Kitwe
Zimbabwe: Mutare, Gweru
`;

function list(field: string | undefined): string[] {
  return (field ?? '').split(';').map((s) => s.trim()).filter((s) => s.length > 0);
}

function rows(table: string): string[][] {
  return table.split('\n').map((l) => l.trim()).filter((l) => l.length > 0).map((l) => l.split('|'));
}

/** Expands "Country: Name/alias, Name" lines into entries of one kind. */
function perCountry(table: string, kind: 'province' | 'city'): PlaceEntry[] {
  const out: PlaceEntry[] = [];
  const seen = new Set<string>();
  for (const line of table.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const country = COUNTRY_ALIASES.get(line.slice(0, colon).trim()) ?? line.slice(0, colon).trim();
    for (const item of line.slice(colon + 1).split(',')) {
      const [name, ...aliases] = item.split('/').map((s) => s.trim()).filter((s) => s.length > 0);
      const id = `${country}|${name}`;
      if (!name || seen.has(id)) continue;
      seen.add(id);
      out.push({ name, aliases, kind, country, demonyms: [] });
    }
  }
  return out;
}

const COUNTRY_ENTRIES: PlaceEntry[] = rows(COUNTRIES).map(([name, aliases, demonyms]) => ({
  name: name ?? '',
  aliases: list(aliases),
  kind: 'country',
  country: null,
  demonyms: list(demonyms),
}));

// Table lines may name a country by a short alias ("DR Congo"); map it to the canonical name.
const COUNTRY_ALIASES: ReadonlyMap<string, string> = new Map(
  COUNTRY_ENTRIES.flatMap((c) => [c.name, ...c.aliases].map((a) => [a, c.name] as const)),
);

/** Every place of the lexicon, countries first (their keys win over later entries; see index.ts). */
export const PLACES: readonly PlaceEntry[] = [
  ...COUNTRY_ENTRIES,
  ...rows(TERRITORIES).map(([name, aliases, demonyms, country]): PlaceEntry => ({
    name: name ?? '',
    aliases: list(aliases),
    kind: 'territory',
    country: country ?? null,
    demonyms: list(demonyms),
  })),
  ...rows(REGIONS).map(([name, aliases, demonyms, kind]): PlaceEntry => ({
    name: name ?? '',
    aliases: list(aliases),
    kind: kind === 'continent' ? 'continent' : 'region',
    country: null,
    demonyms: list(demonyms),
  })),
  ...rows(US_STATES).map(([name, aliases]): PlaceEntry => ({
    name: name ?? '',
    aliases: list(aliases),
    kind: 'province',
    country: 'United States',
    demonyms: [],
  })),
  // Cities before provinces: a bare "Kandahar" is the city; "Kandahar province" reaches the province.
  ...perCountry(CITIES + MORE_CITIES, 'city'),
  ...perCountry(PROVINCES, 'province'),
];
