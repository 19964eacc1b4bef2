// Well-known places compromise's lexicon misses or reads as something else ("Houston" is a Person
// there, "Midwest" and "the Alps" are unknown). General news geography only: world regions, mountain
// ranges, waters and large cities; never a place because one article mentions it.

const set = (lines: string): ReadonlySet<string> => new Set(lines.split(/\n|,/).map((s) => s.trim().toLowerCase()).filter(Boolean));

/** Places that are nothing else in news text: a capitalised run spelling one of these is a place. */
const PLACES = set(`
  Earth
  Midwest, Pacific Northwest, Northwest Territories, New England, Deep South, Sun Belt, Rust Belt, Bible Belt
  West Coast, East Coast, Gulf Coast, Bay Area, Silicon Valley, Great Plains, Great Lakes, Appalachia
  Middle East, Near East, Far East, Balkans, Caribbean, Scandinavia, Siberia, Sahara, Sahel, Maghreb
  Levant, Caucasus, Patagonia, Amazonia, Outback, Midlands, Highlands, Lowlands, Riviera, Benelux
  Latin America, Central America, South America, North America, Southeast Asia, South Asia, East Asia
  Central Asia, West Africa, East Africa, North Africa, Southern Africa, Sub-Saharan Africa, Horn of Africa
  Western Europe, Eastern Europe, Central Europe, Northern Europe, Southern Europe, Asia-Pacific, Oceania
  Arctic, Antarctic, Antarctica, Mediterranean, Baltic, West Bank, Gaza Strip, Golan Heights, Kashmir, Tibet
  Crimea, Donbas, Kurdistan, Darfur, Punjab, Bengal, Sinai, Negev, Galilee, Yukon, Flanders, Wallonia
  Alps, Andes, Himalayas, Himalaya, Rockies, Pyrenees, Urals, Appalachians, Dolomites, Carpathians
  Apennines, Sierra Nevada, Everest, Kilimanjaro
  English Channel, North Sea, Red Sea, Black Sea, Dead Sea, Persian Gulf, Solent, Thames
  Danube, Rhine, Nile, Yangtze, Potomac, Amazon River, Ganges, Euphrates, Tigris
  Ground Zero, Wall Street, Capitol Hill, Downing Street, Times Square
  Houston, Cincinnati, Minneapolis, Louisville, Greensboro, Tampa, Jacksonville, Tucson, Omaha, Hartford
  Charleston, Milwaukee, Albuquerque, Sacramento, Pittsburgh, Baltimore, Detroit, Cleveland, Seattle
  Genova, Genoa, Bologna, Saigon, Casablanca, Abuja, Harare, Kuala Lumpur, Hong Kong, Cape Town
  Addis Ababa, Buenos Aires, Sao Paulo, São Paulo, Rio de Janeiro, Tel Aviv, New Delhi, Ho Chi Minh City
  L.A., LA, NYC, D.C.
`);

/**
 * Cities that are also first names ("Austin", "Sydney", "Charlotte"): a place only where the
 * sentence says so, after a locative preposition ("in Austin", "near Sydney").
 */
const NAME_LIKE_PLACES = set(`
  Austin, Charlotte, Savannah, Sofia, Sydney, Adelaide, Orlando, Florence, Phoenix, Victoria, Regina
  Santiago, Aurora, Beverly Hills
`);

/** Words that name a place after "the" ("the South", "the Sun"), and something else without it. */
const THE_PLACES = set('South, North, West, East, Sun, Moon, Channel, Gulf, Continent, Subcontinent');

// (not "from" or "to": "a letter from Sydney" may come from a person)
const LOCATIVES = new Set(['in', 'near', 'outside', 'throughout', 'across', 'around', 'into']);

/**
 * Is the name a well-known place? `name` is the name as written, `before` the lower-case word
 * right before it in the same sentence (if any).
 */
export function gazetteerPlace(name: string, before: string | undefined): boolean {
  const k = name.toLowerCase().replace(/\s+/g, ' ');
  if (PLACES.has(k)) return true;
  if (THE_PLACES.has(k)) return before === 'the';
  return NAME_LIKE_PLACES.has(k) && before !== undefined && LOCATIVES.has(before);
}
