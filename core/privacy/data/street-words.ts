/** Street vocabulary per locale (lower case), space separated to stay compact. */
const set = (s: string): ReadonlySet<string> => new Set(s.split(' ').filter(Boolean));

/** English street suffixes (USPS list plus common UK ones and abbreviations). */
export const EN_SUFFIX = set(
  'alley avenue ave av branch bridge brook brooks burg bypass camp canyon cape causeway center centre circle cir cliff cliffs club common commons corner corners course court ct courts cove coves creek crescent cres crest crossing crossroad curve dale dam divide drive dr drives estate estates expressway extension extensions fall falls ferry field fields flat flats ford fords forest forge forges fork forks fort freeway garden gardens gdns gateway glen glens green greens grove groves harbor harbour harbors haven heights highway hwy hill hills hollow inlet island islands isle junction junctions key keys knoll knolls lake lakes land landing lane ln light lights loaf lock locks lodge loop mall manor manors meadow meadows mews mill mills mission motorway mount mountain mountains neck orchard oval overpass park parks parkway pkwy parkways pass passage path pike pine pines place pl plain plains plaza point points port ports prairie radial ramp ranch rapid rapids rest ridge ridges river road rd roads route row run shoal shoals shore shores skyway spring springs spur spurs square sq squares station stravenue stream street st streets summit terrace ter terr throughway trace track trafficway trail tunnel turnpike underpass union unions valley valleys via viaduct view views village villages ville vista walk walks wall way ways well wells ' +
  'boulevard blvd close croft fold bank gate end side rise wharf yard chase drove hey moor pastures parade approach broadway circus grange hollow paddock quay gardens market lawn lawns crescent embankment vale glebe dene circles coppice beeches nook brow holt ley leys meadow mead combe coombe',
);
/**
 * The English street types that also mark a street in text typed all in lower case ("12 baker street").
 * The others ("rest", "end", "way", "side", "view", "run", "park") are everyday words too, so they only
 * count after a capitalised street name.
 */
export const EN_SUFFIX_LOWER = set('street st road rd avenue ave lane ln drive dr boulevard blvd close crescent cres court ct place pl terrace grove gardens gdns square sq mews parkway pkwy highway hwy');
export const EN_SECONDARY = /^,?[ \t](?:apt\.?|apartment|suite|ste\.?|unit|flat|floor|fl\.?|#)[ \t]?#?[a-z]?\d{1,5}[a-z]?(?![\p{L}\p{N}])/iu;

/** French street types (the word after the house number). */
export const FR_TYPE = set('rue avenue av. av boulevard bd bd. place quai voie passage impasse allée allee chemin route cours square villa cité cite faubourg galerie rond-point sentier parvis promenade esplanade hameau résidence residence chaussée');
export const FR_PARTICLE = set("de du des la le les l' d' sur aux en à et sous lès");
export const FR_SECONDARY = /^,?[ \t](?:\d{1,3}(?:e|er|ème|eme)?[ \t]étage|étage[ \t]\d{1,3}|apt\.?[ \t]\d{1,5}|appartement[ \t]\d{1,5}|bât(?:iment)?\.?[ \t][a-z\d]{1,3})(?![\p{L}\p{N}])/iu;

/** German street-name endings and leading prepositions. */
export const DE_SUFFIX = /(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|hof|berg|feld|garten|markt|chaussee|steig|pfad|stieg|graben|wall|brücke|park|tor|kamp|höhe|bach|born|wiese|hain|grund|stein|anger|holz|heide|kai|zeile|promenade|tal|blick|winkel|hang|au|aue|mühle|muehle|hütte|siedlung|mark|busch|horst|wald|see|hafen|burg)$/iu;
export const DE_PREP = set("am im zum zur beim an auf in unter hinter vor über auf'm");
export const DE_SECONDARY = /^,?[ \t](?:zimmer|whg\.?|wohnung|apt\.?|app\.?)[ \t]\d{1,4}|^,?[ \t]\d{1,2}\.?[ \t]?(?:og|etage|stock)(?![\p{L}\p{N}])/iu;

/** Spanish street types (the word that starts the street name). */
export const ES_TYPE = set('calle c/ c/. avenida avda. avda av. av plaza pza. pza paseo pº p.º camino ronda travesía travesia carretera ctra. glorieta vía via callejón callejon rambla carrer pasaje urbanización urbanizacion urb. barrio cuesta alameda polígono poligono puerta parcela lado municipio quinta chalet');
export const ES_PARTICLE = set('de del la las los el y en');
export const ES_SECONDARY = /^,?[ \t]?(?:\d{1,2}[º°ª]?[ \t]?(?:[a-h](?![\p{L}])|izda\.?|dcha\.?|izq\.?|izquierda|derecha|centro|pta\.?[ \t]?\d{1,2})|bajo|ático|atico|entlo\.?)(?![\p{L}\p{N}])/iu;
