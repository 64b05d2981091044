//! Word lists the matcher reasons with, in Arabic, French and English:
//! decorative words that impersonators add around a real name ("official",
//! "page", "news", "TV", "24", city names...), words that claim officialness,
//! common dictionary words (a name made only of them is generic and needs more
//! than the name to be flagged), and country words (a name that says it is
//! Algerian or Tunisian is not one of our Moroccan entries).
//!
//! The lists are written here as people type them; they are folded once, at
//! first use, with the same normalisation as names.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a (`super::hash`): the word sets are looked up for every token of every check.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = super::hash::fnv1a(if self.0 == 0 { super::hash::FNV_OFFSET } else { self.0 }, bytes);
    }
}

type Set = HashSet<String, BuildHasherDefault<Fnv>>;

const OFFICIAL: &str = "\
    official officiel officielle officiels oficial offical officail verified vérifié الرسمية الرسمي رسمي \
    رسمية الرسميه موثق موثقة الموثقة اوفيسيال أوفيسيال اوفيشال أوفيشال rasmi rasmiya rasmia errasmiya \
    errasmia arrasmiya rasmiyya";

/// Words around a name that say nothing of whom it names: what a page is,
/// news words, languages, Morocco's name, Darija particles, and an official's
/// title ("Wali", "الوزير"; not "Dr", which says another person).
const DECORATIONS: &str = "\
    wali والي الوالي ministre minister الوزير gouverneur governor \
    page pages account compte حساب الحساب groupe group news new info infos actu actus actualite actualites \
    actualités breaking today now direct live tv tele hd 24 24h 7 365 online web site journal jornal \
    media médias press presse plus premium channel chaine video videos express flash daily hebdo mag \
    magazine fr en ar english arabic arabe francais français french com net org www the de du des la le \
    les l d of al el et and by par dial dyal dyel ta3 li lil lel wal wa w o ou fi bi men min mn 3la m3a ديال تاع متاع صفحة الصفحة صفحه أخبار اخبار الأخبار خبر عاجل تيفي تي في tv لايف \
    مباشر نيوز جريدة الجريدة موقع قناة القناة الفضائية فضائية satellite الالكترونية الإلكترونية \
    إلكترونية اونلاين أونلاين بريس 3ajil 3ajel mobachir moubachir mubashir \
    عربي بالعربية فرنسي فيديو نت كوم اليوم الآن حصري بث البث الحدث لا لي دو دي دى \
    جديد آخر أهم maroc morocco moroccan marocain marocaine maghribi maghribia almaghribi almaghribia \
    elmaghribi maghrib lmaghrib almaghrib elmaghrib ma ماروك موروكو المغرب المغربية المغربي مغربي مغربية بالمغرب للمغرب المملكة المغربيه";

/// What scam pages promise beside an institution's name: jobs, refunds,
/// contests, admissions, tickets, loans, customer service ("CNOPS
/// Remboursement", "OCP Recrutement", "توظيف الأمن الوطني"). They change nothing of whom the name names.
const SCAM_BAIT: &str = "\
    recrutement recrutements recrute concours remboursement remboursements service \
    client clients promo offre offres candidature candidatures inscription \
    inscriptions recruitment jobs job hiring refund giveaway cadeau cadeaux gratuit free \
    admission admissions ticket tickets billets billetterie offer offers loans \
    توظيف التوظيف مباراة مباريات تعويض تعويضات خدمة العملاء التسجيل تسجيل هدية هدايا مجانا مسابقة \
    مسابقات قروض قرض الزبناء الزبائن tasjil tawdif aide aides subvention subventions دعم منحة منح";

/// Words that say the page is about the entity, not the entity: its fans,
/// friends, listeners, or a parody ("Hespress Fans", "محبي هسبريس", "I love
/// ...", "Parodie ..."). Around a name they make it no warning on its own.
const AFFILIATION: &str = "\
    fanpage fans fan fanclub supporters supporter amis friends love lovers admirateurs auditeurs \
    listeners parodie parody satire satirique unofficial nonofficiel etudiants étudiants students \
    laureats lauréats alumni victimes victims boycott memes mèmes solidarité solidarity \
    متابعي محبي محبين عشاق فانز معجبي جمهور أصدقاء نحب نعشق ساخرون ساخر طلبة طلاب خريجي ضحايا مقاطعة تضامن";

/// Words that name another organisation: a club or an association ("نادي
/// الأمن الوطني" is a sports club). Never decorations: with them a name is
/// contained in another.
const ORGANISATION: &str = "\
    club fc association ass asso amicale ecole école school academy académie academie نادي جمعية رابطة \
    مدرسة أكاديمية";

/// Trades: a shop, a café, a pharmacy that bears a name is a business of its
/// own ("Hespress Café"), not the outlet. Not the sections an outlet's own
/// sub-brands use ("Sport", "Immobilier", "Auto").
const TRADE: &str = "\
    cafe café coffee restaurant resto snack pizzeria pizza burger boulangerie bakery patisserie pâtisserie \
    pharmacie pharmacy parapharmacie clinique clinic hotel hôtel riad shop store boutique market \
    supermarche supermarché magasin librairie garage taxi coiffure coiffeur barber barbershop beaute \
    beauté spa hammam fashion traiteur catering bijouterie optique voyage voyages travel tours tourisme \
    tourism photography photographie photo studio salon fitness gym food foods engineering ingenierie \
    ingénierie consulting cosmetics cosmetique cosmétique epicerie épicerie import export meubles textile \
    assurance assurances insurance sarl logistique logistics transit \
    عطارة ملابس أثاث تأمين \
    مقهى قهوة مطعم مخبزة حلويات صيدلية عيادة فندق رياض متجر محل سوق مكتبة حلاق صالون تجميل أزياء \
    مجوهرات بصريات أسفار سفريات سياحة تصوير";

/// Cities: around an outlet's name a decoration ("Hespress Casablanca"), in
/// an institution's name the distinctive part ("أمن تطوان", the Tetouan police).
const PLACES: &str = "\
    casablanca casa rabat fes fès fez marrakech marrakesh tanger tangier agadir oujda tetouan tétouan \
    meknes meknès kenitra laayoune dakhla nador safi eljadida jadida hoceima alhoceima beni mellal \
    khouribga settat taza larache essaouira الدار البيضاء كازا كازابلانكا الرباط فاس مراكش طنجة أكادير \
    اكادير وجدة تطوان مكناس القنيطرة العيون الداخلة الناظور آسفي اسفي الجديدة الحسيمة بني ملال خريبكة \
    سطات تازة العرائش الصويرة سلا salé sale تمارة temara stat bni mlal jdida errachidia rachidia \
    benguerir bengrir ouarzazate warzazat guelmim tiznit taroudant khemisset chefchaouen chaouen ifrane \
    sefrou fnideq martil mdiq youssoufia berrechid الرشيدية بنجرير ورزازات كلميم تيزنيت تارودانت الخميسات \
    شفشاون إفران صفرو الفنيدق مرتيل المضيق اليوسفية برشيد";

/// Dictionary words common in the names of outlets and institutions: a name
/// made only of these (and short particles) is generic.
const COMMON: &str = "\
    radio tv news info presse press journal media medias magazine mag express monde matin soir jour sahara صحراء \
    today daily post times hebdo direct live arabic arabe arabia arab international internationale \
    national nationale general generale direction directorate ministere ministry chambre house cabinet \
    royal royale government gouvernement police surete security center centre agence agency council \
    conseil conseillers councillors representants representatives parlement parliament chef head porte \
    parole spokesperson jeunesse culture communication interieur interior youth for the and des les pour \
    with group groupe sport sports channel chaine maghreb prefecture wilaya surveillance territoire \
    territorial moroccan morocco maroc protection primature royaume kingdom network press agence presse \
    hit top جريدة وكالة قناة مجلس وزارة رئيس رئاسة مركز ولاية أمن راديو تيفي إذاعة أخبار عربي عربية نيوز \
    بريس نت صحيفة مجلة شبكة بلاغ ديوان الناطق باسم أحداث حدث وقائع آراء رأي صوت صدى";

/// Country words and the ISO code of the country they name, as `word:CC`.
const COUNTRIES: &str = "\
    الجزائر:DZ الجزائرية:DZ الجزائري:DZ جزائري:DZ جزائرية:DZ algerie:DZ algérie:DZ algeria:DZ \
    algerien:DZ algérienne:DZ algerienne:DZ algerian:DZ dz:DZ dzayer:DZ dzair:DZ ldzayer:DZ djazair:DZ jazair:DZ \
    aljazair:DZ eldjazair:DZ الدزاير:DZ تونس:TN التونسية:TN التونسي:TN تونسي:TN \
    تونسية:TN tunisie:TN tunisia:TN tunisien:TN tunisienne:TN tunisian:TN tn:TN لبنان:LB اللبنانية:LB \
    اللبناني:LB لبنانية:LB liban:LB lebanon:LB موريتانيا:MR الموريتانية:MR الموريتاني:MR mauritanie:MR \
    mauritania:MR مصر:EG المصرية:EG المصري:EG مصرية:EG egypte:EG égypte:EG egypt:EG ليبيا:LY الليبية:LY \
    الليبي:LY libye:LY libya:LY السعودية:SA saudi:SA الأردن:JO الأردنية:JO jordan:JO فلسطين:PS \
    الفلسطينية:PS palestine:PS سوريا:SY السورية:SY syria:SY العراق:IQ العراقية:IQ iraq:IQ اليمن:YE \
    اليمنية:YE yemen:YE السودان:SD السودانية:SD sudan:SD الكويت:KW الكويتية:KW kuwait:KW قطر:QA \
    القطرية:QA qatar:QA الإمارات:AE الإماراتية:AE emirates:AE sénégal:SN senegal:SN mali:ML belgique:BE \
    belgium:BE maroc:MA morocco:MA المغرب:MA المغربية:MA المغربي:MA مغربي:MA marocain:MA marocaine:MA \
    moroccan:MA ماروك:MA موروكو:MA maghrib:MA lmaghrib:MA almaghrib:MA elmaghrib:MA الأردني:JO اردني:JO jordanian:JO jordanien:JO egyptian:EG egyptien:EG égyptien:EG \
    libyan:LY libyen:LY syrian:SY syrien:SY iraqi:IQ irakien:IQ السعودي:SA saoudien:SA saoudite:SA \
    اليمني:YE القطري:QA الكويتي:KW الإماراتي:AE عمان:OM العمانية:OM oman:OM البحرين:BH البحرينية:BH \
    bahrain:BH bahrein:BH bahreïn:BH السوداني:SD الفلسطيني:PS palestinien:PS palestinian:PS \
    france:FR française:FR francaise:FR français:FR francais:FR french:FR فرنسا:FR الفرنسية:FR الفرنسي:FR \
    belge:BE بلجيكا:BE البلجيكية:BE espagne:ES spain:ES espana:ES españa:ES espagnol:ES espagnole:ES \
    spanish:ES إسبانيا:ES اسبانيا:ES الإسبانية:ES italie:IT italy:IT italia:IT italien:IT italienne:IT \
    italian:IT إيطاليا:IT ايطاليا:IT allemagne:DE germany:DE deutschland:DE allemand:DE allemande:DE \
    german:DE ألمانيا:DE المانيا:DE canada:CA canadien:CA canadienne:CA canadian:CA كندا:CA الكندية:CA \
    الكندي:CA suisse:CH switzerland:CH schweiz:CH سويسرا:CH hollande:NL netherlands:NL nederland:NL \
    néerlandais:NL dutch:NL هولندا:NL uk:GB britain:GB british:GB britannique:GB england:GB angleterre:GB \
    بريطانيا:GB البريطانية:GB usa:US america:US amérique:US amerique:US american:US américain:US \
    americain:US أمريكا:US امريكا:US الأمريكية:US الامريكية:US turquie:TR turkey:TR türkiye:TR turc:TR \
    turkish:TR تركيا:TR التركية:TR iran:IR إيران:IR ايران:IR الإيرانية:IR russie:RU russia:RU russe:RU \
    russian:RU روسيا:RU الروسية:RU chine:CN china:CN chinese:CN chinois:CN الصين:CN الصينية:CN \
    portugal:PT البرتغال:PT cameroun:CM cameroon:CM bénin:BJ benin:BJ djibouti:DJ جيبوتي:DJ gabon:GA \
    tchad:TD chad:TD تشاد:TD niger:NE ivoire:CI ivoirien:CI ivoirienne:CI burkina:BF guinée:GN guinee:GN \
    guinea:GN congo:CD madagascar:MG comores:KM somalie:SO somalia:SO الصومال:SO sénégalais:SN \
    senegalais:SN السنغال:SN malien:ML مالي:ML nigeria:NG uae:AE emirati:AE emirats:AE émirats:AE ksa:SA \
    lebanese:LB libanais:LB libanaise:LB koweit:KW koweït:KW";

struct Lexicon {
    official: Set,
    affiliation: Set,
    business: Set,
    places: Set,
    decorations: Set,
    common: Set,
    countries: HashMap<String, &'static str, BuildHasherDefault<Fnv>>,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let official = fold_words(OFFICIAL);
        let places = fold_words(PLACES);
        let affiliation = fold_words(AFFILIATION);
        let mut decorations = fold_words(DECORATIONS);
        decorations.extend(affiliation.iter().cloned());
        decorations.extend(fold_words(ROMANISED_OUTLET_WORDS));
        decorations.extend(fold_words(SCAM_BAIT));
        decorations.extend(official.iter().cloned());
        decorations.extend(places.iter().cloned());
        let mut common = fold_words(COMMON);
        common.extend(decorations.iter().cloned());
        let countries = COUNTRIES
            .split_whitespace()
            .filter_map(|pair| pair.split_once(':'))
            .flat_map(|(w, cc)| super::fold_word(w).into_iter().map(move |f| (f, cc)))
            .collect();
        let mut business = fold_words(ORGANISATION);
        business.extend(fold_words(TRADE));
        common.extend(business.iter().cloned());
        Lexicon { official, affiliation, business, places, decorations, common, countries }
    })
}

/// A word impersonators add around a real name without changing whom it names.
pub fn is_decoration(token: &str) -> bool {
    let lex = &lexicon().decorations;
    lex.contains(token) || token.chars().all(|c| c.is_ascii_digit()) || without_article(token).is_some_and(|rest| lex.contains(rest))
}

/// A Latin decoration typed with a slip ("Offciel", "Officiell", "Newss",
/// "Marocc"): compared by loose spelling (`translit::loose_latin`, which
/// counts doubled letters once), and one letter apart when at least
/// `MISSPELLED_FROM` letters long. Only for the profile's words: a listed
/// name's words are as the list writes them.
pub fn is_misspelled_decoration(token: &str) -> bool {
    // Loose spellings of the decorations, and the long ones as letters.
    static SPELLINGS: OnceLock<(Set, Vec<Vec<char>>)> = OnceLock::new();
    let (spelled, long) = SPELLINGS.get_or_init(|| {
        let (mut spelled, mut long) = (Set::default(), Vec::new());
        for d in lexicon().decorations.iter().filter(|d| d.chars().all(|c| c.is_ascii_lowercase())) {
            let loose = super::translit::loose_latin(d);
            // Not a city: one slip from a city's name is a given name ("Samira", Essaouira).
            if loose.len() >= MISSPELLED_FROM && !lexicon().places.contains(d) {
                long.push(loose.chars().collect());
            }
            if loose.len() >= MISSPELLED_LOOSE_FROM {
                spelled.insert(loose);
            }
        }
        (spelled, long)
    });
    let chars: Vec<char> = token.chars().collect();
    // A word with the Arabic article romanised is a word of its own ("Alaraby").
    if chars.len() < MISSPELLED_LOOSE_FROM
        || !chars.iter().all(|c| c.is_ascii_lowercase())
        || super::translit::latin_article_len(&chars) > 0
        || is_dictionary_word(token)
    {
        return false;
    }
    let loose = super::translit::loose_latin(token);
    let letters: Vec<char> = loose.chars().collect();
    spelled.contains(&loose) || (letters.len() >= MISSPELLED_FROM && long.iter().any(|d| one_slip_apart(&letters, d)))
}

/// One letter dropped, added, replaced, or two neighbours swapped.
fn one_slip_apart(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let head = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    match long.len() - short.len() {
        0 => {
            let tail = |from: usize| short[from..] == long[from..];
            head + 1 >= short.len() || tail(head + 1) || (short[head] == long[head + 1] && short[head + 1] == long[head] && tail(head + 2))
        }
        1 => short[head..] == long[head + 1..],
        _ => false,
    }
}

/// Decorations this long (in loose spelling) are recognised with a letter
/// doubled or spelled another way ("newz", "newss")...
const MISSPELLED_LOOSE_FROM: usize = 4;
/// ...and this long with a slip (`one_slip_apart`: "offciel"):
/// shorter words become other words.
const MISSPELLED_FROM: usize = 6;

/// An Arabic word without its article, also after the conjunction و or the
/// preposition ب (وال, بال): "الموقع" → "موقع", "بالمغرب" → "مغرب".
fn without_article(token: &str) -> Option<&str> {
    let rest = token.strip_prefix(['و', 'ب']).filter(|r| r.starts_with("ال")).unwrap_or(token);
    super::arabic::strip_article(rest).filter(|rest| rest.chars().count() >= 3)
}

const LANGUAGES: &str = "\
    arabe arabic english anglais francais français french amazigh tamazight espanol عربي العربي بالعربية \
    فرنسي الفرنسية انجليزي الأمازيغية";

/// A language name: after a generic name it makes another generic phrase.
pub fn is_language(token: &str) -> bool {
    static SET: OnceLock<Set> = OnceLock::new();
    folded_set(&SET, LANGUAGES).contains(token)
}

const EDITIONS: &str = "\
    com ma net org www fr en ar english arabic arabe arabi français عربي بالعربية كوم نت";

/// A preposition that puts a country after a name ("du Maroc", "of Morocco").
pub fn is_country_preposition(token: &str) -> bool {
    matches!(token, "du" | "de" | "d" | "au" | "en" | "of" | "in")
}

/// An edition or domain word in a listed name ("Hespress English", "برلمان.كوم").
pub fn is_edition(token: &str) -> bool {
    static SET: OnceLock<Set> = OnceLock::new();
    folded_set(&SET, EDITIONS).contains(token)
}

/// A word list folded as names are (`super::fold_word`), built once in `cell`.
fn folded_set<'a>(cell: &'a OnceLock<Set>, words: &str) -> &'a Set {
    cell.get_or_init(|| fold_words(words))
}

/// A word list folded as names are.
fn fold_words(words: &str) -> Set {
    words.split_whitespace().flat_map(super::fold_word).collect()
}

/// Numbers a brand's name writes as a digit ("Medi 1", "2M"), spelled out as
/// French, English or Darija say them, in Latin or Arabic letters ("Medi
/// One", "ميدي آن", "ميدي وان"), and the ordinals and Roman numerals of
/// kings' names that universities and foundations bear ("Hassan 1er",
/// "Hassan Premier", "Mohammed V", "محمد الخامس"). The digit first, then its words.
const NUMBER_WORDS: &str = "\
    1 un one wahed wa7ed آن ان وان واحد premier premiere 1er 1ere first الأول الاول بروميي بريمي | \
    2 deux two jouj zouj دو تو جوج زوج ii second deuxieme الثاني | \
    3 trois three tlata تروا ثري تلاتة ثلاثة iii troisieme الثالث | \
    4 quatre four arb3a كاتر فور ربعة أربعة iv | 5 cinq five khamsa سانك فايف خمسة v الخامس | \
    6 six stta سيس سيكس ستة vi السادس | 7 sept seven seb3a سيت سفن سبعة | 8 huit eight tmenya ويت ايت تمنية ثمانية | \
    9 neuf nine tes3od نوف ناين تسعة | 10 dix ten 3achra ديس تن عشرة";

/// The digit a number word stands for (`NUMBER_WORDS`).
pub fn number_word(token: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<String, &'static str, BuildHasherDefault<Fnv>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::default();
        for group in NUMBER_WORDS.split('|') {
            let mut words = group.split_whitespace();
            let digit = words.next().unwrap_or_default();
            for word in words.flat_map(super::fold_word) {
                map.insert(word, digit);
            }
        }
        map
    })
    .get(token)
    .copied()
}

/// The word for "Arabic", as an outlet's Arabic edition is written in
/// Latin letters, Arabizi and Arabic ("BBC 3arabi", "CNN بالعربية").
const ARABIC_EDITION: &str = "\
    ar arabic arabe arabi arabia arabiya 3arabi 3arabia 3arabiya bel3arabi bel3arabiya bil3arabiya l3arabi \
    عربي عربية بالعربية بالعربي";

/// A word naming an outlet's Arabic edition (`ARABIC_EDITION`).
pub fn is_arabic_edition(token: &str) -> bool {
    static SET: OnceLock<Set> = OnceLock::new();
    folded_set(&SET, ARABIC_EDITION).contains(token)
}

/// Words naming an administrative division: with a city they make a place's
/// name ("Wilaya de Marrakech", "عمالة طنجة"), not an institution's.
const DIVISIONS: &str = "\
    wilaya wilayat prefecture préfecture province region région commune municipalite municipalité \
    ولاية عمالة إقليم جهة جماعة بلدية";

/// A word naming an administrative division (`DIVISIONS`).
pub fn is_division(token: &str) -> bool {
    static SET: OnceLock<Set> = OnceLock::new();
    let set = folded_set(&SET, DIVISIONS);
    set.contains(token) || without_article(token).is_some_and(|rest| set.contains(rest))
}

/// A Latin article ("La Nouvelle Tribune", "Le Matin", "The Economist").
pub fn is_article(token: &str) -> bool {
    matches!(token, "la" | "le" | "les" | "l" | "the" | "al" | "el")
}

/// The Arabic article romanised as a word of its own ("Al Hoceïma", "El Jadida").
pub fn is_romanised_arabic_article(token: &str) -> bool {
    matches!(token, "al" | "el")
}

/// The Arabic article romanised apart before a sun letter, which it takes
/// the sound of: "at" in "at-Tani", "ad" in "ad-Dar", "ech" in "Ech Chorouk".
/// Known by the next word starting with the consonant it ends with.
pub fn is_assimilated_article(token: &str, next: &str) -> bool {
    const SUN_CONSONANTS: [&str; 12] = ["t", "th", "d", "dh", "r", "z", "s", "sh", "ch", "n", "ss", "tt"];
    // With the preposition li- before it too ("lit takhtit", "lin nazaha": لِلتّخطيط).
    let token = token.strip_prefix('l').filter(|rest| rest.starts_with(['i', 'e'])).unwrap_or(token);
    let mut chars = token.chars();
    matches!(chars.next(), Some('a' | 'e' | 'i' | 'o' | 'u'))
        && SUN_CONSONANTS.contains(&chars.as_str())
        && next.starts_with(chars.as_str())
        && next.len() > chars.as_str().len() + 1
}

/// A preposition romanised apart from its word, which Arabic glues to it
/// ("li", "l", "bi": "l korat" for لكرة).
pub fn is_preposition_apart(token: &str) -> bool {
    matches!(token, "l" | "li" | "b" | "bi")
}

/// A preposition before a place ("في مراكش", "à Rabat", "in Casablanca").
pub fn is_preposition(token: &str) -> bool {
    matches!(token, "في" | "ب" | "à" | "a" | "au" | "en" | "in" | "at")
}

/// A word that denies what follows ("non officielle", "غير رسمية").
pub fn is_negation(token: &str) -> bool {
    matches!(token, "non" | "not" | "غير" | "ليست" | "ليس")
}

/// A word saying the page is its fans' (see `AFFILIATION`).
pub fn is_affiliation(token: &str) -> bool {
    lexicon().affiliation.contains(token)
}

/// A word naming another organisation or a business (`ORGANISATION`, `TRADE`).
pub fn is_other_business(token: &str) -> bool {
    let business = &lexicon().business;
    business.contains(token) || without_article(token).is_some_and(|rest| business.contains(rest))
}

/// A city's name (see `PLACES`).
pub fn is_place(token: &str) -> bool {
    let places = &lexicon().places;
    places.contains(token) || without_article(token).is_some_and(|rest| places.contains(rest))
}

/// A listed name that names nobody in particular: made only of words of the
/// language (`is_frequent_word`), none of them a place or a number
/// ("الأخبار", "Le Monde", "La Poste"; not "أمن تطوان", not "اليوم 24").
pub fn is_generic_name<'a>(mut words: impl Iterator<Item = &'a str>) -> bool {
    let mut any = false;
    let generic = words.all(|w| {
        any = true;
        is_frequent_word(w) && !is_place(w) && !w.chars().all(|c| c.is_ascii_digit())
    });
    any && generic
}

/// A word that claims the page is the official one.
pub fn is_official_claim(token: &str) -> bool {
    lexicon().official.contains(token)
}

/// A dictionary word: alone, or with other such words, it names nobody in
/// particular. Letters and two-letter pieces count too (see `is_dictionary_word`).
pub fn is_common(token: &str) -> bool {
    token.chars().count() <= 2 || is_dictionary_word(token)
}

/// A word of the language at large: `is_common`, or one of the languages'
/// most frequent words (`frequent_words`). By itself it names nobody
/// ("Poste", "Business").
pub fn is_frequent_word(token: &str) -> bool {
    // Stored folded and sorted: looked up as it is, only its heads found at first use.
    static FREQUENT: OnceLock<super::sorted_words::SortedWords<'static>> = OnceLock::new();
    is_common(token)
        || FREQUENT.get_or_init(|| super::sorted_words::SortedWords::new(super::frequent_words::FREQUENT_WORDS)).contains(token)
}

/// A word of the common-word lexicon, a number, or an Arabic noun with its
/// article; unlike `is_common`, not any short piece ("H e s", "Go ud").
pub fn is_dictionary_word(token: &str) -> bool {
    lexicon().common.contains(token)
        || token.chars().all(|c| c.is_ascii_digit())
        || (token.chars().count() >= 4 && (token.starts_with("ال") || token.starts_with("لل")))
}

/// A word of the common-word lexicon, with its Arabic article or without:
/// an Arabic noun with the article that is not in it may be a name ("الهاكا").
pub fn is_lexicon_word(token: &str) -> bool {
    let lexicon = lexicon();
    lexicon.common.contains(token) || super::arabic::strip_article(token).is_some_and(|bare| lexicon.common.contains(bare))
}

/// The country whose people's adjective a word of `COUNTRIES` is, not the
/// country's name: Arabic's nisba ("المغربية", "السعودي") or a French or
/// English adjective's ending ("marocaine", "tunisien", "jordanian").
pub fn demonym_of(token: &str) -> Option<&'static str> {
    const ENDINGS: [&str; 6] = ["ي", "يه", "ien", "ienne", "aine", "ian"];
    let adjective = ENDINGS.iter().any(|e| token.ends_with(e)) || (token.ends_with("ain") && token.len() > 5);
    country_of(token).filter(|_| adjective)
}

/// The country a word names, if it names one.
pub fn country_of(token: &str) -> Option<&'static str> {
    lexicon().countries.get(token).copied()
}

/// Moroccan cities (and the Maghreb's capitals named like their country) as each script and spelling writes them, as
/// `arabic|latin: alias alias ...` (`_` joins the words of one name): an
/// institution's name says its city one way, a page another ("Amn
/// Casablanca" / "أمن الدار البيضاء").
const CITY_NAMES: &str = "\
    الدار_البيضاء|casablanca: casablanca casa كازا كازابلانكا الدارالبيضاء البيضاء darbida dar_lbida; \
    الرباط|rabat: rabat rbat errabat الرباط; \
    فاس|fes: fes fès fez fas فاس; \
    مراكش|marrakech: marrakech marrakesh marrakch mrakch مراكش; \
    طنجة|tanger: tanger tangier tanja tanja طنجة; \
    أكادير|agadir: agadir أكادير اكادير; \
    مكناس|meknes: meknes meknès mknas meknas مكناس; \
    وجدة|oujda: oujda wajda wjda وجدة; \
    القنيطرة|kenitra: kenitra kénitra qnitra lqnitra l9nitra القنيطرة; \
    العيون|laayoune: laayoune laâyoune layoune l3ayoun la3youne lâayoune العيون; \
    تطوان|tetouan: tetouan tétouan tetuan titwan ttwan تطوان; \
    الناظور|nador: nador الناظور ناظور; \
    الداخلة|dakhla: dakhla الداخلة; \
    الجزائر|alger: alger algiers dzayer dzair ldzayer الدزاير";

/// The head nouns of institutions' and outlets' names, as
/// `arabic|french|english: alias alias ...`: what a university, a ministry, an
/// agency is called in each script, and the ways pages type it (romanised
/// Arabic, Arabizi, French or English in Arabic letters: "Jamiat", "Wezaret",
/// "أونيفيرسيتي", "مينيستير"). Not the spellings of other nouns too
/// ("jamia" is also جمعية, an association).
const HEAD_NOUNS: &str = "\
    جامعة|université|university: جامعة jami3a jami3at jamiaa jamiat jam3at jami3t universite university \
    univ يونيفرسيتي يونيفيرسيتي اونيفرسيتي أونيفرسيتي أونيفيرسيتي اونيفيرسيتي يونيفرستي; \
    وزارة|ministère|ministry: وزارة wizara wizarat wazara wazarat wezara wezaret wizaret ministere ministry \
    مينيستير منيستير مينستير; \
    وكالة|agence|agency: وكالة wakala wakalat agence agency أجونس اجونس; \
    مجلس|conseil|council: مجلس majlis majliss conseil council كونساي; \
    هيئة|instance|authority: هيئة hay2a hay2at hayaa hayat instance authority; \
    جهة|région|region: جهة jiha jihat region ريجيون; \
    جريدة|journal|newspaper: جريدة jarida jaridat jaridah journal newspaper جورنال; \
    قناة|chaîne|channel: قناة qanat qanaat kanat 9anat chaine channel";

/// A table of words written alike in every script (`CITY_NAMES`,
/// `HEAD_NOUNS`): each alias's word and the forms, each as folded words.
struct Across {
    aliases: HashMap<String, usize, BuildHasherDefault<Fnv>>,
    forms: Vec<Vec<Vec<String>>>,
}

impl Across {
    fn parse(table: &str) -> Across {
        let words = |name: &str| -> Vec<String> { name.split('_').flat_map(super::fold_word).collect() };
        let mut across = Across { aliases: HashMap::default(), forms: Vec::new() };
        for line in table.split(';') {
            let Some((canonical, spellings)) = line.split_once(':') else { continue };
            for alias in spellings.split_whitespace().chain(canonical.trim().split('|')) {
                // A name of several words is looked up by its words glued.
                across.aliases.insert(words(alias).concat(), across.forms.len());
            }
            across.forms.push(canonical.trim().split('|').map(words).collect());
        }
        across
    }

    fn forms(&self, token: &str) -> Option<&[Vec<String>]> {
        self.aliases.get(token).map(|&i| self.forms[i].as_slice())
    }
}

/// The city a word names, as its Arabic and Latin names (folded), if it is a
/// Moroccan city of `CITY_NAMES`.
pub fn city_names(token: &str) -> Option<(&'static [String], &'static [String])> {
    static TABLE: OnceLock<Across> = OnceLock::new();
    match TABLE.get_or_init(|| Across::parse(CITY_NAMES)).forms(token)? {
        [arabic, latin] => Some((arabic.as_slice(), latin.as_slice())),
        _ => None,
    }
}

/// The head noun a word is ("Jamiat", "أونيفيرسيتي": a university), as the
/// names of `HEAD_NOUNS` write it in Arabic, French and English (folded).
pub fn head_noun_forms(token: &str) -> Option<&'static [Vec<String>]> {
    static TABLE: OnceLock<Across> = OnceLock::new();
    TABLE.get_or_init(|| Across::parse(HEAD_NOUNS)).forms(token)
}

/// Cities abroad a name may be mistaken for: capitals and large cities of
/// the Arab world and of the diaspora, in the scripts their names are written in.
const CITIES_ABROAD: &str = "\
    amman عمان cairo caire القاهرة alexandrie alexandria الإسكندرية tunis alger algiers oran وهران \
    beyrouth beirut بيروت riyadh riyad الرياض jeddah جدة doha الدوحة dubai dubaï دبي abudhabi \
    baghdad bagdad بغداد damas damascus دمشق tripoli طرابلس benghazi بنغازي nouakchott نواكشوط khartoum \
    الخرطوم sanaa صنعاء mascate muscat مسقط manama المنامة koweit kuwait paris باريس bruxelles brussels \
    بروكسل madrid مدريد barcelona barcelone برشلونة london londres لندن amsterdam أمستردام montreal \
    مونتريال marseille مرسيليا lyon ليون";

/// A city abroad ("Amman"): a name one letter from it is that city's, not a typo ("Amman News" / "Ammon News").
pub fn is_city_abroad(token: &str) -> bool {
    static SET: OnceLock<Set> = OnceLock::new();
    folded_set(&SET, CITIES_ABROAD).contains(token)
}

/// Glued decorations that are split off a Latin token ("HespressOfficiel",
/// "Medias24"), longest first.
pub(crate) const GLUED_SUFFIXES: &[&str] =
    &["officielle", "officiel", "official", "morocco", "maroc", "news", "info", "live", "fans", "page", "tv", "24"];

/// Outlet words as Arabizi and romanised Arabic write them.
const ROMANISED_OUTLET_WORDS: &str = "jarida jaridat jarida jaridah sahifa sahifat qanat kanat 9anat qanaat \
    idha3a idhaat iza3a mawqi3 maw9i3 mawqi mawqe3 majalla majallat";

const OUTLET_WORDS: &str = "\
    جريدة الجريدة صحيفة الصحيفة يومية اليومية أسبوعية مجلة المجلة قناة القناة إذاعة الإذاعة راديو تلفزيون \
    التلفزيون موقع الموقع تيفي الإخباري الإخبارية إخباري إخبارية journal newspaper quotidien hebdomadaire hebdo magazine revue tv tele télé \
    television télévision chaine chaîne channel radio site media médias presse press";

const INSTITUTION_WORDS: &str = "\
    وزارة الوزارة مديرية المديرية ولاية عمالة شرطة الشرطة أمن الأمن درك الدرك مجلس المجلس وكالة الوكالة \
    مندوبية المندوبية ministere ministère ministry direction directorate police surete sûreté gendarmerie \
    prefecture préfecture wilaya conseil council agence agency delegation délégation";

/// An official's title or trade beside their name ("وزير", "Ambassadeur",
/// "Journaliste", romanised "wazir", "s7afi", "الدكتور", "البطل", "السيدة",
/// "Maître", "الفنان"): what the
/// person is, not another person. A namesake's "Dr" is no more a namesake's
/// than the bare name, which is judged as the person's.
const TITLE_WORDS: &str = "\
    وزير الوزير وزيرة الوزيرة سفير السفير سفيرة السفيرة صحفي الصحفي صحفية الصحفية صحافي الصحافي \
    إعلامي الإعلامي إعلامية الإعلامية مذيع المذيع مذيعة المذيعة ministre minister ambassadeur \
    ambassadrice ambassador journaliste journalist présentateur présentatrice presenter anchor \
    مدير المدير directeur director رئيس الرئيس رئيسة الرئيسة président présidente president برلماني \
    البرلماني برلمانية البرلمانية نائب النائب نائبة النائبة député députée deputy والي الوالي wali \
    wazir lwazir elwazir alwazir wazira s7afi sa7afi sahafi sahafiya s7afiya ra2is rais raiss rayis \
    الدكتور دكتور الدكتورة دكتورة د dr docteur doctor البطل البطلة champion championne \
    السيد السيدة الأستاذ الأستاذة الشيخ الحاج الفنان الفنانة المطرب المطربة النجم النجمة \
    monsieur madame mme mr mrs maitre maître cheikh sheikh chikh haj hajj artiste chanteur chanteuse singer";

/// What a word says an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KindWord {
    /// A newspaper, a channel, a radio, a site ("جريدة", "Journal", "TV").
    Outlet,
    /// A ministry, the police, a council ("وزارة", "Ministère", "شرطة").
    Institution,
    /// A person's title or trade ("وزير", "Ambassadeur", "Journaliste").
    Official,
}

/// The kind of entity a word names, if it names one: beside a generic name
/// ("جريدة العاصمة") it says which entity the name means.
pub fn kind_word(token: &str) -> Option<KindWord> {
    static SETS: OnceLock<(Set, Set, Set)> = OnceLock::new();
    let (outlet, institution, official) = SETS.get_or_init(|| {
        let mut outlet = fold_words(OUTLET_WORDS);
        outlet.extend(fold_words(ROMANISED_OUTLET_WORDS));
        (outlet, fold_words(INSTITUTION_WORDS), fold_words(TITLE_WORDS))
    });
    if outlet.contains(token) {
        Some(KindWord::Outlet)
    } else if institution.contains(token) {
        Some(KindWord::Institution)
    } else if official.contains(token) {
        Some(KindWord::Official)
    } else {
        None
    }
}

/// Rough regions, to tell "managed from a neighbouring or diaspora country"
/// from "managed from far away".
fn region(cc: &str) -> u8 {
    match cc {
        "MA" | "DZ" | "TN" | "LY" | "MR" | "EG" | "SD" | "SA" | "AE" | "QA" | "KW" | "BH" | "OM" | "YE" | "JO" | "PS" | "LB" | "SY"
        | "IQ" => 1,
        "FR" | "ES" | "BE" | "NL" | "DE" | "IT" | "GB" | "PT" | "CH" | "LU" | "AT" | "IE" | "SE" | "DK" | "NO" => 2,
        "US" | "CA" => 3,
        _ => 0,
    }
}

/// True when a page managed from `manager` is plausibly run by people close to
/// an entity of `country` (same country, same region, or the Arab world and
/// Western Europe, between which audiences and staff move).
pub fn is_near(country: &str, manager: &str) -> bool {
    let (a, b) = (country.to_ascii_uppercase(), manager.to_ascii_uppercase());
    if a == b {
        return true;
    }
    let (ra, rb) = (region(&a), region(&b));
    ra != 0 && rb != 0 && (ra == rb || (ra <= 2 && rb <= 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_of_the_languages_frequent_words_is_generic() {
        assert!(is_generic_name(["poste"].into_iter()), "French for post office");
        assert!(is_generic_name(["business", "news"].into_iter()));
        assert!(!is_generic_name(["hespress"].into_iter()));
        assert!(!is_generic_name(["poste", "casablanca"].into_iter()), "a place tells it apart");
    }

    #[test]
    fn a_countrys_adjective_is_a_demonym_and_its_name_is_not() {
        for word in ["المغربيه", "السعودي", "marocaine", "tunisien", "jordanian"] {
            assert!(demonym_of(word).is_some(), "{word}");
        }
        for word in ["المغرب", "maroc", "tunisie", "السعوديه_", "hespress"] {
            assert!(demonym_of(word).is_none(), "{word}");
        }
    }

    #[test]
    fn a_decoration_typed_with_a_slip_is_still_one() {
        for word in ["offciel", "officiell", "offficiel", "oficiel", "newss", "newz", "marocc", "marroc"] {
            assert!(is_misspelled_decoration(word), "{word}");
        }
    }

    #[test]
    fn words_near_a_short_decoration_are_words() {
        for word in ["sport", "nows", "mars", "pages2", "hespress", "medina", "samira"] {
            assert!(!is_misspelled_decoration(word), "{word}");
        }
    }

    #[test]
    fn one_slip_is_a_letter_dropped_added_replaced_or_swapped() {
        let slip = |a: &str, b: &str| one_slip_apart(&a.chars().collect::<Vec<_>>(), &b.chars().collect::<Vec<_>>());
        assert!(slip("oficiel", "ofciel") && slip("ofciel", "oficiel") && slip("oficiel", "oficeil") && slip("oficiel", "oficial"));
        assert!(!slip("medina", "medias") && !slip("oficiel", "oficiel22"));
        assert!(slip("oficiel", "oficiel"), "the same word is within a slip");
    }

    #[test]
    fn an_officials_title_is_a_decoration_but_not_a_doctors() {
        assert!(is_decoration("wali") && is_decoration("الوزير") && is_decoration("ministre"));
        assert!(!is_decoration("dr"));
    }

    #[test]
    fn an_article_that_takes_the_next_sun_letter_is_an_article() {
        assert!(is_assimilated_article("at", "tani") && is_assimilated_article("ech", "chorouk") && is_assimilated_article("ad", "dar"));
        assert!(!is_assimilated_article("at", "home"), "another letter follows");
        assert!(!is_assimilated_article("al", "lil") && !is_assimilated_article("as", "s"), "a word follows, not a letter");
        assert!(!is_assimilated_article("am", "mama"), "m is a moon letter");
        assert!(is_assimilated_article("lit", "takhtit") && is_assimilated_article("lin", "nazaha"), "with the preposition li-");
        assert!(!is_assimilated_article("lim", "mouwatin") && !is_assimilated_article("lt", "tanmiya"));
    }
}
