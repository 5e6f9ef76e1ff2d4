package org.parallax.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Small word lists that stand in for a named-entity model: places, demonyms, organisation words,
 * role words. Keys are lower case with periods removed ("u.s." is "us").
 */
final class Gazetteer {

  private static final String COUNTRIES =
      "afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|"
          + "bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|"
          + "bosnia|botswana|brazil|brunei|bulgaria|burkina faso|burundi|cambodia|cameroon|canada|"
          + "cape verde|central african republic|chad|chile|china|colombia|comoros|congo|"
          + "costa rica|croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti|dominica|"
          + "dominican republic|ecuador|egypt|el salvador|equatorial guinea|eritrea|estonia|"
          + "eswatini|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|"
          + "grenada|guatemala|guinea|guinea-bissau|guyana|haiti|honduras|hungary|iceland|india|"
          + "indonesia|iran|iraq|ireland|israel|italy|ivory coast|cote d'ivoire|jamaica|japan|"
          + "jordan|kazakhstan|kenya|kiribati|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|"
          + "lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|"
          + "maldives|mali|malta|mauritania|mauritius|mexico|moldova|monaco|mongolia|montenegro|"
          + "morocco|mozambique|myanmar|burma|namibia|nauru|nepal|netherlands|new zealand|"
          + "nicaragua|niger|nigeria|north korea|north macedonia|norway|oman|pakistan|palau|"
          + "palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|"
          + "romania|russia|rwanda|samoa|san marino|saudi arabia|senegal|serbia|seychelles|"
          + "sierra leone|singapore|slovakia|slovenia|somalia|south africa|south korea|"
          + "south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|"
          + "tajikistan|tanzania|thailand|togo|tonga|tunisia|turkey|turkmenistan|tuvalu|uganda|"
          + "ukraine|united arab emirates|uae|united kingdom|uk|britain|great britain|england|"
          + "scotland|wales|united states|us|usa|america|uruguay|uzbekistan|vanuatu|venezuela|"
          + "vietnam|yemen|zambia|zimbabwe|gaza|west bank|crimea|greenland|hong kong|kurdistan";

  private static final String CITIES_AND_REGIONS =
      "kabul|algiers|luanda|buenos aires|yerevan|canberra|sydney|vienna|baku|dhaka|minsk|"
          + "brussels|porto-novo|cotonou|la paz|sarajevo|gaborone|brasilia|rio de janeiro|"
          + "sao paulo|sofia|ouagadougou|bujumbura|phnom penh|yaounde|douala|ottawa|toronto|"
          + "montreal|bangui|n'djamena|santiago|beijing|shanghai|hong kong|bogota|kinshasa|"
          + "brazzaville|zagreb|havana|nicosia|prague|copenhagen|cairo|alexandria|asmara|tallinn|"
          + "addis ababa|helsinki|paris|marseille|libreville|banjul|tbilisi|berlin|munich|"
          + "frankfurt|accra|athens|conakry|bissau|port-au-prince|budapest|new delhi|delhi|"
          + "mumbai|jakarta|tehran|baghdad|mosul|dublin|jerusalem|tel aviv|rome|milan|"
          + "abidjan|yamoussoukro|tokyo|amman|astana|nairobi|mombasa|pristina|kuwait city|"
          + "bishkek|vientiane|riga|beirut|maseru|monrovia|tripoli|benghazi|vilnius|antananarivo|"
          + "lilongwe|kuala lumpur|bamako|timbuktu|gao|kidal|mopti|valletta|nouakchott|"
          + "mexico city|chisinau|ulaanbaatar|podgorica|rabat|casablanca|maputo|naypyitaw|"
          + "yangon|windhoek|kathmandu|amsterdam|the hague|wellington|managua|niamey|agadez|"
          + "abuja|lagos|kano|maiduguri|pyongyang|skopje|oslo|muscat|islamabad|karachi|lahore|"
          + "panama city|asuncion|lima|manila|warsaw|lisbon|doha|bucharest|moscow|"
          + "st petersburg|kigali|riyadh|jeddah|dakar|belgrade|freetown|mogadishu|pretoria|"
          + "johannesburg|cape town|seoul|juba|madrid|barcelona|colombo|khartoum|stockholm|"
          + "geneva|bern|zurich|damascus|aleppo|taipei|dushanbe|dodoma|dar es salaam|bangkok|"
          + "lome|tunis|ankara|istanbul|kampala|kyiv|kiev|odesa|kharkiv|abu dhabi|dubai|london|"
          + "washington|new york|los angeles|chicago|houston|miami|boston|san francisco|"
          + "montevideo|tashkent|caracas|hanoi|ho chi minh city|sanaa|aden|lusaka|harare|"
          + "africa|west africa|east africa|north africa|southern africa|central africa|"
          + "sub-saharan africa|sahel|sahara|maghreb|middle east|europe|western europe|"
          + "eastern europe|asia|central asia|south asia|southeast asia|latin america|"
          + "north america|south america|caribbean|gulf|persian gulf|red sea|mediterranean|"
          + "horn of africa|lake chad|pacific|atlantic|indian ocean|arctic|balkans|donbas|"
          + "kashmir|darfur|tigray|the west|west";

  private static final String DEMONYMS =
      "afghan=afghanistan|algerian=algeria|american=us|angolan=angola|argentine=argentina|"
          + "australian=australia|austrian=austria|belgian=belgium|beninese=benin|"
          + "brazilian=brazil|british=uk|burkinabe=burkina faso|burundian=burundi|"
          + "cameroonian=cameroon|canadian=canada|chadian=chad|chinese=china|"
          + "colombian=colombia|congolese=congo|cuban=cuba|danish=denmark|dutch=netherlands|"
          + "egyptian=egypt|emirati=united arab emirates|eritrean=eritrea|ethiopian=ethiopia|"
          + "european=europe|french=france|gabonese=gabon|gambian=gambia|german=germany|"
          + "ghanaian=ghana|greek=greece|guinean=guinea|indian=india|indonesian=indonesia|"
          + "iranian=iran|iraqi=iraq|irish=ireland|israeli=israel|italian=italy|"
          + "ivorian=ivory coast|japanese=japan|jordanian=jordan|kenyan=kenya|"
          + "lebanese=lebanon|liberian=liberia|libyan=libya|malian=mali|"
          + "mauritanian=mauritania|mexican=mexico|moroccan=morocco|mozambican=mozambique|"
          + "nigerien=niger|nigerian=nigeria|north korean=north korea|norwegian=norway|"
          + "pakistani=pakistan|palestinian=palestine|polish=poland|portuguese=portugal|"
          + "qatari=qatar|russian=russia|rwandan=rwanda|saudi=saudi arabia|"
          + "senegalese=senegal|somali=somalia|south african=south africa|"
          + "south korean=south korea|spanish=spain|sudanese=sudan|swedish=sweden|"
          + "swiss=switzerland|syrian=syria|taiwanese=taiwan|tanzanian=tanzania|"
          + "togolese=togo|tunisian=tunisia|turkish=turkey|ugandan=uganda|"
          + "ukrainian=ukraine|venezuelan=venezuela|vietnamese=vietnam|yemeni=yemen|"
          + "zambian=zambia|zimbabwean=zimbabwe|african=africa|sahelian=sahel|asian=asia|"
          + "western=the west|arab=arab world";

  /** Other names for the same place, folded to one key. */
  private static final Map<String, String> PLACE_ALIASES =
      Map.ofEntries(
          Map.entry("united states", "us"),
          Map.entry("usa", "us"),
          Map.entry("america", "us"),
          Map.entry("united kingdom", "uk"),
          Map.entry("britain", "uk"),
          Map.entry("great britain", "uk"),
          Map.entry("cote d'ivoire", "ivory coast"),
          Map.entry("kiev", "kyiv"),
          Map.entry("burma", "myanmar"),
          Map.entry("czechia", "czech republic"),
          Map.entry("uae", "united arab emirates"),
          Map.entry("west", "the west"));

  private static final Set<String> ORGANIZATION_HEADS =
      words(
          "department ministry agency council group center centre university party bank "
              + "administration government army navy forces force police company corporation "
              + "corp inc ltd co institute committee commission union organization organisation "
              + "association front movement court parliament congress senate assembly office "
              + "service coalition alliance fund foundation network board authority bureau "
              + "airlines airways times post news press television radio tv club league "
              + "federation junta brigade battalion cabinet embassy consulate school college "
              + "hospital church museum program programme project initiative watch "
              + "secretariat industries holdings group guard guards militia");

  private static final Set<String> KNOWN_ORGANIZATIONS =
      words(
          "reuters ap afp bloomberg bbc cnn nato un eu au ecowas imf who unicef unhcr "
              + "pentagon kremlin fbi cia nsa hamas hezbollah taliban isis isil jnim "
              + "wagner opec interpol amnesty google apple microsoft amazon meta");

  private static final Set<String> MULTIWORD_ORGANIZATIONS =
      Set.of(
          "white house",
          "state department",
          "al qaeda",
          "islamic state",
          "african union",
          "european union",
          "united nations",
          "security council",
          "africa corps",
          "boko haram",
          "al shabaab",
          "red cross",
          "human rights watch",
          "world bank");

  /** Heads of role phrases ("minister", "envoy"); lower-case ones only count as roles. */
  private static final Set<String> ROLE_HEADS =
      words(
          "president minister secretary spokesperson spokesman spokeswoman envoy ambassador "
              + "general governor senator chief director commander leader chairman chairwoman "
              + "chair ceo premier chancellor king queen prince princess mayor lawmaker colonel "
              + "lieutenant captain sergeant admiral pope bishop judge prosecutor attorney "
              + "adviser advisor deputy head emir sheikh sultan monarch vice-president "
              + "undersecretary under-secretary commissioner representative rapporteur "
              + "coordinator negotiator mediator official");

  /** Words that qualify a role inside a title ("Foreign Minister", "top envoy"). */
  private static final Set<String> ROLE_MODIFIERS =
      words(
          "foreign defence defense interior finance justice prime vice deputy senior top chief "
              + "former acting interim special assistant principal first second home economy "
              + "energy health education trade security national state military army presidential "
              + "government junior associate executive managing general attorney supreme "
              + "transitional regional local bureau press communications information");

  /** Person titles written before a name. */
  private static final Set<String> HONORIFICS =
      words(
          "mr mrs ms miss dr prof sir dame lord lady rev gen col lt maj capt sgt adm gov sen rep");

  private static final Map<String, String> PLACES = new HashMap<>();

  static {
    for (String place : (COUNTRIES + "|" + CITIES_AND_REGIONS).split("\\|")) {
      PLACES.put(place, PLACE_ALIASES.getOrDefault(place, place));
    }
  }

  private static final Map<String, String> DEMONYM_PLACES = new HashMap<>();

  static {
    for (String pair : DEMONYMS.split("\\|")) {
      String[] parts = pair.split("=");
      DEMONYM_PLACES.put(parts[0], PLACE_ALIASES.getOrDefault(parts[1], parts[1]));
    }
  }

  private Gazetteer() {}

  private static Set<String> words(String spaceSeparated) {
    return new HashSet<>(Arrays.asList(spaceSeparated.split(" ")));
  }

  /** Returns the lookup key of a phrase: lower case, periods and possessive dropped. */
  static String key(String phrase) {
    return phrase
        .toLowerCase(Locale.ROOT)
        .replace(".", "")
        .replaceAll("'s$", "")
        .replaceAll("\\s+", " ")
        .trim();
  }

  /** Returns the canonical name of a place, or null when the phrase is not a known place. */
  static String place(String phraseKey) {
    return PLACES.get(phraseKey);
  }

  /** Returns the place a demonym refers to ("malian" to "mali"), or null. */
  static String demonymPlace(String wordKey) {
    return DEMONYM_PLACES.get(wordKey);
  }

  static boolean isOrganizationHead(String wordKey) {
    return ORGANIZATION_HEADS.contains(wordKey);
  }

  static boolean isKnownOrganization(String phraseKey) {
    return KNOWN_ORGANIZATIONS.contains(phraseKey) || MULTIWORD_ORGANIZATIONS.contains(phraseKey);
  }

  static boolean isRoleHead(String wordKey) {
    return ROLE_HEADS.contains(wordKey);
  }

  static boolean isRoleModifier(String wordKey) {
    return ROLE_MODIFIERS.contains(wordKey);
  }

  static boolean isHonorific(String wordKey) {
    return HONORIFICS.contains(wordKey);
  }
}
