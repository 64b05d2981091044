#!/usr/bin/env python3
"""Generate tests/innocents/cases.jsonl: innocent Facebook page and profile names.

    python3 tools/innocents/gen.py

Deterministic (no randomness, Python 3 stdlib only). Every case is an ordinary
page or person a reader in Morocco or the Arab world really meets, chosen
because it shares words, letters or sounds with an entry of the list it is
judged against (`bundled` = lists/morocco.json, `devset` = tests/devset/list.json).
Every case expects `quiet` (verdict `unknown`).

Families:
  innocent-common-word  everyday phrases (Arabic MSA / Darija, French, English)
                        containing or resembling a listed generic name;
  innocent-real         real, well-known pages of other kinds (clubs, singers,
                        brands, banks, schools, other countries' ministries and
                        police, foreign outlets that are on neither list ...);
  innocent-person       ordinary people sharing a given or family name with a
                        listed official (Latin and Arabic);
  innocent-near         real different words/brands one or two letters away
                        from a listed name, and short names.
"""
import json
import os

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "innocents", "cases.jsonl")

# ---------------------------------------------------------------------------
# Against the bundled list (lists/morocco.json)
# ---------------------------------------------------------------------------

BUNDLED_COMMON = [
    # الصباح / Assabah (The Morning)
    "صباح الخير", "صباح الخير يا مغرب", "صباح الفل", "صباحكم سعيد", "صباح النور",
    "أذكار الصباح والمساء", "قهوة الصباح ☕", "صباحيات جميلة", "رياضة الصباح",
    "فطور الصباح المغربي", "Sbah lkhir", "Sbah el khir Casablanca",
    "Bonjour le Maroc", "Good Morning Casablanca", "Good Morning Rabat 🌅",
    # Le Matin (morning)
    "Café du Matin", "Le Café du Matin Tanger", "Les Matins de Fès", "Boulangerie du Matin",
    "Un Matin à Marrakech", "Yoga du Matin", "Matinale Sport", "Petit Matin Agadir",
    "Le Matin des Mamans", "Rosée du Matin",
    # الأخبار / الأحداث / news words
    "أخبار الطقس في المغرب", "أخبار الوظائف والمباريات", "أخبار الرجاء البيضاوي",
    "أخبار التعليم بالمغرب", "أحداث وطرائف", "أحداث مسلسل قيامة أرطغرل",
    "Akhbar Al Wadifa", "Infos Emploi Maroc", "News du Quartier Maarif",
    # العمق (depth)
    "في العمق", "من العمق", "عمق الروح", "Au fond du cœur", "Deep Blue Diving Agadir",
    # العاصمة (the capital)
    "مقهى العاصمة", "حلويات العاصمة", "صيدلية العاصمة", "العاصمة العلمية فاس", "Pizzeria La Capitale",
    "Capitale de la Culture Rabat", "أسواق العاصمة",
    # كود / Goud
    "كود الخصم", "Code de la Route Maroc", "كود الخصم نون", "Good Vibes Only",
    "Good Food Maroc", "Goud Bye Stress",
    # الأولى (the first)
    "الأولى باكالوريا علوم تجريبية", "الأولى إعدادي", "السنة الأولى ابتدائي",
    "الحلقة الأولى", "الإسعافات الأولية", "1ère année Bac", "La Première Classe",
    # القناة الثانية / دوزيم / 2M
    "الثانية باكالوريا", "الثانية إعدادي مراجعة", "Deuxième Bac SVT", "2 Bac Sciences Maths",
    "2M Pixels Photography", "قناة الطبخ المغربي",
    # الجزيرة (island)
    "جزيرة موكادور", "الجزيرة الخضراء", "جزيرة ليلى", "Île de Mogador", "Island Surf Taghazout",
    "جزر الكناري Canarias",
    # العربية (Arabic)
    "اللغة العربية للجميع", "تعلم اللغة العربية", "الخط العربي", "Langue Arabe Facile",
    "Arabic Calligraphy Art", "المطبخ العربي", "الفصحى العربية",
    # اليوم (today) / 24 ساعة / 24
    "اليوم الوطني للمرأة", "اليوم العالمي للغة العربية", "اليوم عيد ميلادي", "وصفة اليوم",
    "حكمة اليوم", "صورة اليوم", "Citation du jour", "Menu du Jour Casablanca",
    "24 ساعة في مراكش", "صيدلية الحراسة 24/24", "Pharmacie de garde 24h/24", "Dépannage 24/7",
    "Taxi 24 Tanger", "Maroc Livraison 24h",
    # المغرب / Maroc (Morocco)
    "المغرب الجميل", "المغرب بلادي", "المغرب العميق", "Maroc Authentique", "Visit Morocco",
    "Morocco Travel Guide", "Maroc Recettes",
    # Le Monde (world)
    "Le Monde de Bébé", "Le Monde des Enfants", "Tour du Monde en Vélo", "Cuisine du Monde",
    "Monde de la Mode", "Le Monde du Football", "عالم الطبخ", "عالم المرأة", "عالم الرياضة",
    # الشرطة / الأمن / police words
    "أمن وسلامة الأطفال", "الأمن الغذائي", "السلامة الطرقية", "Sécurité Routière",
    "أمن المعلومات Cyber Security", "Police Academy Fans", "Agent de sécurité Maroc",
    "الأمن والأمان",
    # Tetouan / Casablanca / Rabat / Fes / Marrakech / Tanger / Agadir / Meknes / Oujda / Kenitra / Laayoune
    "تطوان الحمامة البيضاء", "Tétouan Ville", "Casablanca Events", "الدار البيضاء اليوم",
    "Rabat Ville Lumière", "الرباط عاصمة الأنوار", "Fès Medina", "فاس العتيقة",
    "Marrakech Food Tour", "مراكش الحمراء", "Tanger Med Port", "طنجة العالية",
    "Agadir Beach", "أكادير أوفلا", "Meknès Ville Impériale", "مكناس الزيتون",
    "Oujda City", "وجدة الألفية", "Kénitra Plage Mehdia", "القنيطرة حبيبتي",
    "Laâyoune Sahara", "العيون عاصمة الصحراء", "Dakhla Kitesurf", "الداخلة لؤلؤة الجنوب",
    "Hoceima Plage Quemado", "الحسيمة جوهرة المتوسط", "Fès Shopping", "Fes Cooking Class",
    # Préfecture / Wilaya words
    "Préfecture d'Arrondissement Hay Hassani", "Wilaya Center Tétouan", "Wilaya de Marrakech Safi",
    # البرلمان / parliament / government words
    "برلمان الطفل", "برلمان الشباب", "Parlement des Jeunes", "الحكومة المدرسية",
    "Gouvernement des Élèves", "مجلس الآباء", "مجلس الحي", "Conseil des Élèves",
    # الديوان (diwan) / royal words
    "ديوان الشعر العربي", "ديوان المتنبي", "Royal Tulip", "Royal Mansour Marrakech",
    "Golf Royal Dar Es Salam", "Hôtel Le Royal",
    # ministry words
    "وزارة السعادة", "Ministère du Rire", "Ministry of Memes", "الداخلية والخارجية",
    # spokesperson
    "الناطق باسم الحي", "Porte-parole des Étudiants",
    # الابتزاز / protection
    "حماية المستهلك", "Protection de l'Enfance", "احمي نفسك من النصب",
    # radio / TV / press words
    "Radio Souvenirs", "راديو الذكريات", "Hits Années 80", "TV Show Maroc", "Press Start Gaming",
    "Presse Agrumes", "Express Livraison", "MAP Cartographie", "Roadmap Maroc",
    # Le360, L'Economiste, La Nouvelle Tribune, Medias, Info
    "360 Photography", "Vision 360 Immobilier", "L'Économie Pour Tous", "Tribune Libre",
    "Médias et Communication FLSH", "Info Santé", "Infos Bac Maroc",
    # انفاس (breaths) / منتخب (elected) / شوف (look)
    "أنفاس الصباح", "أنفاس شعرية", "شوف وعيش", "شوف الجديد", "Chouf Chouf Comedy",
    "المنتخبون المحليون", "Tiz Café",
]

BUNDLED_REAL = [
    # football
    "Raja Club Athletic", "الرجاء الرياضي", "Wydad Athletic Club", "الوداد الرياضي",
    "Ultras Eagles 2006", "Winners 2005", "AS FAR", "الجيش الملكي", "RS Berkane",
    "نهضة بركان", "Maghreb Association Sportive de Fès", "المغرب الفاسي", "Moghreb Tétouan",
    "المغرب التطواني", "Hassania Union Sport d'Agadir", "حسنية أكادير", "Ittihad Tanger",
    "اتحاد طنجة", "Mouloudia Club d'Oujda", "Kawkab Marrakech", "الكوكب المراكشي",
    "FUS de Rabat", "Olympique de Safi", "Équipe du Maroc", "المنتخب الوطني المغربي",
    "Atlas Lions Fans 🦁🇲🇦", "FRMF", "Botola Pro", "Real Madrid C.F.", "FC Barcelona",
    "Paris Saint-Germain", "Achraf Hakimi", "Hakim Ziyech", "Yassine Bounou", "ياسين بونو",
    "Sofyan Amrabat", "Walid Regragui", "Brahim Díaz",
    # singers, comedians, influencers
    "Saad Lamjarred", "سعد لمجرد", "Hatim Ammor", "حاتم عمور", "Douzi", "الدوزي",
    "Asma Lmnawar", "أسماء المنور", "Dounia Batma", "Zina Daoudia", "Najat Aatabou",
    "ElGrande Toto", "Inkonnu", "Manal Benchlikha", "Nouamane Belaiachi", "Hamid El Kasri",
    "حسن الفد", "Hassan El Fad", "Eko", "Rachid Show", "رشيد شو", "Jamel Debbouze",
    "Gad Elmaleh", "Chaimae Abdelaziz", "Amine Raghib", "Ilyas El Maliki",
    "Choumicha", "شميشة", "Moroccan Food by Chef Moha",
    # brands, banks, telecoms, shops
    "Maroc Telecom", "اتصالات المغرب",
    # "inwi" and "Orange Maroc" left this set when both operators joined the bundled list
    # (ma-inwi, ma-orange, version 2026120101): see README, "Changes".
    "Attijariwafa bank",
    "التجاري وفا بنك", "BMCE Bank of Africa", "Banque Populaire", "البنك الشعبي",
    "CIH Bank", "Crédit Agricole du Maroc", "Société Générale Maroc", "Royal Air Maroc",
    "الخطوط الملكية المغربية", "ONCF", "Marjane", "Label'Vie", "BIM Maroc", "Jumia Maroc",
    "Avito.ma", "Glovo Maroc", "Careem", "Coca-Cola Maroc", "Centrale Danone", "Sidi Ali",
    "Oulmès", "Dari Couspate", "Aïcha", "Lesieur Cristal", "Renault Maroc", "Dacia Maroc",
    "Kitea", "Decathlon Maroc", "Morocco Mall", "Anfa Place", "Tanger City Mall",
    # schools, universities
    "Université Mohammed V de Rabat", "جامعة محمد الخامس", "Université Hassan II de Casablanca",
    # "Université Cadi Ayyad" and "جامعة القاضي عياض" left this set when the university
    # joined the bundled list (ma-uca, version 2026113003): a listed name on its own
    # is no innocent (README, "Changes").
    "Université Sidi Mohamed Ben Abdellah Fès",
    "Université Ibn Zohr", "Université Abdelmalek Essaâdi", "ENCG Settat", "ENSA Marrakech",
    "EMSI", "Sorbonne Université", "Université Paris-Saclay", "Campus France Maroc",
    "Lycée Lyautey", "OFPPT", "مكتب التكوين المهني وإنعاش الشغل",
    # tourism / cities
    "Visit Marrakech", "Visit Agadir", "Marrakech Tourism", "Tanger Tourisme",
    "Fès-Meknès Tourisme", "Office National Marocain du Tourisme", "Chefchaouen",
    "شفشاون الزرقاء", "Ifrane", "Essaouira Mogador",
    # recipe / health / religion / NGOs
    "Recettes Marocaines", "وصفات مغربية", "مطبخ أم وليد", "Oum Walid", "صحتك بين يديك",
    "Santé Maroc Conseils", "مسجد الحسن الثاني", "Mosquée Hassan II", "جامع القرويين",
    "Fondation Mohammed V pour la Solidarité", "Association Bayti", "Croissant-Rouge Marocain",
    "الهلال الأحمر المغربي", "INSAF", "Amnesty International Maroc", "UNICEF Maroc",
    # parties
    "حزب العدالة والتنمية", "حزب التجمع الوطني للأحرار", "RNI", "حزب الأصالة والمعاصرة",
    "PAM", "حزب الاستقلال", "Parti de l'Istiqlal", "الاتحاد الاشتراكي للقوات الشعبية", "USFP",
    "حزب التقدم والاشتراكية",
    # embassies
    "Ambassade de France au Maroc", "U.S. Embassy Rabat", "سفارة الولايات المتحدة بالمغرب",
    "British Embassy Rabat", "Embajada de España en Marruecos", "Botschaft Rabat",
    "سفارة المملكة العربية السعودية بالرباط", "Ambassade du Sénégal au Maroc",
    # foreign outlets not on either list
    "L'Express", "Le Figaro", "Libération", "Le Parisien", "TV5MONDE", "France Inter",
    "France Info", "BFMTV", "Euronews", "Euronews عربي", "DW عربية", "DW News",
    "Independent عربية", "Asharq News الشرق", "العربي الجديد",
    # "اليوم السابع", "Youm7" and "المصري اليوم" left this set when the two papers joined
    # the bundled list (eg-youm7, eg-almasryalyoum, version 2026113003): see README, "Changes".
    # "الشرق الأوسط", "Al-Quds Al-Arabi", "القدس العربي" and "Rotana" left it when Asharq
    # Al-Awsat, Al-Quds Al-Arabi and Rotana joined the bundled list (sa-aawsat,
    # gb-alquds-alarabi, sa-rotana, version 2026120101): see README, "Changes".
    "الشروق أونلاين", "Echorouk Online", "El Watan", "Jeune Afrique", "Le Monde diplomatique",
    "Courrier international", "The Guardian", "The New York Times", "Reuters", "AFP",
    "AFP عربي", "Associated Press", "BBC News", "BBC Sport", "CNN", "Sky Sports", "beIN SPORTS",
    "beIN SPORTS عربي", "Arryadia الرياضية", "MBC5", "MBC مصر", "Shahid شاهد",
    "RT France", "Anadolu Ajansı", "TRT عربي", "Le Matin d'Algérie", "The Economist",
    "La Tribune", "24 Heures", "Huffpost Maghreb",
    # other countries' ministries and police
    "Ministère de l'Intérieur", "وزارة الداخلية - مملكة البحرين", "وزارة الداخلية السعودية",
    "وزارة الداخلية المصرية", "وزارة الداخلية القطرية", "Ministère des Affaires étrangères de la Tunisie",
    "France Diplomatie", "وزارة الخارجية المصرية", "U.S. Department of State",
    "Préfecture de Police de Paris", "Police nationale", "Gendarmerie nationale", "Dubai Police شرطة دبي",
    "شرطة أبوظبي", "Policía Nacional", "الأمن الوطني الجزائري", "DGSN Algérie",
    "رئاسة الحكومة التونسية", "Primature du Sénégal", "Primature RDC",
    "مجلس النواب الأردني", "مجلس النواب العراقي", "Chambre des représentants de Belgique",
    "U.S. House of Representatives", "European Parliament", "البرلمان العربي", "البرلمان الأوروبي",
    "الديوان الملكي الهاشمي", "الديوان الملكي السعودي", "Royal Family", "The Royal Family Channel",
    "وزارة الثقافة المصرية", "وزارة الشباب والرياضة", "Ministère de la Culture",
    "Parlement européen", "Bundestag",
]

# officials' namesakes: (given names Latin, given names Arabic, family Latin, family Arabic)
BUNDLED_PERSON_FAMILIES = [
    (["Mohamed", "Youssef", "Fatima Zahra", "Khadija", "Said", "Omar", "Nadia", "Hicham", "Salma", "Karim",
      "Zakaria", "Imane", "Abdelaziz", "Latifa", "Mustapha", "Hajar", "Abdellah", "Oumaima", "Brahim", "Sanae",
      "Ayoub", "Rajae"],
     ["محمد", "يوسف", "فاطمة الزهراء", "خديجة", "سعيد", "عمر", "نادية", "هشام", "سلمى", "كريم", "زكرياء", "إيمان",
      "عبد العزيز", "لطيفة", "مصطفى", "هاجر", "عبد الله", "أميمة", "إبراهيم", "سناء", "أيوب", "رجاء"],
     ["Hammouchi", "Hamouchi"], ["حموشي", "الحموشي"]),
    (["Ahmed", "Rachid", "Samira", "Mehdi", "Hanane", "Anas", "Laila", "Reda", "Sara", "Amine", "Ilham", "Hamid",
      "Wafae", "Jamal"],
     ["أحمد", "رشيد", "سميرة", "المهدي", "حنان", "أنس", "ليلى", "رضا", "سارة", "أمين", "إلهام", "حميد",
      "وفاء", "جمال"],
     ["Sabik", "Sebbik"], ["سبيك"]),
]
# same given name as an official, another family name
BUNDLED_PERSON_GIVEN = [
    "Abdellatif Benali", "Abdellatif Ouahbi", "Abdellatif Laabi", "Abdelatif Chraibi", "Abdellatif El Idrissi",
    "عبد اللطيف وهبي", "عبد اللطيف اللعبي", "عبد اللطيف الإدريسي", "عبد اللطيف بنعلي", "عبد اللطيف معزوز",
    "Boubker Jamai", "Boubker El Amrani", "Boubker Lahlou", "بوبكر الجامعي", "بوبكر العمراني", "بوبكر التازي",
    "Aboubakr Sabri", "Boubaker Sabiri", "Abdellatif Hamdouchi",
    "عبد اللطيف حمدوشي", "Abdelatif Hammoudi", "عبد اللطيف حمودي", "Boubker Sadiki", "بوبكر الصديقي",
]

BUNDLED_NEAR = [
    # Hespress
    "Hesperis", "Hespéris-Tamuda", "Hespéride Hôtel", "Express", "Espresso", 
    "هيسبيريا", 
    # Le360
    "Le 365", "Le 350", "Le Sixty", "Le 36", "Loft 360",
    # Alyaoum24 / Alyaoum
    "Al Yaoum Al Akher",
    # ("Al Youm Al Sabea", Youm7's own name romanised, left when Youm7 was listed: see README, "Changes")
    # Goud / كود
    "Good", "Gold", "Gouda", "Gout", "Food", "Gourd", "كوب", "كوز", "كوكو",
    # Ahdath
    "Ahdaf", "أهداف", "Hadath", "Ahlan", "Ahd", "Hadatha",
    # TelQuel
    "Teleco", 
    # Le Matin
    "Le Martin", "Le Marin", "Le Matinal", "Le Satin", "Matin Doux",
    # Al3omk
    "Al3ilm", "Al3alam", 
    # Assabah
    "Assaha", "Assaba", "Sabah", "صباح", "Assalam", "Assaada",
    # MAP
    "MAPS", "MAD", "NAP", "MAC", 
    # Hit Radio
    "Hit FM", "Hits Radio", "Hit Music", "Hot Radio", "Hip Radio",
    # Barlamane
    "Barlamani",
    # Chouf TV
    "Chouf", "Chef TV", "شوف", "شوفي",
    # 2M / Radio 2M
    "3M", "M2", "2MB", "M2M", "Radio 2", "2AM", "Radio M",
    # SNRT
    "SNTL", "SNCF", "SRT", "SNR", "SNT",
    # Al Aoula
    "Experience AlUla", "Aoulad",
    # Medias24 / Medi1
    "Media", "Médina", "Medi Telecom", "Medicall", 
    # Alakhbar
    "Al Akhbar Lebanon", "Akbar",
    # Al Assima
    
    # Hibapress / Hoceima City
    "Hiba", "Hoceima", 
    # DGSN / DGST / DST
    "DGSE", "DGSI", "DGS", "DGT", "DST Group", "DSL", "DHL", "DSTV", "GST",
    # Hammouchi
    "Hamouche", "Hammoud", "Hammouda",
    # Primature / Chef du gouvernement
    "Prématuré", "Primaire", "Chef de Gare", "Chef du Goût",
    # Chambre / Royal Cabinet
    "Cabinet Dentaire Royal", "Chambre Froide", 
    # Aljazeera / Al Arabiya / AJ
    "Al Jazira Club", "نادي الجزيرة", "Jazeera Airways", "Al Jazeera Paints", "الجزيرة للدهانات",
    "AJ Auto", "Air Arabia", "العربية للطيران", "Air Arabia Maroc", "Arabia Felix",
    "Al Arabi SC", "النادي العربي",
    # BBC / France 24 / Sky / RT / CNN / RFI / Le Monde
    "BBQ Casablanca", "France 2", "France 3", "France 5", "France 4", "Sky", "Skyline",
    "Sky Travel", "RTL", "RTS", "CNC", "CNN Türk", "RFID Maroc", "RFC", "Le Mondial",
    "Mondo",
    # 24saa / Yabiladi / Akhbarona / H24info / L'Economiste / LNT / Aljarida24
    "Ya Bladi", "يا بلادي", "Bladi", "Bladi.net", "H&M", 
    "L'Économe", "Economist", "LNG", "الجريدة", "الجريدة الرسمية",
    # Tanja24 / Almaghreb24 / Tizpress / Anfaspress / Almountakhab
    "Tanja", "Tanja Marina Bay", "Tanjawi", "Maghreb", "Maghrebi", "Tiznit",
    "Tizi", "Anfa", "Anfa Park", "Anfa Place", "Almountazah", 
    "Almontada",
    # Fes News / Dakhla News
    "Dakhla Nights", 
]

# ---------------------------------------------------------------------------
# Against the development list (tests/devset/list.json)
# ---------------------------------------------------------------------------

DEVSET_COMMON = [
    # الأيام (the days)
    "أيام زمان", "الأيام الجميلة", "أيام العيد", "الأيام الحلوة", "أيام الدراسة",
    "Les Beaux Jours", "Good Old Days", "Days of Our Lives", "أيام قرطاج السينمائية",
    "أيام مراكش الثقافية", "أيام الطفولة",
    # مارس (March / Mars)
    "8 مارس عيد المرأة", "عيد الأم 21 مارس", "Mars Exploration", "Bienvenue sur Mars",
    "Mars Bar", "Marathon de Mars", "Printemps de Mars",
    # radio
    "Radio Classique Fans", "Radio Nostalgie", "Radio Vintage", "Radio Garden", "Radio Amateur Maroc",
    "راديو زمان", "راديو القرآن الكريم",
    # Med / Luxe
    "Med Cuisine", "Méditerranée Voyages", "Med Pharma", "Luxe Beauté", "Luxe Cars Rental",
    "Luxe Immobilier Marrakech", "Luxe Hotel Agadir", "Luxury Watches Maroc", "Luxe Décor",
    "الفخامة للديكور",
    # كش / Kech
    "Kech Food", "Kech Style", "Kech Shop", "Kech Tours", "Kech Kech", "كش ملك ♟️", "شطرنج كش ملك",
    # Nador / City
    "Nador Boulevard", "Nador Plage", "مدينة الناظور", "City Club", "City Sport", "City Bank",
    # Anfas press words
    "أنفاس", "أنفاس الحياة", "Press Café", "Press Pressing", "Prêt-à-Porter Press",
    # Le Site
    "Le Site de la Cuisine", "Site Touristique Volubilis", "Mon Site Web", "Le Site du Bricolage",
    # press agencies / news words
    "Press Book", "Presse Citron", "Service Client", "Algérie Services", "Tunisie Services",
    "Business Ideas", "Business Plan Maroc", "News Sport", "Business Club Casablanca", "بزنس أونلاين",
    "نصائح بزنس", "Business School",
    # شمس (sun) / FM
    "شمس الأصيل", "شمس الشتاء", "شمس الحرية", "Soleil de Tunis", "Shems Bakery", "FM Transmitter",
    "Sun FM Fans",
    # مصراوي / مصر
    "مطبخ مصراوي", "مصراوية وأفتخر", "ضحك مصراوي", "بنات مصراوية", "Masrawya Fashion",
    # الوفد (the delegation)
    "وفد الحجاج المغاربة", "الوفود المشاركة", "Wafd Tourism", "وفد الجمعية",
    # الغد (tomorrow)
    "غدا أفضل", "غد أجمل", "شباب الغد", "مدرسة الغد", "جيل الغد", "Demain Meilleur",
    "Tomorrow Land Fans", "Better Tomorrow", "Les Femmes de Demain", "رجال الغد",
    # بترا / Petra
    "البتراء", "Petra Jordan", "زيارة البتراء", "Petra by Night",
    # الجديد (the new)
    "الجديد في الطبخ", "الجديد في الأسواق", "كل جديد", "جديد الأغاني المغربية", "جديد الموضة",
    "New Look", "New Balance", "New Era", "New TV Deals", "Nouveautés Maroc",
    # عكاظ
    "سوق عكاظ", "مهرجان سوق عكاظ", "عكاظ الشعر",
    # الفلاحة / agriculture
    "الفلاحة العصرية", "الفلاحة البيولوجية", "فلاحة وتربية المواشي", "Agriculture Bio Maroc",
    "Agriculture Moderne", "Salon International de l'Agriculture au Maroc", "SIAM Meknès",
    "الصيد البحري للهواة", "Pêche Sportive Maroc", "Eaux et Forêts Randonnée", "Forêt de la Maâmora",
    # الكهرباء / الماء
    "كهربائي منزلي", "Électricité Bâtiment", "الماء والحياة", "Eau Potable Pour Tous",
    "Journée mondiale de l'eau", "وفروا الماء",
    # الفوسفاط / phosphate
    "خريبكة مدينة الفوسفاط", "Phosphate Valley", "Chérifien Tradition",
    # بريد / poste
    "بريد القراء", "البريد الإلكتروني", "Poste de Travail", "Le Poste d'Écoute", "Post Malone",
    "Postes Emploi Maroc",
    # الجمارك / douane
    "المعشر الجمركي", "Transitaire Douane Tanger", "Douane et Transport",
    # prevoyance
    "Prévoyance Santé", "Assurance Santé Maroc", "التأمين الصحي",
    # universities
    "Université Populaire", "الجامعة الصيفية", "جامعة الشعوب", "Université d'Été",
    "Premier League", "Premier Prix",
    # الأخوين (the two brothers)
    "مطعم الأخوين", "حلويات الأخوين", "الأخوين للنجارة", "Les Deux Frères", "Brothers Burger",
    "ميكانيك الأخوين",
    # protection civile / garde / security
    "الحماية من الحرائق", "حماية المستهلك", "Protection des Données", "Garde Malade à Domicile",
    "Pharmacie de Garde", "Garde d'Enfants Rabat", "الحرس القديم", "Sécurité Intérieure Alarmes",
    "الأمن العام والسلامة", "Public Health Maroc",
    # EgyptAir / Egypt
    "Egypt Tours", "مصر الحلوة", "Egyptian Food", "Air Cargo Maroc",
    # Sonatrach
    "Pétrole et Gaz Algérie", "Gaz Butane Livraison",
    # Tunis / Afrique
    "Tunis by Night", "Afrique Sport", "Africa Cup", "Tunisie Afrique Voyages",
    # Lebanon / Jordan
    "لبنان الأخضر", "Beirut Food", "Jordan Trails", "الأردن الجميل",
    # politics
    "الرئيس", "Mr President", "El Presidente Fans",
]

DEVSET_REAL = [
    # other news outlets on neither list
    "Al-Ayyam Newspaper", "جريدة الأيام الفلسطينية", "Al Ayam Bahrain", "Radio Monte Carlo Doualiya",
    "مونت كارلو الدولية", "Radio Sawa", "راديو سوا", "Radio Plus Agadir", "Radio Aswat", "راديو أصوات",
    "Mosaïque FM", "موزاييك أف أم", "Jawhara FM", "Diwan FM", "Express FM", "IFM Tunisie",
    "Nessma TV", "قناة نسمة", "Al Hiwar Ettounsi", "Ennahar TV", "النهار", "Echourouk News",
    "El Khabar", "الخبر", "TSA Algérie", "Al Ghad TV", "قناة الغد", "Al Masry Al Youm",
    "المصري اليوم", "الأهرام", "Al-Ahram", "Al Watan News", "الوطن", "Roya News", "رؤيا",
    "Al Mamlaka TV", "قناة المملكة", "Jordan Times", "Annahar", "النهار اللبنانية", "MTV Lebanon",
    "Al Mayadeen", "الميادين", "Al Riyadh", "جريدة الرياض",
    "Asharq Al-Awsat", "Arab News", "Le Quotidien d'Oran",
    "Liberté Algérie", "La Presse de Tunisie", "Business Insider",
    "Forbes Middle East", "فوربس الشرق الأوسط", "Bloomberg Asharq", 
    "Chada FM", "MFM Radio", "Cap Radio", 
    # football / sport
    "Espérance Sportive de Tunis", "الترجي الرياضي التونسي", "Club Africain", "النادي الإفريقي",
    "Étoile Sportive du Sahel", "Club Sportif Sfaxien", "MC Alger", "مولودية الجزائر", 
    "Al Ahly SC", "النادي الأهلي", "Zamalek SC", "نادي الزمالك",
    "Al Faisaly", "الفيصلي الأردني", "Al Wehdat", "نادي الوحدات", "Al Hilal",
    "الهلال السعودي", "Mohamed Salah", "محمد صلاح", 
    
    "Nador Football", "Hilal Nador",
    # music / comedy / influencers
    "Amr Diab", "عمرو دياب", "Tamer Hosny", "تامر حسني", "Mohamed Ramadan", "محمد رمضان",
    "Cheb Khaled", "الشاب خالد", "Saber Rebai",
    "صابر الرباعي", "Latifa", 
    "Adel Imam",
    "عادل إمام", "Bassem Youssef", "باسم يوسف", 
    "Ahmed Chawki", "Mohamed Reda", "Salma Rachid", "سلمى رشيد",
    "Rachid Taha", 
    "Mohamed Mounir", "محمد منير", "Ahmed Saad",
    # brands, banks, telecoms, airlines
    "Algérie Télécom", "Djezzy", "Mobilis", "Ooredoo Algérie", "Ooredoo Tunisie", "Tunisie Telecom",
    "Orange Tunisie", "Vodafone Egypt", "WE", "Zain Jordan", "Orange Jordan",
    "Touch Lebanon", "Alfa", "Tunisair", "الخطوط التونسية", "Air Algérie",
    "الخطوط الجوية الجزائرية", "Royal Jordanian", "الملكية الأردنية", "Middle East Airlines",
    "Nile Air", "Air Cairo", "Sonelgaz", "سونلغاز", "Naftal",
    "Banque Misr", "بنك مصر", 
    "Arab Bank", "البنك العربي", "BIAT", "Attijari Bank Tunisie", "BNA Algérie",
    "Al Barid Bank", "Algérie Poste", "بريد الجزائر", "La Poste Tunisienne",
    "البريد التونسي", "Egypt Post", "البريد المصري", "Jordan Post", "LibanPost", 
    "ONCF", "ONDA", "CNSS Maroc",
    "الصندوق الوطني للضمان الاجتماعي", "AMO Tadamon", "CNRPS", "CNAM Tunisie", 
    "Wafa Assurance", 
    # universities and schools
    "Université Mohammed V de Rabat", "Université Mohammed VI Polytechnique", "UM6P",
    "Université Hassan Premier Settat", "جامعة الحسن الأول", "Université Ibn Zohr", "جامعة ابن زهر",
    "Université Ibn Khaldoun Tiaret", "Université Ibn Khaldoun", "Lycée Ibn Toufail Casablanca",
    "Collège Ibn Toufail", "Université Al Quaraouiyine", "جامعة القرويين", "Université Al-Azhar",
    "جامعة الأزهر", "Cairo University", "جامعة القاهرة", "American University in Cairo", "AUC",
    "American University of Beirut", "AUB", "University of Jordan", "الجامعة الأردنية",
    "Université de Tunis El Manar", "Université d'Alger 1", 
    "Ifrane Tourisme", "إفران سويسرا المغرب", 
    "Université Moulay Ismail", 
    # tourism, cities, recipes, religion, NGOs
    "Visit Jordan", "زوروا الأردن", "Visit Petra", "Egypt Tourism", "Discover Tunisia",
    "Visit Lebanon", "Marrakech City Tour", "Oujda Tourisme", "Kénitra City",
    "Tanger City Tour", "Fès City Guide", "مطبخ منال العالم", "Manal Alalem", 
    
    "Mosquée Mohammed VI Oujda", "الجامع الأزهر", "Zaouia Tijania",
    "Red Crescent Jordan", "الهلال الأحمر التونسي", "Croissant Rouge Algérien", 
    "Banque Alimentaire Maroc", "Tunisian Red Crescent",
    # parties
    "حزب الوفد", "Al Wafd Party", "حركة النهضة", "Ennahdha", "Front de Libération Nationale",
    "جبهة التحرير الوطني", "حزب الله", "التيار الوطني الحر", "حزب العمال", "Parti Authenticité et Modernité",
    # embassies and foreign institutions
    "Embassy of Jordan in Rabat", "سفارة مصر بالرباط", "Ambassade de Tunisie au Maroc",
    "Ambassade d'Algérie à Paris", "سفارة لبنان في المغرب", "Embassy of Egypt in Washington",
    # other countries' ministries, police, civil protection
    "Protection Civile Maroc", "الوقاية المدنية المغربية", "Protection Civile Tunisienne",
    "الحماية المدنية التونسية", "Protection Civile Belge", "Sécurité Civile France",
    "Garde Nationale Française", "الحرس الوطني السعودي", "Kuwait National Guard", "الحرس الوطني الكويتي",
    "Gendarmerie Royale", "الدرك الملكي", "Gendarmerie Nationale Algérienne", "الأمن العام اللبناني",
    "المديرية العامة للأمن العام", "Sûreté Nationale Algérienne", "DGSN Algérie",
    "الأمن الوطني التونسي", "وزارة الداخلية التونسية", "وزارة الداخلية الأردنية", "وزارة الداخلية اللبنانية",
    
    "وزارة الزراعة المصرية", "وزارة الفلاحة التونسية", "Ministère de l'Agriculture et de l'Alimentation",
    "وزارة الزراعة الأردنية", "وزارة الزراعة السعودية", "Ministère de l'Agriculture Algérie",
    "Douane Française", "الجمارك الجزائرية", "الديوانة التونسية", "Douane Tunisienne", "الجمارك الأردنية",
    "Egyptian Customs Authority", "Dubai Customs", "STEG", "الشركة التونسية للكهرباء والغاز",
    "SONEDE", "ONE Campaign", "Office Chérifien des Changes", "مكتب الصرف",
    "Office National des Aéroports", "المكتب الوطني للمطارات", "Office National des Hydrocarbures et des Mines",
    "Groupe Chimique Tunisien", "Compagnie des Phosphates de Gafsa", "شركة فسفاط قفصة",
    "Société Nationale des Chemins de Fer Tunisiens", "Société Générale Algérie",
]

DEVSET_PERSON_FAMILIES = [
    (["Hamza", "Salma", "Mohamed", "Nadia", "Youssef", "Imane", "Omar", "Soukaina", "Adil", "Houda", "Yassine",
      "Ghita"],
     ["حمزة", "سلمى", "محمد", "نادية", "يوسف", "إيمان", "عمر", "سكينة", "عادل", "هدى", "ياسين", "غيثة"],
     ["Benkirane", "Benkiran"], ["بنكيران", "بن كيران"]),
    (["Youssef", "Kenza", "Driss", "Meryem", "Ali", "Zineb", "Hassan", "Asmae", "Taha", "Nour"],
     ["يوسف", "كنزة", "إدريس", "مريم", "علي", "زينب", "حسن", "أسماء", "طه", "نور"],
     ["Alami", "El Alami", "Talbi"], ["العلمي", "الطالبي"]),
    (["Karim", "Sanae", "Abdelkader", "Loubna", "Younes", "Samia", "Nabil", "Wiam"],
     ["كريم", "سناء", "عبد القادر", "لبنى", "يونس", "سامية", "نبيل", "وئام"],
     ["Ramdani", "Erramdani"], ["الرمضاني", "رمضاني"]),
    (["Khaled", "Amina", "Sofiane", "Lamia", "Walid", "Nesrine", "Karim", "Yasmine"],
     ["خالد", "أمينة", "سفيان", "لمياء", "وليد", "نسرين", "كريم", "ياسمين"],
     ["Tebboune", "Tebboun"], ["تبون"]),
    (["Mohamed", "Amira", "Ahmed", "Rim", "Sami", "Ines", "Nizar", "Olfa"],
     ["محمد", "أميرة", "أحمد", "ريم", "سامي", "إيناس", "نزار", "ألفة"],
     ["Saied", "Said"], ["سعيد"]),
    (["Ahmed", "Mona", "Hany", "Dina", "Sherif", "Yasmin", "Tarek", "Nour"],
     ["أحمد", "منى", "هاني", "دينا", "شريف", "ياسمين", "طارق", "نور"],
     ["Adib", "Adeeb"], ["أديب"]),
    (["Mohammad", "Rana", "Omar", "Lina", "Fadi", "Dana", "Rami", "Hiba"],
     ["محمد", "رنا", "عمر", "لينا", "فادي", "دانة", "رامي", "هبة"],
     ["Safadi", "Al Safadi"], ["الصفدي", "صفدي"]),
]
DEVSET_PERSON_GIVEN = [
    "Abdelilah Benali", "Abdelilah Hamdouchi", "Abdelilah Lahlou", "عبد الإله الحلوطي", "عبد الإله بنعبد الله",
    "Rachid Alaoui", "Rachid Taoussi", "Rachid Nini", "رشيد نيني", "رشيد الطاوسي", 
    "Ridouane El Haddad", "Redouane Bennani", "رضوان الحيمر", "رضوان بنعلي", 
    "Abdelmadjid Mansouri", "Abdelmadjid Boudiaf", "عبد المجيد مناصرة", "عبد المجيد بلعيد", "Madjid Bougherra",
    "Kais Ben Salem", "Kaïs Ben Youssef", "قيس بن علي", "قيس الخياري", 
    "Amr Diab Fans", "Amr Khaled", "عمرو خالد", "Amr Waked", "عمرو سعد", "Amr Adel", 
    "Ayman Nour", "أيمن نور", "Ayman Odeh", "Ayman Mohyeldin", 
    "Said Naciri", "سعيد الناصري", "Said Taghmaoui", "Adib Sweets", "حلويات أديب", "Safadi Home Center",
    "Benkirane Traiteur", "Saied Pharmacy", "Alami Voyages", "Ramdani Transport",
]

DEVSET_NEAR = [
    # Alayam24
    "Ayam", "أيام", "Al Amal", 
    # Radio Mars / Med Radio / Luxe Radio
    "Mars", "Mares", "Marsa", "Marsa Maroc", "Radio Max",
    "Med", "Meds", "Red Radio", "Mad Radio", "Luxe", "Lux", "Luxo", "Lush",
    "Luxe Rideaux", "لوكس", "مارس", "ميد",
    # Kech24 / كش24
    "Kech", "Keck", "Kesh", "Cash 24", "Kash", "كش", "كشك", "كشة", 
    # Nadorcity
    "Nador", "نادر", 
    # Anfaspress
    "Anfas", "Anfa", "Anfa Press Pressing", "أنفا",
    # Le Site info
    "Le Suite", 
    # APS / TAP / وات
    "APC", "AP", "APSA", "TAP Air Portugal", "Tape", "Tapis Maroc", "Top", "Tap Tap",
    "وات ساب", "وتس",
    # Shems FM
    "Shams", "Chems", "شمس", "شمسي", "Shems Café",
    # Business News
    "Business", "Busy News",
    # Masrawy
    "Masry", "Misr", "مصري", "مصراوية", "المصري",
    # Alwafd
    "Al Wafa", "Wafa", "وفاء", "الوفاء", 
    # Alghad
    "Al Ghadir", "غد", "الغدير", "Al Ghadeer", "Alghad Alaraby",
    # Petra
    "Petro", "Petra Bakery", "Patra", "بتراء", "Petrol", "Petri",
    # LBCI
    "LBC", "LCI", "BCI", 
    # Al Jadeed / New TV
    "Al Jadida", "El Jadida", "الجديدة", "Jadid", "Jadida Plage", "New TV Shop", "New", "NTV",
    # Okaz
    "Okay", "Oka", "Ozak", "عكاز",
    # Agriculture / ONEE / OCP / Barid
    "ONE", "ONE Piece", "ONCF", "ONDA", "OCS", "OCR", "OPC", 
    "Barid Al Qurra", "Bared", "Baridi", "Poste", "La Poste", "Post",
    # ADII / CNOPS
    "ADI", "AID", "ADIL", "CNOP", "CNPS", "CNSS", 
    # UMP / UIT / AUI
    "UM5", "UMT", "UNP", "UIR", "UIC", "UI", "AUB", "UAI", "AU",
    "Ibn Toufail", 
    # DGPC / Protection civile / Garde nationale / PSD / ISF
    "DGP", "DGPS", "PSG", "PSG Fans Maroc", "PSDesign", "IFS", "ISC",
    "Protection", "Garde",
    # EgyptAir / Sonatrach
    "Egypt", "Sonatel", "Sonarem",
    "Sonacos", 
    # Benkirane / Tebboune / Saied / Adib / Safadi / Talbi / Ramdani
    "Bennani", "Saad", "Saeed",
    "Adeb", "Adibe", "Safari", "Safa", "Ramadan",
    "Ramdane", "سعيد", 
]


def person_cases(families, given_other):
    out = []
    for latin_given, arabic_given, latin_family, arabic_family in families:
        for i, g in enumerate(latin_given):
            out.append(f"{g} {latin_family[i % len(latin_family)]}")
        for i, g in enumerate(arabic_given):
            out.append(f"{g} {arabic_family[i % len(arabic_family)]}")
    return out + list(given_other)


def main():
    cases = []
    seen = set()

    def add(family, lst, names):
        for n in names:
            key = (lst, n)
            if key in seen:
                continue
            seen.add(key)
            cases.append({"family": family, "expect": "quiet", "entry": None, "list": lst,
                          "profile": {"name": n}})

    add("innocent-common-word", "bundled", BUNDLED_COMMON)
    add("innocent-real", "bundled", BUNDLED_REAL)
    add("innocent-person", "bundled", person_cases(BUNDLED_PERSON_FAMILIES, BUNDLED_PERSON_GIVEN))
    add("innocent-near", "bundled", BUNDLED_NEAR)
    add("innocent-common-word", "devset", DEVSET_COMMON)
    add("innocent-real", "devset", DEVSET_REAL)
    add("innocent-person", "devset", person_cases(DEVSET_PERSON_FAMILIES, DEVSET_PERSON_GIVEN))
    add("innocent-near", "devset", DEVSET_NEAR)

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        counts[(c["list"], c["family"])] = counts.get((c["list"], c["family"]), 0) + 1
    for k in sorted(counts):
        print(f"{k[0]:<8} {k[1]:<22} {counts[k]:>5}")
    print(f"total {len(cases)}")


if __name__ == "__main__":
    main()
