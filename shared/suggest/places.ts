/**
 * Countries (with the short forms news copy uses, their capitals and demonyms) and other large
 * cities. A capital is proposed as a place of its own; when the text uses it as the country's
 * government ("talks with Beijing") it is merged into the country (see actors.ts).
 */

export interface CountryEntry {
  name: string;
  aliases: string[];
  capital: string | null;
  demonyms: string[];
}

// name|aliases(comma)|capital|demonyms(comma)
const COUNTRIES = `
Afghanistan||Kabul|Afghan
Albania||Tirana|Albanian
Algeria||Algiers|Algerian
Angola||Luanda|Angolan
Argentina||Buenos Aires|Argentine,Argentinian
Armenia||Yerevan|Armenian
Australia||Canberra|Australian
Austria|Österreich|Vienna|Austrian
Azerbaijan||Baku|Azerbaijani
Bahrain||Manama|Bahraini
Bangladesh||Dhaka|Bangladeshi
Belarus||Minsk|Belarusian
Belgium||Brussels|Belgian
Bolivia||La Paz|Bolivian
Bosnia and Herzegovina|Bosnia|Sarajevo|Bosnian
Botswana||Gaborone|
Brazil||Brasilia|Brazilian
Brunei||Bandar Seri Begawan|Bruneian
Bulgaria||Sofia|Bulgarian
Cambodia||Phnom Penh|Cambodian
Cameroon||Yaounde|Cameroonian
Canada||Ottawa|Canadian
Chile||Santiago|Chilean
China|People's Republic of China,PRC,mainland China|Beijing|Chinese
Colombia||Bogota|Colombian
Croatia||Zagreb|Croatian
Cuba||Havana|Cuban
Cyprus||Nicosia|Cypriot
Czech Republic|Czechia|Prague|Czech
Democratic Republic of the Congo|DR Congo,DRC|Kinshasa|Congolese
Denmark||Copenhagen|Danish
Ecuador||Quito|Ecuadorian
Egypt||Cairo|Egyptian
Estonia||Tallinn|Estonian
Ethiopia||Addis Ababa|Ethiopian
Finland||Helsinki|Finnish
France||Paris|French
Georgia||Tbilisi|Georgian
Germany|Deutschland|Berlin|German
Ghana||Accra|Ghanaian
Greece||Athens|Greek
Hungary||Budapest|Hungarian
Iceland||Reykjavik|Icelandic
India||New Delhi|Indian
Indonesia||Jakarta|Indonesian
Iran||Tehran|Iranian
Iraq||Baghdad|Iraqi
Ireland|Republic of Ireland|Dublin|Irish
Israel||Jerusalem|Israeli
Italy||Rome|Italian
Ivory Coast|Cote d'Ivoire|Yamoussoukro|Ivorian
Japan||Tokyo|Japanese
Jordan||Amman|Jordanian
Kazakhstan||Astana|Kazakh
Kenya||Nairobi|Kenyan
Kuwait||Kuwait City|Kuwaiti
Kyrgyzstan||Bishkek|Kyrgyz
Laos||Vientiane|Lao,Laotian
Latvia||Riga|Latvian
Lebanon||Beirut|Lebanese
Libya||Tripoli|Libyan
Lithuania||Vilnius|Lithuanian
Luxembourg||Luxembourg|
Malaysia||Kuala Lumpur|Malaysian
Mali||Bamako|Malian
Mexico||Mexico City|Mexican
Moldova||Chisinau|Moldovan
Mongolia||Ulaanbaatar|Mongolian
Montenegro||Podgorica|
Morocco||Rabat|Moroccan
Mozambique||Maputo|Mozambican
Myanmar|Burma|Naypyitaw|Myanmar,Burmese
Nepal||Kathmandu|Nepali,Nepalese
Netherlands|Holland,the Netherlands|Amsterdam|Dutch
New Zealand||Wellington|
Nigeria||Abuja|Nigerian
North Korea|DPRK|Pyongyang|North Korean
Norway||Oslo|Norwegian
Oman||Muscat|Omani
Pakistan||Islamabad|Pakistani
Palestine|Palestinian territories|Ramallah|Palestinian
Panama||Panama City|Panamanian
Paraguay||Asuncion|Paraguayan
Peru||Lima|Peruvian
Philippines|the Philippines|Manila|Filipino,Philippine
Poland||Warsaw|Polish
Portugal||Lisbon|Portuguese
Qatar||Doha|Qatari
Romania||Bucharest|Romanian
Russia|Russian Federation|Moscow|Russian
Rwanda||Kigali|Rwandan
Saudi Arabia||Riyadh|Saudi
Senegal||Dakar|Senegalese
Serbia||Belgrade|Serbian
Singapore||Singapore|Singaporean
Slovakia||Bratislava|Slovak
Slovenia||Ljubljana|Slovenian
Somalia||Mogadishu|Somali
South Africa||Pretoria|South African
South Korea|Republic of Korea,ROK|Seoul|South Korean
South Sudan||Juba|South Sudanese
Spain||Madrid|Spanish
Sri Lanka||Colombo|Sri Lankan
Sudan||Khartoum|Sudanese
Sweden||Stockholm|Swedish
Switzerland|Schweiz|Bern|Swiss
Syria||Damascus|Syrian
Taiwan||Taipei|Taiwanese
Tajikistan||Dushanbe|Tajik
Tanzania||Dodoma|Tanzanian
Thailand||Bangkok|Thai
Tunisia||Tunis|Tunisian
Turkey|Turkiye,Türkiye|Ankara|Turkish
Turkmenistan||Ashgabat|Turkmen
Uganda||Kampala|Ugandan
Ukraine||Kyiv|Ukrainian
United Arab Emirates|UAE|Abu Dhabi|Emirati
United Kingdom|UK,U.K.,Britain,Great Britain|London|British
United States|US,U.S.,USA,U.S.A.,America,United States of America|Washington|American
Uruguay||Montevideo|Uruguayan
Uzbekistan||Tashkent|Uzbek
Venezuela||Caracas|Venezuelan
Vietnam|Viet Nam|Hanoi|Vietnamese
Yemen||Sanaa|Yemeni
Zambia||Lusaka|Zambian
Zimbabwe||Harare|Zimbabwean
Andorra||Andorra la Vella|Andorran
Antigua and Barbuda|Antigua||Antiguan
Bahamas|The Bahamas|Nassau|Bahamian
Barbados||Bridgetown|Barbadian
Belize||Belmopan|Belizean
Benin||Porto-Novo|Beninese
Bhutan||Thimphu|Bhutanese
Burkina Faso||Ouagadougou|Burkinabe
Burundi||Gitega|Burundian
Cabo Verde|Cape Verde|Praia|Cape Verdean
Central African Republic||Bangui|
Chad||N'Djamena|Chadian
Comoros|||Comoran
Republic of the Congo|Congo-Brazzaville|Brazzaville|
Costa Rica||San José|Costa Rican
Djibouti|||Djiboutian
Dominica|||
Dominican Republic||Santo Domingo|Dominican
El Salvador||San Salvador|Salvadoran
Equatorial Guinea||Malabo|Equatoguinean
Eritrea||Asmara|Eritrean
Eswatini|Swaziland|Mbabane|Swazi
Fiji||Suva|Fijian
Gabon||Libreville|Gabonese
Gambia|The Gambia|Banjul|Gambian
Grenada|||Grenadian
Guatemala||Guatemala City|Guatemalan
Guinea||Conakry|Guinean
Guinea-Bissau||Bissau|
Guyana||Georgetown|Guyanese
Haiti||Port-au-Prince|Haitian
Honduras||Tegucigalpa|Honduran
Jamaica||Kingston|Jamaican
Kosovo||Pristina|Kosovan,Kosovar
Lesotho||Maseru|
Liberia||Monrovia|Liberian
Liechtenstein||Vaduz|
Madagascar||Antananarivo|Malagasy
Malawi||Lilongwe|Malawian
Maldives|The Maldives||Maldivian
Malta||Valletta|Maltese
Marshall Islands|||Marshallese
Mauritania||Nouakchott|Mauritanian
Mauritius||Port Louis|Mauritian
Micronesia|||Micronesian
Monaco|||Monegasque
Namibia||Windhoek|Namibian
Nauru|||Nauruan
Nicaragua||Managua|Nicaraguan
Niger||Niamey|Nigerien
North Macedonia|Macedonia|Skopje|Macedonian
Palau|||Palauan
Papua New Guinea|PNG|Port Moresby|Papua New Guinean
Saint Kitts and Nevis|St Kitts and Nevis||
Saint Lucia|St Lucia|Castries|
Saint Vincent and the Grenadines|St Vincent||
Samoa||Apia|Samoan
San Marino|||Sammarinese
Sao Tome and Principe|São Tomé and Príncipe||
Seychelles|||Seychellois
Sierra Leone||Freetown|Sierra Leonean
Solomon Islands||Honiara|
Suriname||Paramaribo|Surinamese
Timor-Leste|East Timor|Dili|Timorese
Togo||Lomé|Togolese
Tonga|||Tongan
Trinidad and Tobago|Trinidad|Port of Spain|Trinidadian
Tuvalu|||Tuvaluan
Vanuatu||Port Vila|
Vatican City|Vatican,Holy See||
`;

/** Big cities that are not capitals, and regions news copy names often. */
const OTHER_PLACES = [
  'New York', 'Los Angeles', 'Chicago', 'San Francisco', 'Houston', 'Boston', 'Seattle', 'Miami', 'Atlanta', 'Dallas',
  'Philadelphia', 'Detroit', 'Denver', 'Toronto', 'Montreal', 'Vancouver', 'Sydney', 'Melbourne', 'Brisbane',
  'Perth', 'Auckland', 'Shanghai', 'Shenzhen', 'Guangzhou', 'Hong Kong', 'Macau', 'Osaka', 'Busan', 'Mumbai',
  'Kolkata', 'Chennai', 'Bangalore', 'Bengaluru', 'Karachi', 'Lahore', 'Istanbul', 'Dubai', 'Geneva', 'Zurich',
  'Frankfurt', 'Munich', 'Hamburg', 'Milan', 'Naples', 'Barcelona', 'Manchester', 'Birmingham', 'Glasgow',
  'Edinburgh', 'Cardiff', 'Belfast', 'Lyon', 'Marseille', 'Rotterdam', 'Antwerp', 'St Petersburg', 'Kharkiv', 'Odesa',
  'Lagos', 'Johannesburg', 'Cape Town', 'Casablanca', 'Sao Paulo', 'Rio de Janeiro', 'Gaza', 'West Bank',
  'Crimea', 'Donbas', 'Kashmir', 'Tibet', 'Xinjiang', 'Hawaii', 'Alaska', 'California', 'Texas', 'Florida',
  'Scotland', 'Wales', 'England', 'Northern Ireland', 'Europe', 'Asia', 'Africa', 'Latin America',
  'Middle East', 'South-east Asia', 'Southeast Asia', 'Asia-Pacific', 'Arctic', 'Antarctica', 'Balkans', 'Gulf',
  'Atlantic', 'Pacific', 'Indian Ocean', 'Mediterranean', 'Baltic', 'Black Sea', 'Red Sea', 'North Sea', 'South China Sea',
  'Caribbean', 'Sahel', 'Siberia', 'Scandinavia', 'North America', 'South America', 'Central Asia',
  'Greenland', 'Puerto Rico', 'Guam', 'Persian Gulf', 'Gulf of Mexico', 'Gulf of Aden', 'Gulf of Oman', 'Strait of Hormuz',
  'Strait of Gibraltar', 'Bay of Bengal', 'Bay of Biscay', 'Sea of Azov', 'Sea of Japan', 'Isle of Man', 'Isle of Wight',
  'Cape of Good Hope', 'Horn of Africa', 'Panama Canal', 'Suez Canal', 'English Channel',
  // Mountain ranges and deserts ("glacier melt in the Alps").
  'Alps', 'Himalayas', 'Andes', 'Rockies', 'Pyrenees', 'Dolomites', 'Apennines', 'Carpathians', 'Urals', 'Caucasus', 'Sahara', 'Gobi',
  // US states (news copy names them without any cue).
  'Alabama', 'Arizona', 'Arkansas', 'Colorado', 'Connecticut', 'Delaware', 'Idaho', 'Illinois', 'Indiana', 'Iowa',
  'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi',
  'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina',
  'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota',
  'Tennessee', 'Utah', 'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming',
  // Other large regions and cities.
  'Ontario', 'Quebec', 'Alberta', 'British Columbia', 'Queensland', 'Victoria', 'Bavaria', 'Catalonia', 'Lombardy',
  'Taipei', 'Kaohsiung', 'Penang', 'Johor', 'Sabah', 'Sarawak', 'Bali', 'Java', 'Sumatra', 'Mindanao', 'Okinawa',
  'Hokkaido', 'Kyoto', 'Yokohama', 'Incheon', 'Wuhan', 'Chongqing', 'Tianjin', 'Hangzhou', 'Nanjing', 'Chengdu',
  'Hyderabad', 'Ahmedabad', 'Pune', 'Jeddah', 'Mecca', 'Medina', 'Basra', 'Mosul', 'Aleppo', 'Homs', 'Idlib',
  'Benghazi', 'Alexandria', 'Mombasa', 'Darfur', 'Tigray', 'Zaporizhzhia', 'Kherson', 'Mariupol', 'Bakhmut',
  'Lviv', 'Dnipro', 'Donetsk', 'Luhansk', 'Belgorod', 'Kursk', 'Rafah', 'Khan Younis', 'Tel Aviv', 'Haifa',
  'Davos', 'Brussels', 'Strasbourg', 'The Hague', 'Leiden', 'Utrecht', 'Cologne', 'Stuttgart', 'Turin', 'Florence',
  'Venice', 'Seville', 'Valencia', 'Porto', 'Liverpool', 'Leeds', 'Bristol', 'Oxford', 'Cambridge',
  'Silicon Valley', 'Wall Street', 'Capitol Hill', 'Downing Street', 'Whitehall',
  // Counties and regions of the UK and Ireland that local copy names without any cue ("Households in
  // Devon and Cornwall"), where compromise reads several as given names.
  'Cornwall', 'Devon', 'Somerset', 'Dorset', 'Wiltshire', 'Hampshire', 'Sussex', 'East Sussex', 'West Sussex', 'Surrey', 'Kent',
  'Essex', 'Suffolk', 'Norfolk', 'Cambridgeshire', 'Hertfordshire', 'Bedfordshire', 'Buckinghamshire', 'Berkshire',
  'Oxfordshire', 'Gloucestershire', 'Herefordshire', 'Worcestershire', 'Warwickshire', 'Northamptonshire', 'Leicestershire',
  'Lincolnshire', 'Nottinghamshire', 'Derbyshire', 'Staffordshire', 'Shropshire', 'Cheshire', 'Lancashire', 'Merseyside',
  'Greater Manchester', 'Yorkshire', 'North Yorkshire', 'West Yorkshire', 'South Yorkshire', 'East Yorkshire', 'Cumbria',
  'Northumberland', 'Tyneside', 'Teesside', 'West Midlands', 'East Midlands', 'East Anglia', 'Cotswolds', 'Fife', 'Aberdeenshire',
  'Highlands', 'Orkney', 'Shetland', 'Argyll', 'Gwynedd', 'Pembrokeshire', 'Powys', 'Ceredigion', 'Anglesey', 'Snowdonia',
  'County Cork', 'County Kerry', 'County Galway', 'County Donegal', 'County Mayo', 'County Antrim', 'County Down',
  // Regions elsewhere that news names without any cue.
  'Tuscany', 'Sicily', 'Sardinia', 'Normandy', 'Brittany', 'Provence', 'Corsica', 'Andalusia', 'Flanders', 'Wallonia', 'Saxony',
  'Transylvania', 'Punjab', 'Kerala', 'Bihar', 'Gujarat', 'Maharashtra', 'Tamil Nadu', 'Balochistan', 'Sindh', 'Patagonia',
  'Tasmania', 'New South Wales', 'Western Australia', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'Newfoundland', 'Yukon',
];

/** US states as news agencies abbreviate them after a town ("Lancaster, Calif."); read only there, since "Miss." or "Mo." alone are other words. */
const STATE_ABBREVIATIONS: Record<string, string> = {
  Ala: 'Alabama', Ariz: 'Arizona', Ark: 'Arkansas', Calif: 'California', Colo: 'Colorado', Conn: 'Connecticut', Del: 'Delaware',
  Fla: 'Florida', Ga: 'Georgia', Ill: 'Illinois', Ind: 'Indiana', Kan: 'Kansas', Kans: 'Kansas', Ky: 'Kentucky', La: 'Louisiana',
  Md: 'Maryland', Mass: 'Massachusetts', Mich: 'Michigan', Minn: 'Minnesota', Miss: 'Mississippi', Mo: 'Missouri', Mont: 'Montana',
  Neb: 'Nebraska', Nebr: 'Nebraska', Nev: 'Nevada', Okla: 'Oklahoma', Ore: 'Oregon', Pa: 'Pennsylvania', Tenn: 'Tennessee',
  Tex: 'Texas', Va: 'Virginia', Vt: 'Vermont', Wash: 'Washington', Wis: 'Wisconsin', Wyo: 'Wyoming',
};

/** The state an abbreviation after a town stands for ("Calif" → "California"), if it is one. */
export function stateOfAbbreviation(word: string): string | undefined {
  return Object.hasOwn(STATE_ABBREVIATIONS, word) ? STATE_ABBREVIATIONS[word] : undefined;
}

let parsed: CountryEntry[] | null = null;

export function countries(): CountryEntry[] {
  parsed ??= COUNTRIES.trim()
    .split('\n')
    .map((line) => {
      const [name = '', aliases = '', capital = '', demonyms = ''] = line.split('|');
      return {
        name,
        aliases: aliases ? aliases.split(',') : [],
        capital: capital || null,
        demonyms: demonyms ? demonyms.split(',') : [],
      };
    });
  return parsed;
}

export function otherPlaces(): readonly string[] {
  return OTHER_PLACES;
}

/** Adjectives of nations and regions that are not countries here ("Scottish transport secretary", "Catalan police"). */
const REGION_DEMONYMS = ['Scottish', 'Welsh', 'English', 'Catalan', 'Basque', 'Bavarian', 'Flemish', 'Kurdish', 'Tibetan', 'Kashmiri', 'Sicilian', 'Texan', 'Californian', 'Quebecois', 'Québécois'];

export function regionDemonyms(): readonly string[] {
  return REGION_DEMONYMS;
}
