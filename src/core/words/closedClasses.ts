/**
 * Small closed word classes the analyzer reasons with. Names never go here: they come from the generated
 * lexicon (see docs/data.md) or from the text itself.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

/** Capitalized titles that can stand before a person's name ("Secretary", "Sen."). */
export const TITLES = set(
  'President Vice Secretary Minister Premier Chancellor Senator Sen. Governor Gov. Representative Rep. Mayor Judge Justice ' +
    'Ambassador Commissioner Director Chairman Chairwoman Chair Chief General Gen. Colonel Col. Captain Capt. Lieutenant Lt. ' +
    'Sergeant Sgt. Officer Detective Professor Prof. Dr. Mr. Mrs. Ms. Dr Mr Mrs Ms Miss Rev. Reverend Father Pope Cardinal Bishop Archbishop ' +
    'King Queen Prince Princess Emperor Sheikh Lord Lady Sir Dame Speaker Leader Spokesman Spokeswoman Spokesperson ' +
    'Undersecretary Attorney Sheriff Admiral Marshal Correspondent Editor Reporter Coach Dean Principal Councillor Councilman ' +
    'Councilwoman MP Deputy Inspector Superintendent Commander Chef',
);

/** Capitalized words that modify a following title ("Foreign Minister", "Prime Minister"). */
export const TITLE_MODIFIERS = set(
  'Foreign Prime Deputy Assistant Associate Acting Former Vice Chief Senior Junior Special Staff Executive Managing Defense ' +
    'Defence Interior Finance Trade Health Education Justice Energy Home State Federal National Supreme Majority Minority ' +
    'House Senate Press Presidential Grand Head Lead Attorney Secretary General Police Army Navy Air Foreign-Policy',
);

/** Lowercase nouns naming a job or role ("director", "spokesman"): evidence that a nearby name is a person. */
export const ROLE_NOUNS = set(
  'president minister secretary director chairman chairwoman chair chief leader head official spokesman spokeswoman ' +
    'spokesperson analyst professor researcher scientist fellow expert founder co-founder ceo executive manager ' +
    'correspondent writer reporter editor columnist photographer journalist author lawyer attorney judge senator governor ' +
    'mayor ambassador envoy diplomat adviser advisor aide commander general officer student teacher doctor economist ' +
    'historian artist curator coordinator candidate member lawmaker legislator spokesmen representative premier chancellor ' +
    'king queen prince emperor oilman businessman businesswoman actor actress singer player coach creator owner partner ' +
    'president-elect vice-president nominee deputy counsel administrator commissioner sheriff',
);

/** Last words that make a name an organization ("… University", "… Inc."). */
export const ORG_HEADS = set(
  'University College School Academy Institute Institution Center Centre Council Agency Association Foundation Society ' +
    'Committee Commission Corporation Corp. Corp Company Co. Inc. Inc Ltd. Ltd LLC Group Bank Party Church Ministry ' +
    'Department Court Union Federation League Organization Organisation Board Office Bureau Authority Service Services ' +
    'Network Press News Times Post Journal Magazine Herald Tribune Gazette Telegraph Guardian Weekly Daily Review Radio ' +
    'Television TV Broadcasting Airlines Airways Army Navy Police Force Forces Guard Museum Gallery Library Hospital ' +
    'Clinic Conference Congress Parliament Assembly Senate Cabinet Administration Government Fund Trust Alliance Coalition ' +
    'Movement Front Team Club Orchestra Band Studios Records Labs Laboratory Laboratories Systems Technologies Industries ' +
    'Motors Partners Holdings Enterprises Media Communications Institute District Department Municipality Tribunal Program ' +
    // Newspapers ("the Elmdale Ledger"); not "Sun" or "Star", which are also surnames.
    'Ledger Chronicle Courier Sentinel Observer Inquirer Enquirer Examiner Dispatch Bulletin Register Globe Mirror Express ' +
    'Independent Standard Record Monitor Advertiser Courant Mail Echo Citizen Recorder ' +
    'Corps Brotherhood Guild Regiment Brigade Battalion Conservatory Seminary Caucus Secretariat Division',
);

/** First words that head an organization when followed by "of" ("Ministry of …", "University of …"). */
export const ORG_OF_HEADS = set(
  'University College Institute Ministry Department Church Bank Municipality Court Council Union Association Federation ' +
    'League Organization Organisation Society Academy Board Office Bureau Museum School Chamber House Order Party Fund ' +
    'Corps Brotherhood Guild Regiment Conservatory Knights',
);

/** Last words that make a name a place ("… Sea", "… Street"). */
export const PLACE_HEADS = set(
  'Sea Ocean River Lake Bay Gulf Strait Straits Canal Island Islands Peninsula Mountain Mountains Mount Mt. Hill Hills ' +
    'Valley Desert Coast Beach Park Square Street St Road Avenue Ave. Boulevard Blvd. Lane Highway Bridge Tower Towers ' +
    'Palace Castle Hall Memorial Station Airport Port Harbor Harbour Stadium Arena Hotel Guesthouse Plaza Building Cathedral ' +
    'Temple Mosque County Province Prefecture Region Territory City Town Village Heights Springs Falls Forest Canyon ' +
    'Republic Kingdom Emirates State Island Base Cape Isle Creek Empire Auditorium',
);

/** Connectors allowed inside a multi-word name when a capitalized word follows. */
export const NAME_CONNECTORS = set('of for the and & de da del della di du la le van von der den bin al');

/** Prepositions after which an unknown name is most likely a place. */
export const PLACE_PREPOSITIONS = set('in from near across into outside inside throughout towards toward via');

/** Prepositions after which an unknown name is most likely an organization. */
export const ORG_PREPOSITIONS = set('on at with');

/** Calendar words are capitalized but never entities here. */
export const CALENDAR = set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September ' +
    'May October November December Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. Christmas Easter',
);

/** Lowercase words that, right before a title, belong to the role ("former President"). */
export const ROLE_PREFIXES = set('former late then acting outgoing incoming deputy interim ex');

/** Third-person singular pronouns resolved to a person when only one is in view. */
export const PERSON_PRONOUNS = set('he him his she her hers himself herself');

/** Determiners that open an appositive description ("Lee, the trade minister,"). */
export const DETERMINERS = set('the a an');

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS = set(
  'Mr Mrs Ms Dr Prof Sen Rep Gov Gen Col Capt Lt Sgt St Mt Jr Sr Inc Corp Ltd Co No vs etc Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Ave Blvd',
);

/** Function words: capitalized, they start a sentence or a headline word, never a name ("In", "The"). */
export const FUNCTION_WORDS = set(
  'a an the in on at of for to from by with into onto over under about after before during since until as and or but ' +
    'nor so yet if then than that this these those there here when where while why how what which who whom whose it its ' +
    'he she they we you i me him her them us his their our your my is are was were be been being has have had do does ' +
    'did not no yes all some any each both either neither every',
);

/** Adverbs, conjunctions and prepositions that open a sentence and are never names, some of them also given names
 * ("Even China said …", "See Quill (2019)"). */
export const OPENING_WORDS = set(
  'Even Only Also Just Still Perhaps Indeed Meanwhile Instead However Although Though Because Despite Unlike Unless ' +
    'Whether Within Without Among Against Across Amid Via Once See Hey',
);

/** Adherents and adjectives of religions and movements: like nationality words, descriptions rather than names. */
export const CREED_WORDS = set(
  'Muslim Muslims Islamic Christian Christians Jewish Jew Jews Catholic Catholics Protestant Protestants Buddhist ' +
    'Buddhists Hindu Hindus Sikh Sikhs Orthodox Evangelical Evangelicals Sunni Shia Shiite Shiites Mormon Mormons ' +
    'Democrat Democrats Republican Republicans Conservative Conservatives Liberal Liberals Socialist Socialists',
);

/** Prefixes split off hyphenated words ("Pro-Lisbon", "Co-founder"): never names on their own. */
export const HYPHEN_PREFIXES = set('Pro Anti Pan Non Ex Post Pre Neo Mid Co');

/** Lowercase nouns for kinds of place: a name right before one ("the Elmdale neighborhood") or after "a village of",
 * "the town of" is a place. */
export const PLACE_NOUNS = set(
  'village town city neighborhood neighbourhood district region province county suburb hamlet commune municipality ' +
    'borough township parish island islands capital valley quarter settlement enclave outskirts',
);

/** Titles that are also surnames: after an honorific, the surname ("Mr. King", "Ms. Bishop"). */
export const TITLE_SURNAMES = set('King Bishop Dean Judge Marshal Sheriff Prince Cardinal Chancellor Major Pope Knight Earl Baron');

/** Honorifics: they stand before a name but say nothing of what the person does, so they are never a role. */
export const HONORIFICS = set('Mr. Mrs. Ms. Mr Mrs Ms Miss Mx. Mx Dr. Dr Sir Dame Madam Mme. Mme M. Herr Frau');

/** Prefixes of saints' names that, on places, mark the place ("Saint-Lunel", "St. Aldric"). */
export const SAINT_PREFIXES = set('Saint Sainte St. St San Santa Santo São');
