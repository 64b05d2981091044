#!/usr/bin/env python3
"""Generate the Asli development set: tests/devset/list.json and tests/devset/cases.jsonl.

Written by an independent writer who never read the matcher (src/), the
corpus, the held-out set or their generators. Stdlib only, deterministic.

    python3 tools/devset/gen.py            # writes into tests/devset/
"""
import json
import os
import random
import unicodedata

SEED = 20261130
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "devset")

# --------------------------------------------------------------------------
# The entities (none of them on the bundled list nor in the other test set).
# (id, kind, country, website, names, facebook handle)
# --------------------------------------------------------------------------
ENTITIES = [
    ("ma-alayam24", "outlet", "MA", "alayam24.com",
     ["الأيام 24", "Alayam24", "الأيام24", "alayam24.com"], "Alayam24.Officiel"),
    ("ma-radiomars", "outlet", "MA", "radiomars.ma",
     ["راديو مارس", "Radio Mars", "RadioMars", "radiomars.ma"], "RadioMarsMaroc"),
    ("ma-medradio", "outlet", "MA", "medradio.ma",
     ["ميد راديو", "Med Radio", "MedRadio", "medradio.ma"], "MedRadio.ma"),
    ("ma-luxeradio", "outlet", "MA", "luxeradio.ma",
     ["Luxe Radio", "LuxeRadio", "لوكس راديو", "luxeradio.ma"], "LuxeRadioMaroc"),
    ("ma-kech24", "outlet", "MA", "kech24.com",
     ["كش 24", "كش24", "Kech24", "Kech 24", "kech24.com"], "Kech24com"),
    ("ma-nadorcity", "outlet", "MA", "nadorcity.com",
     ["ناظور سيتي", "Nadorcity", "Nador City", "nadorcity.com"], "NadorCity.Officiel"),
    ("ma-anfaspress", "outlet", "MA", "anfaspress.com",
     ["أنفاس بريس", "Anfas Press", "Anfaspress", "anfaspress.com"], "AnfasPress"),
    ("ma-lesiteinfo", "outlet", "MA", "lesiteinfo.com",
     ["Le Site info", "LeSiteinfo", "لوسيت أنفو", "lesiteinfo.com"], "LeSiteinfo"),
    ("dz-aps", "outlet", "DZ", "aps.dz",
     ["وكالة الأنباء الجزائرية", "Algérie Presse Service", "APS", "Algeria Press Service", "aps.dz"], "APS.Algerie"),
    ("tn-tap", "outlet", "TN", "tap.info.tn",
     ["وكالة تونس إفريقيا للأنباء", "Agence Tunis Afrique Presse", "TAP", "وات", "tap.info.tn"], "AgenceTAP"),
    ("tn-shemsfm", "outlet", "TN", "shemsfm.net",
     ["شمس أف أم", "شمس إف إم", "Shems FM", "ShemsFM", "shemsfm.net"], "ShemsFm"),
    ("tn-businessnews", "outlet", "TN", "businessnews.com.tn",
     ["Business News", "BusinessNews.com.tn", "بزنس نيوز", "businessnews.com.tn"], "BusinessNewsTunisie"),
    ("eg-masrawy", "outlet", "EG", "masrawy.com",
     ["مصراوي", "Masrawy", "masrawy.com"], "Masrawy"),
    ("eg-alwafd", "outlet", "EG", "alwafd.news",
     ["الوفد", "بوابة الوفد", "Al Wafd", "Alwafd News", "alwafd.news"], "AlwafdNews"),
    ("jo-alghad", "outlet", "JO", "alghad.com",
     ["الغد", "جريدة الغد", "Alghad", "Al Ghad", "alghad.com"], "AlGhadNewspaper"),
    ("jo-petra", "outlet", "JO", "petra.gov.jo",
     ["وكالة الأنباء الأردنية", "بترا", "Petra", "Jordan News Agency", "petra.gov.jo"], "PetraNewsAgency"),
    ("lb-lbci", "outlet", "LB", "lbcgroup.tv",
     ["LBCI", "المؤسسة اللبنانية للإرسال", "Lebanese Broadcasting Corporation International", "LBCI Lebanon", "lbcgroup.tv"], "LBCI.Lebanon"),
    ("lb-aljadeed", "outlet", "LB", "aljadeed.tv",
     ["الجديد", "تلفزيون الجديد", "Al Jadeed", "Al Jadeed TV", "New TV", "aljadeed.tv"], "AlJadeedOnline"),
    ("sa-okaz", "outlet", "SA", "okaz.com.sa",
     ["عكاظ", "صحيفة عكاظ", "Okaz", "okaz.com.sa"], "OkazOnline"),
    ("ma-agriculture", "institution", "MA", "agriculture.gov.ma",
     ["وزارة الفلاحة والصيد البحري والتنمية القروية والمياه والغابات", "وزارة الفلاحة",
      "Ministère de l'Agriculture, de la Pêche Maritime, du Développement Rural et des Eaux et Forêts",
      "Ministère de l'Agriculture", "Ministry of Agriculture Morocco", "agriculture.gov.ma"], "AgricultureMaroc"),
    ("ma-onee", "institution", "MA", "one.org.ma",
     ["المكتب الوطني للكهرباء والماء الصالح للشرب", "Office National de l'Electricité et de l'Eau Potable",
      "ONEE", "one.org.ma"], "ONEE.Maroc"),
    ("ma-ocp", "institution", "MA", "ocpgroup.ma",
     ["المجمع الشريف للفوسفاط", "المكتب الشريف للفوسفاط", "OCP Group", "OCP", "Groupe OCP",
      "Office Chérifien des Phosphates", "ocpgroup.ma"], "OCPGroup"),
    ("ma-barid", "institution", "MA", "poste.ma",
     ["بريد المغرب", "Barid Al-Maghrib", "Barid Al Maghrib", "Poste Maroc", "poste.ma"], "BaridAlMaghrib"),
    ("ma-police-tanger", "institution", "MA", "dgsn.gov.ma",
     ["ولاية أمن طنجة", "أمن طنجة", "Wilaya de sûreté de Tanger", "Préfecture de police de Tanger",
      "Tangier Police Prefecture"], "SureteTanger"),
    ("ma-police-fes", "institution", "MA", "dgsn.gov.ma",
     ["ولاية أمن فاس", "أمن فاس", "Wilaya de sûreté de Fès", "Préfecture de police de Fès",
      "Fez Police Prefecture"], "SureteFes"),
    ("ma-adii", "institution", "MA", "douane.gov.ma",
     ["إدارة الجمارك والضرائب غير المباشرة", "الجمارك المغربية", "Administration des Douanes et Impôts Indirects",
      "ADII", "Douane Marocaine", "douane.gov.ma"], "DouaneMarocaine"),
    ("ma-cnops", "institution", "MA", "cnops.org.ma",
     ["الصندوق الوطني لمنظمات الاحتياط الاجتماعي", "CNOPS",
      "Caisse Nationale des Organismes de Prévoyance Sociale", "cnops.org.ma"], "CNOPS.Maroc"),
    ("ma-ump", "institution", "MA", "ump.ma",
     ["جامعة محمد الأول", "جامعة محمد الأول بوجدة", "Université Mohammed Premier",
      "Université Mohammed Premier Oujda", "UMP", "ump.ma"], "UMP.Oujda"),
    ("ma-uit", "institution", "MA", "uit.ac.ma",
     ["جامعة ابن طفيل", "جامعة ابن طفيل القنيطرة", "Université Ibn Tofail", "Ibn Tofail University",
      "UIT", "uit.ac.ma"], "UniversiteIbnTofail"),
    ("ma-aui", "institution", "MA", "aui.ma",
     ["جامعة الأخوين", "جامعة الأخوين بإفران", "Al Akhawayn University", "Université Al Akhawayn",
      "AUI", "aui.ma"], "AlAkhawaynUniversity"),
    ("dz-protection-civile", "institution", "DZ", "protectioncivile.dz",
     ["المديرية العامة للحماية المدنية", "الحماية المدنية الجزائرية", "Direction Générale de la Protection Civile",
      "Protection Civile Algérienne", "DGPC", "protectioncivile.dz"], "ProtectionCivileDZ"),
    ("tn-garde-nationale", "institution", "TN", "interieur.gov.tn",
     ["الحرس الوطني التونسي", "الإدارة العامة للحرس الوطني", "Garde Nationale Tunisienne",
      "Tunisian National Guard"], "GardeNationaleTN"),
    ("jo-psd", "institution", "JO", "psd.gov.jo",
     ["مديرية الأمن العام", "الأمن العام الأردني", "Public Security Directorate", "PSD Jordan",
      "psd.gov.jo"], "PSD.Jordan"),
    ("lb-isf", "institution", "LB", "isf.gov.lb",
     ["المديرية العامة لقوى الأمن الداخلي", "قوى الأمن الداخلي", "Forces de Sécurité Intérieure",
      "Internal Security Forces", "ISF Lebanon", "isf.gov.lb"], "LebISF"),
    ("eg-egyptair", "institution", "EG", "egyptair.com",
     ["مصر للطيران", "EgyptAir", "Egypt Air", "egyptair.com"], "EGYPTAIR"),
    ("dz-sonatrach", "institution", "DZ", "sonatrach.com",
     ["سوناطراك", "Sonatrach", "سوناطراك الجزائر", "sonatrach.com"], "SonatrachOfficiel"),
    ("ma-benkirane", "official", "MA", "pjd.ma",
     ["عبد الإله بنكيران", "Abdelilah Benkirane", "Abdelilah Benkiran", "بنكيران"], "Benkirane.Abdelilah"),
    ("ma-talbi-alami", "official", "MA", "chambredesrepresentants.ma",
     ["رشيد الطالبي العلمي", "Rachid Talbi Alami", "Rachid Talbi El Alami", "الطالبي العلمي"], "RachidTalbiAlami"),
    ("ma-erramdani", "official", "MA", "2m.ma",
     ["رضوان الرمضاني", "Ridouane Erramdani", "Redouane Ramdani"], "RidouaneErramdani"),
    ("dz-tebboune", "official", "DZ", "el-mouradia.dz",
     ["عبد المجيد تبون", "Abdelmadjid Tebboune", "Abdelmadjid Tebboun", "الرئيس تبون"], "Abdelmadjid.Tebboune"),
    ("tn-saied", "official", "TN", "carthage.tn",
     ["قيس سعيد", "Kaïs Saïed", "Kais Saied"], "KaisSaiedOfficiel"),
    ("eg-amr-adib", "official", "EG", "mbc.net",
     ["عمرو أديب", "Amr Adib", "Amr Adeeb"], "AmrAdibOfficial"),
    ("jo-safadi", "official", "JO", "mfa.gov.jo",
     ["أيمن الصفدي", "Ayman Safadi", "Ayman Al Safadi"], "AymanSafadiJO"),
]

# --------------------------------------------------------------------------
# Hand-written disguises: (entry, name)
# --------------------------------------------------------------------------
HAND = {
    "script-switch": [
        ("ma-alayam24", "Al Ayyam 24"), ("ma-radiomars", "Radyo Mars"), ("ma-medradio", "Mid Radyo"),
        ("ma-luxeradio", "ليكس راديو"), ("ma-kech24", "كيش 24"), ("ma-nadorcity", "Nador Siti"),
        ("ma-nadorcity", "نادور سيتي"), ("ma-anfaspress", "Anfas Bris"), ("ma-anfaspress", "آنفاس بريس"),
        ("ma-lesiteinfo", "لو سيت إنفو"), ("dz-aps", "Wakalat al-Anba al-Jazairiya"),
        ("dz-aps", "ألجيري بريس سيرفيس"), ("tn-tap", "Wakalat Tunis Ifriqiya lil Anba"),
        ("tn-tap", "تونس أفريك بريس"), ("tn-shemsfm", "Chams Af Am"), ("tn-businessnews", "بيزنيس نيوز"),
        ("eg-masrawy", "ماسراوي"), ("eg-alwafd", "Bawabat al-Wafd"), ("jo-alghad", "Jaridat al-Ghad"),
        ("jo-petra", "Wakalat al-Anba al-Urduniya"), ("jo-petra", "جوردان نيوز إيجنسي"),
        ("lb-lbci", "ال بي سي اي"), ("lb-lbci", "Al Mouassassa al Loubnaniya lil Irsal"),
        ("lb-aljadeed", "نيو تي في"), ("lb-aljadeed", "Tilifizyon al-Jadid"), ("sa-okaz", "Sahifat Ukaz"),
        ("ma-agriculture", "Wizarat al-Filaha"), ("ma-ocp", "أو سي بي"),
        ("ma-ocp", "Al Maktab Acharif lil Fosfat"), ("ma-barid", "بوست ماروك"),
        ("ma-police-tanger", "Wilayat Amn Tanja"), ("ma-police-fes", "Wilayat Amn Fas"),
        ("ma-adii", "Al Jamarik al-Maghribiya"), ("ma-adii", "دوان ماروكين"), ("ma-cnops", "سي إن أو بي إس"),
        ("ma-ump", "Jamiat Mohammed al-Awal"), ("ma-uit", "Jamiat Ibn Tufayl"), ("ma-aui", "أخوين يونيفرسيتي"),
        ("dz-protection-civile", "Al Himaya al-Madaniya"), ("tn-garde-nationale", "Al Haras al-Watani"),
        ("jo-psd", "Mudiriyat al-Amn al-Am"), ("lb-isf", "Quwa al-Amn al-Dakhili"),
        ("eg-egyptair", "إيجيبت إير"), ("eg-egyptair", "Masr lil Tayaran"),
        ("ma-benkirane", "Abdul-Ilah Bin Kiran"), ("ma-talbi-alami", "Rachid Ettalbi Al Alami"),
        ("ma-erramdani", "ريدوان الرامداني"), ("dz-tebboune", "Abd al-Majid Tabbun"),
        ("tn-saied", "Qays Said"), ("tn-saied", "كايس سايد"), ("eg-amr-adib", "Amru Adeeb"),
        ("jo-safadi", "Aiman al-Safadi"), ("jo-safadi", "أيمن سفادي"), ("dz-sonatrach", "Sunatrak"),
    ],
    "arabizi": [
        ("ma-alayam24", "al2ayam 24"), ("ma-nadorcity", "na6or city"), ("ma-anfaspress", "2anfas press"),
        ("dz-aps", "wakalat al2anba2 al jaza2iriya"), ("tn-tap", "wakalat tounes 2ifri9ya lil 2anba2"),
        ("tn-shemsfm", "chams 2f 2m"), ("eg-masrawy", "ma9rawi"), ("jo-alghad", "al 3'ad"),
        ("jo-alghad", "el8ad"), ("jo-petra", "wakalet el2anba2 el2ordoniya"), ("lb-isf", "2iwa el2amn el dakhili"),
        ("sa-okaz", "3okaz"), ("sa-okaz", "sa7ifat 3okaz"), ("ma-agriculture", "wizarat al fla7a"),
        ("ma-ocp", "lmaktab ch-charif lil fosfa6"), ("ma-barid", "barid l ma8rib"),
        ("ma-police-tanger", "wilayat 2amn tanja"), ("ma-police-fes", "wilayat 2amn fas"),
        ("ma-adii", "ljamarik lma8ribiya"), ("ma-cnops", "sondo9 lwatani li monadamat l e7tiyat"),
        ("ma-ump", "jami3at mo7amed lawal"), ("ma-uit", "jami3at ibn tofail"), ("ma-aui", "jami3at l2a5awayn"),
        ("dz-protection-civile", "el 7imaya el madaniya"), ("tn-garde-nationale", "el 7aras el watani"),
        ("jo-psd", "el2amn el 3am"), ("eg-egyptair", "masr lel6ayaran"), ("dz-sonatrach", "sona6rak"),
        ("ma-benkirane", "3abdelilah benkiran"), ("ma-talbi-alami", "rachid 6albi 3alami"),
        ("ma-erramdani", "ri9wan rramdani"), ("dz-tebboune", "3abdelmajid tabboun"), ("tn-saied", "9ays sa3id"),
        ("eg-amr-adib", "3amr adib"), ("jo-safadi", "2ayman el safadi"), ("eg-alwafd", "bawabet el wafd 2l masri"),
    ],
    "abbreviation": [
        ("dz-aps", "A.P.S"), ("dz-aps", "و.أ.ج"), ("tn-tap", "T.A.P"), ("tn-tap", "و ا ت"), ("jo-petra", "و.أ.أ"),
        ("lb-lbci", "L.B.C.I"), ("lb-lbci", "LBC"), ("lb-isf", "ق.أ.د"), ("lb-isf", "I.S.F"), ("lb-isf", "FSI Liban"),
        ("ma-onee", "O.N.E.E"), ("ma-onee", "ONE"), ("ma-ocp", "O C P"), ("ma-ocp", "م.ش.ف"), ("ma-adii", "A.D.I.I"),
        ("ma-cnops", "C.N.O.P.S"), ("ma-cnops", "ص.و.م.ا.ا"), ("ma-ump", "U.M.P"), ("ma-ump", "UMP Oujda"),
        ("ma-uit", "U.I.T"), ("ma-uit", "UIT Kenitra"), ("ma-aui", "A.U.I"), ("ma-aui", "AUI Ifrane"),
        ("dz-protection-civile", "D.G.P.C"), ("jo-psd", "P.S.D"), ("jo-psd", "م.أ.ع"),
        ("ma-benkirane", "A. Benkirane"), ("ma-benkirane", "ع. بنكيران"), ("ma-talbi-alami", "R. Talbi Alami"),
        ("ma-talbi-alami", "ر. الطالبي العلمي"), ("dz-tebboune", "A. Tebboune"), ("dz-tebboune", "ع.م. تبون"),
        ("tn-saied", "K. Saïed"), ("jo-safadi", "A. Safadi"), ("eg-amr-adib", "ع. أديب"),
        ("ma-erramdani", "R. Erramdani"), ("ma-radiomars", "R. Mars"), ("tn-shemsfm", "S. FM Tunisie"),
    ],
    "reorder-truncate": [
        ("ma-agriculture", "وزارة الفلاحة والصيد البحري"),
        ("ma-agriculture", "Ministère de l'Agriculture et de la Pêche Maritime"),
        ("ma-agriculture", "الفلاحة والصيد البحري"), ("ma-onee", "المكتب الوطني للكهرباء"),
        ("ma-onee", "Office National de l'Eau Potable et de l'Electricité"), ("ma-ocp", "الشريف للفوسفاط"),
        ("ma-ocp", "Group OCP"), ("ma-barid", "Maghrib Al Barid"), ("ma-barid", "Maroc Poste"),
        ("ma-police-tanger", "أمن ولاية طنجة"), ("ma-police-tanger", "Sûreté de Tanger"),
        ("ma-police-fes", "Police Fès Préfecture"), ("ma-adii", "الجمارك والضرائب غير المباشرة"),
        ("ma-adii", "Douanes et Impôts Indirects"), ("ma-cnops", "الصندوق الوطني للاحتياط الاجتماعي"),
        ("ma-cnops", "Caisse Nationale de Prévoyance Sociale"), ("ma-ump", "Mohammed Premier Université Oujda"),
        ("ma-uit", "ابن طفيل جامعة"), ("ma-aui", "Akhawayn University"), ("dz-aps", "الأنباء الجزائرية"),
        ("dz-aps", "Presse Service Algérie"), ("tn-tap", "وكالة تونس للأنباء"), ("tn-tap", "Tunis Afrique Presse"),
        ("jo-petra", "الأنباء الأردنية"), ("lb-isf", "الأمن الداخلي"), ("lb-lbci", "المؤسسة اللبنانية"),
        ("dz-protection-civile", "الحماية المدنية"), ("tn-garde-nationale", "Garde Nationale Tunisie"),
        ("jo-psd", "الأمن العام"), ("ma-talbi-alami", "العلمي رشيد الطالبي"), ("ma-benkirane", "Benkirane Abdelilah"),
        ("dz-tebboune", "تبون عبد المجيد"), ("tn-saied", "Saied Kais"), ("jo-safadi", "الصفدي أيمن"),
        ("eg-amr-adib", "Adib Amr"), ("ma-nadorcity", "City Nador"), ("lb-aljadeed", "TV Al Jadeed"),
        ("dz-protection-civile", "Protection Civile Direction Générale"),
    ],
    "translit-variant": [
        ("ma-nadorcity", "Nadorsity"), ("ma-nadorcity", "Nadhor City"), ("ma-kech24", "Kesh24"),
        ("ma-anfaspress", "Anfass Presse"), ("tn-shemsfm", "Chems FM"), ("tn-shemsfm", "Chams FM"),
        ("eg-masrawy", "Masrawi"), ("eg-masrawy", "Misrawy"), ("eg-alwafd", "El Wafd"), ("jo-alghad", "Al Ghadd"),
        ("jo-alghad", "El Rhad"), ("sa-okaz", "Oukaz"), ("sa-okaz", "Ukaz"), ("lb-aljadeed", "El Jadid"),
        ("lb-aljadeed", "Al Djadid"), ("ma-barid", "Bareed Al Maghreb"), ("ma-barid", "Barid El Maghrib"),
        ("dz-sonatrach", "Sonatrak"), ("dz-sonatrach", "Sonatrache"), ("eg-egyptair", "Egipt Air"),
        ("ma-benkirane", "Abdelillah Benkirane"), ("ma-benkirane", "Abdelilah Ben Kirane"),
        ("ma-benkirane", "Abdul Ilah Benkiran"), ("ma-talbi-alami", "Rachid Talbi El Alamy"),
        ("ma-talbi-alami", "Rashid Ettalbi Alami"), ("ma-erramdani", "Redouane Erramdani"),
        ("ma-erramdani", "Ridwan Ramdani"), ("dz-tebboune", "Abdelmajid Tebboune"),
        ("dz-tebboune", "Abdelmadjid Tabboun"), ("tn-saied", "Kaies Said"), ("tn-saied", "Qais Saied"),
        ("eg-amr-adib", "Amr Adeb"), ("eg-amr-adib", "Amro Adib"), ("jo-safadi", "Aymen Safadi"),
        ("jo-safadi", "Ayman Essafadi"), ("ma-uit", "Université Ibn Toufail"), ("ma-aui", "Al Akhawain University"),
        ("ma-ump", "Université Mohamed Premier"), ("ma-benkirane", "عبد الإله بن كيران"),
        ("dz-sonatrach", "سوناتراك"), ("ma-ocp", "المكتب الشريف للفوسفات"),
    ],
    "combo-2": [
        ("ma-radiomars", "Rad1o Mar5 Live"), ("ma-medradio", "ميد راديو🇲🇦 مباشر"), ("ma-kech24", "Kesh 24 news"),
        ("ma-nadorcity", "N4dorsity"), ("ma-anfaspress", "انفـاس بريس"), ("dz-aps", "A.P.S Algérie officiel"),
        ("tn-tap", "و.ا.ت عاجل"), ("tn-shemsfm", "Chemss FM"), ("eg-masrawy", "مصراوى ـ عاجل"),
        ("eg-alwafd", "El Wafd News 📰"), ("jo-alghad", "جريده الغـد"), ("jo-petra", "بتـرا الإخبارية"),
        ("lb-lbci", "ＬＢＣＩ Live"), ("lb-aljadeed", "El Jdid TV"), ("sa-okaz", "3okaz الرسمية"),
        ("ma-agriculture", "وزارة الفلاحه"), ("ma-onee", "O.N.E.E officiel"), ("ma-ocp", "0CP Gr0up"),
        ("ma-barid", "Bar1d Al Maghreb"), ("ma-police-tanger", "ولايه امن طنجه"), ("ma-police-fes", "Surete de Fes"),
        ("ma-adii", "Douane Marocaine 🇲🇦 officielle"), ("ma-cnops", "С N О P S"), ("ma-ump", "جامعه محمد الاول"),
        ("ma-uit", "Ibn Toufail Univ"), ("ma-aui", "Al Akhawain Universty"),
        ("dz-protection-civile", "Protection Civile Algerienne officiel"), ("tn-garde-nationale", "الحـرس الوطنى"),
        ("jo-psd", "P.S.D الأمن العام"), ("lb-isf", "قوي الامن الداخلي"), ("eg-egyptair", "Egypt 4ir ✈️"),
        ("dz-sonatrach", "𝐒𝐨𝐧𝐚𝐭𝐫𝐚𝐤"), ("ma-benkirane", "A. Benkiran Officiel"),
        ("ma-talbi-alami", "رشيد الطالبى العلمى\u200f"), ("dz-tebboune", "Tebboun Abdelmadjid"),
        ("tn-saied", "قيس سعيّد 🇹🇳"), ("eg-amr-adib", "3amr adeeb"), ("jo-safadi", "Aymen 5afadi"),
        ("ma-erramdani", "R. Ramdani"), ("ma-alayam24", "الايام ٢٤"), ("ma-lesiteinfo", "LeSite lnfo"),
        ("ma-luxeradio", "Luxe Radi0 Maroc"), ("tn-businessnews", "Busines News TN"),
    ],
    "combo-3": [
        ("ma-radiomars", "R4dio Marss 🔴 Live"), ("ma-medradio", "مـيد راديـو عاجل 🇲🇦"), ("ma-kech24", "K3sh 24 News"),
        ("ma-nadorcity", "ناضور سيتى 🔴"), ("ma-anfaspress", "انفاس پريس - الرسمية"), ("dz-aps", "و.ا.ج ـ عاجل"),
        ("tn-tap", "Tunis Afrik Press officiel"), ("tn-shemsfm", "ＣＨＥＭＳ ＦＭ 📻"), ("eg-masrawy", "مصراوى\u200c نيوز"),
        ("eg-alwafd", "بوابه الوفد ـ عاجل"), ("jo-alghad", "Alghadd News ✅"),
        ("jo-petra", "بترا - وكاله الانباء الاردنيه"), ("lb-lbci", "L.B.C.I Lebanon Live"),
        ("lb-aljadeed", "Al Jadid TV 🔴 مباشر"), ("sa-okaz", "عكـاظ اليـوم ✅"),
        ("ma-agriculture", "وزاره الفلاحه - المغرب 🇲🇦"), ("ma-onee", "0.N.E.E Maroc officiel"),
        ("ma-ocp", "المكتب الشريـف للفوسفات 🇲🇦"), ("ma-barid", "B4rid El Maghrib officiel"),
        ("ma-police-tanger", "ولايـه امن طنجه"), ("ma-police-fes", "امن فاس - عاجـل"),
        ("ma-adii", "Douаne Marocaïne officielle"), ("ma-cnops", "C.N.0.P.S Maroc"), ("ma-ump", "UMP Oujda 🎓 officiel"),
        ("ma-uit", "جامعه ابن طفيل القنيطره - الصفحه الرسميه"), ("ma-aui", "Al Akhawain Univ Ifrane"),
        ("dz-protection-civile", "الحمايه المدنيه الجزائريه 🚒"),
        ("tn-garde-nationale", "Gard Nationale Tunisiènne officiel"), ("jo-psd", "الامن العام الاردني - عاجل"),
        ("lb-isf", "قوى الامـن الداخلى"), ("eg-egyptair", "Egipt 4ir officiel ✈"), ("dz-sonatrach", "Sоnatrak Algérie"),
        ("ma-benkirane", "3bdelilah Ben Kiran 🇲🇦"), ("ma-talbi-alami", "R. Talbi El Alamy officiel"),
        ("dz-tebboune", "Tabboun Abdelmadjid 🇩🇿"), ("tn-saied", "Qais Saïd officiel"), ("eg-amr-adib", "عمرو اديـب ✅"),
        ("jo-safadi", "Aymen Al 5afadi"),
    ],
}

# --------------------------------------------------------------------------
# Character-level transforms for the generated families
# --------------------------------------------------------------------------
AR = set(chr(c) for c in range(0x0621, 0x064B))


def is_ar(s):
    return any(ch in AR for ch in s)


def is_lat(s):
    return any("a" <= ch.lower() <= "z" for ch in s)


def names_of(e, pred=None):
    out = [n for n in e[4] if "." not in n or " " in n]  # skip bare domains
    out = [n for n in out if not (n.endswith((".com", ".ma", ".tn", ".dz", ".jo", ".lb", ".tv", ".news")))]
    if pred:
        out = [n for n in out if pred(n)]
    return out


LOOK = {"m": ["rn"], "d": ["cl"], "w": ["vv"], "o": ["0"], "O": ["0"], "l": ["1", "I"], "i": ["1", "l"],
        "I": ["l", "1"], "a": ["@", "4"], "A": ["4"], "s": ["5", "$"], "S": ["5"], "e": ["3"], "E": ["3"],
        "b": ["6"], "g": ["9"], "t": ["7"], "B": ["8"]}


def lookalike(rng, s):
    idx = [i for i, ch in enumerate(s) if ch in LOOK]
    if not idx:
        return None
    k = min(len(idx), rng.choice([1, 1, 2, 3]))
    chosen = set(rng.sample(idx, k))
    return "".join(rng.choice(LOOK[ch]) if i in chosen else ch for i, ch in enumerate(s))


ALEFS = {"أ": ["ا", "إ", "آ"], "إ": ["ا", "أ"], "آ": ["ا", "أ"], "ا": ["أ", "إ", "ٱ"]}


def alef(rng, s):
    idx = [i for i, ch in enumerate(s) if ch in ALEFS]
    if not idx:
        return None
    hamza = [i for i in idx if s[i] != "ا"]
    pool = hamza if hamza and rng.random() < 0.7 else idx
    chosen = set(rng.sample(pool, min(len(pool), rng.choice([1, 2]))))
    return "".join(rng.choice(ALEFS[ch]) if i in chosen else ch for i, ch in enumerate(s))


DOTS = {"ب": "تثن", "ت": "بثن", "ث": "بت", "ن": "بت", "ج": "حخ", "ح": "جخ", "خ": "حج", "د": "ذ", "ذ": "د",
        "ر": "ز", "ز": "ر", "س": "ش", "ش": "س", "ص": "ض", "ض": "ص", "ط": "ظ", "ظ": "ط", "ع": "غ", "غ": "ع",
        "ف": "ق", "ق": "ف", "ي": "ئ"}


def dots(rng, s):
    idx = [i for i, ch in enumerate(s) if ch in DOTS]
    if not idx:
        return None
    i = rng.choice(idx)
    return s[:i] + rng.choice(DOTS[s[i]]) + s[i + 1:]


HARAKAT = ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b", "\u064d"]
ACC = {"e": "éèêë", "a": "àâä", "o": "ôö", "i": "îï", "u": "ùûü", "c": "ç", "E": "ÉÈ", "A": "ÀÂ", "n": "ñ"}


def diacritics(rng, s):
    if is_ar(s):
        out = []
        for ch in s:
            out.append(ch)
            if ch in AR and ch not in "اأإآءى" and rng.random() < 0.5:
                out.append(rng.choice(HARAKAT))
        return "".join(out)
    idx = [i for i, ch in enumerate(s) if ch in ACC]
    if not idx:
        return None
    chosen = set(rng.sample(idx, min(len(idx), rng.choice([1, 2, 3]))))
    return "".join(rng.choice(ACC[ch]) if i in chosen else ch for i, ch in enumerate(s))


def teh_yeh(rng, s):
    opts = []
    for i, ch in enumerate(s):
        end = i + 1 == len(s) or s[i + 1] == " "
        if ch == "ة":
            opts.append((i, "ه"))
        elif ch == "ي" and end:
            opts.append((i, "ى"))
        elif ch == "ى":
            opts.append((i, "ي"))
        elif ch == "ه" and end:
            opts.append((i, "ة"))
    if not opts:
        return None
    chosen = rng.sample(opts, min(len(opts), rng.choice([1, 2, 2, 3])))
    lst = list(s)
    for i, r in chosen:
        lst[i] = r
    return "".join(lst)


def letters(s):
    return [i for i, ch in enumerate(s) if ch.isalpha()]


def typo_double(rng, s):
    i = rng.choice(letters(s))
    return s[:i] + s[i] + s[i:]


def typo_drop(rng, s):
    idx = [i for i in letters(s) if i > 0]
    i = rng.choice(idx)
    return s[:i] + s[i + 1:]


def typo_swap(rng, s):
    idx = [i for i in range(len(s) - 1) if s[i].isalpha() and s[i + 1].isalpha() and s[i] != s[i + 1]]
    if not idx:
        return None
    i = rng.choice(idx)
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


EMOJI = ["🇲🇦", "🔴", "✅", "📢", "⚡", "📰", "🎙️", "📻", "🇩🇿", "🇹🇳", "🇪🇬", "🇯🇴", "🇱🇧", "🇸🇦", "🔥", "✔️", "☑️", "🌍", "❤️", "⭐"]
FLAG = {"MA": "🇲🇦", "DZ": "🇩🇿", "TN": "🇹🇳", "EG": "🇪🇬", "JO": "🇯🇴", "LB": "🇱🇧", "SA": "🇸🇦"}


def emoji(rng, s, country):
    e1 = FLAG[country] if rng.random() < 0.5 else rng.choice(EMOJI)
    e2 = rng.choice(EMOJI)
    form = rng.randrange(5)
    if form == 0:
        return f"{e1} {s}"
    if form == 1:
        return f"{s} {e1}"
    if form == 2:
        return f"{e1}{s}{e2}"
    if form == 3:
        w = s.split(" ")
        if len(w) > 1:
            k = rng.randrange(1, len(w))
            return " ".join(w[:k]) + f" {e1} " + " ".join(w[k:])
        return f"{s}{e1}{e1}"
    return f"{e1}{e2} {s} {e2}"


AFFIX_LAT_PRE = ["Officiel", "Page officielle", "Live", "Breaking", "Info", "Actu"]
AFFIX_LAT_POST = ["officiel", "Officiel", "Official", "News", "TV", "Live", "Page", "Fan", "Info", "Maroc", "Actualités",
                  "- Page Officielle", "24/7", "HD", "Direct", "Officiel ✔"]
AFFIX_AR_PRE = ["عاجل", "عاجل |", "مباشر", "أخبار", "صفحة", "الصفحة الرسمية لـ"]
AFFIX_AR_POST = ["الرسمية", "- الصفحة الرسمية", "عاجل", "نيوز", "تيفي", "مباشر", "الإخبارية", "بريس", "24", "أونلاين",
                 "الرسمي", "ـ الحساب الرسمي", "| عاجل"]


def affix(rng, s):
    if is_ar(s):
        if rng.random() < 0.35:
            return f"{rng.choice(AFFIX_AR_PRE)} {s}"
        return f"{s} {rng.choice(AFFIX_AR_POST)}"
    if rng.random() < 0.3:
        return f"{rng.choice(AFFIX_LAT_PRE)} {s}"
    return f"{s} {rng.choice(AFFIX_LAT_POST)}"


def spacing(rng, s):
    form = rng.randrange(6)
    if form == 0 and " " in s:
        return s.replace(" ", "")
    if form == 1 and " " in s:
        return s.replace(" ", rng.choice([".", "_", "-", " - ", "·"]))
    if form == 2 and len(s) < 14:
        return " ".join(ch for ch in s if ch != " ")
    if form == 3:
        return rng.choice(["« ", "\"", "(", "[", "*", "~ "]) + s + rng.choice([" »", "\"", ")", "]", "*", " ~"])
    if form == 4 and " " in s:
        return s.replace(" ", "   ")
    return s + rng.choice([" .", "!", " !!", "...", " :", " -", "."])


def bilingual(rng, e):
    ar = names_of(e, is_ar)
    la = names_of(e, lambda n: is_lat(n) and not is_ar(n))
    if not ar or not la:
        return None
    a, l = rng.choice(ar), rng.choice(la)
    form = rng.randrange(4)
    if form == 0:
        return f"{l} {a}"
    if form == 1:
        return f"{a} | {l}"
    if form == 2:
        return f"{a} - {l}"
    # half and half: first Arabic word + rest of the Latin name
    aw, lw = a.split(" "), l.split(" ")
    if len(aw) > 1 and len(lw) > 1:
        return aw[0] + " " + " ".join(lw[1:])
    return f"{l} ({a})"


def tatweel(rng, s):
    idx = [i for i in range(len(s) - 1) if s[i] in AR and s[i + 1] in AR and s[i] not in "اأإآدذرزوةى"]
    if not idx:
        return None
    chosen = set(rng.sample(idx, min(len(idx), rng.choice([1, 2, 3]))))
    return "".join(ch + ("ـ" * rng.choice([1, 1, 2, 3]) if i in chosen else "") for i, ch in enumerate(s))


INVIS = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad", "\u061c", "\u202b", "\u202c",
         "\u2067", "\u2069", "\u202e"]


def invisible(rng, s):
    n = rng.choice([1, 2, 3])
    lst = list(s)
    for _ in range(n):
        pos = rng.randrange(1, len(lst))
        lst.insert(pos, rng.choice(INVIS))
    if rng.random() < 0.3:
        lst.insert(0, rng.choice(["\u200f", "\u202b", "\u2067"]))
    return "".join(lst)


def _pres_forms():
    iso = {}
    for c in range(0xFE70, 0xFF00):
        ch = chr(c)
        try:
            nm = unicodedata.name(ch)
        except ValueError:
            continue
        if "ISOLATED FORM" in nm:
            base = unicodedata.normalize("NFKC", ch)
            if len(base) == 1:
                iso.setdefault(base, ch)
    return iso


PRES = _pres_forms()


def fullwidth(rng, s):
    if is_ar(s) and not is_lat(s):
        out = "".join(PRES.get(ch, ch) if rng.random() < 0.8 else ch for ch in s)
        return out if out != s else None
    out = []
    for ch in s:
        if "!" <= ch <= "~" and rng.random() < 0.9:
            out.append(chr(ord(ch) - 0x21 + 0xFF01))
        elif ch == " ":
            out.append("\u3000" if rng.random() < 0.5 else " ")
        else:
            out.append(ch)
    s2 = "".join(out)
    if rng.random() < 0.2:
        s2 = s2.replace("ＦＭ", "㎫") if "ＦＭ" in s2 else s2
    return s2


HOMO = {"a": "аα", "e": "е", "o": "оο", "p": "р", "c": "с", "x": "х", "y": "уγ", "i": "іι", "j": "ј", "s": "ѕ",
        "A": "АΑ", "B": "ВΒ", "C": "С", "E": "ЕΕ", "H": "НΗ", "I": "ІΙ", "K": "КΚ", "M": "МΜ", "N": "Ν", "O": "ОΟ",
        "P": "РΡ", "T": "ТΤ", "X": "ХΧ", "Y": "ΥҮ", "Z": "Ζ", "v": "ν", "k": "κ", "n": "п", "h": "һ", "d": "ԁ"}


def homoglyph(rng, s):
    idx = [i for i, ch in enumerate(s) if ch in HOMO]
    if not idx:
        return None
    frac = rng.choice([0.2, 0.4, 1.0])
    chosen = set(i for i in idx if rng.random() < frac) or {rng.choice(idx)}
    return "".join(rng.choice(HOMO[ch]) if i in chosen else ch for i, ch in enumerate(s))


def persian(rng, s):
    out = []
    changed = False
    for i, ch in enumerate(s):
        end = i + 1 == len(s) or s[i + 1] == " "
        r = ch
        if ch == "ي" or ch == "ى":
            r = "ی"
        elif ch == "ك":
            r = "ک"
        elif ch == "ة":
            r = "ۀ" if rng.random() < 0.5 else "ه"
        elif ch == "ه" and end and rng.random() < 0.5:
            r = "ە"
        elif ch in "0123456789":
            r = chr(ord(ch) - 0x30 + 0x06F0)
        elif ch == "ب" and rng.random() < 0.25:
            r = "پ"
        elif ch == "ج" and rng.random() < 0.2:
            r = "چ"
        elif ch == "ز" and rng.random() < 0.2:
            r = "ژ"
        elif ch == "ف" and rng.random() < 0.2:
            r = "ڤ"
        elif ch == "ق" and rng.random() < 0.3:
            r = "ڨ"
        elif ch == "ك":
            r = "گ"
        changed |= r != ch
        out.append(r)
    return "".join(out) if changed else None


SMALLCAPS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"))


def enclosed(rng, s):
    form = rng.randrange(5)
    out = []
    for ch in s:
        lo = ch.lower()
        if not ("a" <= lo <= "z"):
            if form == 0 and "1" <= ch <= "9":
                out.append(chr(0x2460 + ord(ch) - 0x31))
            else:
                out.append(ch)
            continue
        if form == 0:
            out.append(chr((0x24B6 if ch.isupper() else 0x24D0) + ord(lo) - 97))
        elif form == 1:
            out.append(SMALLCAPS[lo])
        elif form == 2:
            out.append(chr(0x1F130 + ord(lo) - 97))  # squared
        elif form == 3:
            out.append(chr(0x1F150 + ord(lo) - 97))  # negative circled
        else:
            out.append(chr(0x249C + ord(lo) - 97))  # parenthesized
    return "".join(out)


MATH_BASES = [0x1D400, 0x1D434, 0x1D468, 0x1D49C, 0x1D4D0, 0x1D504, 0x1D538, 0x1D56C, 0x1D5A0, 0x1D5D4, 0x1D608,
              0x1D63C, 0x1D670]


def math_alnum(rng, s):
    base = rng.choice(MATH_BASES)
    out = []
    for ch in s:
        if "A" <= ch <= "Z" or "a" <= ch <= "z":
            off = ord(ch) - 65 if ch <= "Z" else 26 + ord(ch) - 97
            cand = chr(base + off)
            try:
                unicodedata.name(cand)
                ok = unicodedata.normalize("NFKC", cand) == ch
            except ValueError:
                ok = False
            out.append(cand if ok else ch)
        elif "0" <= ch <= "9" and base in (0x1D400, 0x1D5D4, 0x1D670):
            dbase = {0x1D400: 0x1D7CE, 0x1D5D4: 0x1D7EC, 0x1D670: 0x1D7F6}[base]
            out.append(chr(dbase + ord(ch) - 48))
        else:
            out.append(ch)
    return "".join(out)


# --------------------------------------------------------------------------
# Innocent names
# --------------------------------------------------------------------------
AR_WORDS = ["مارس", "الغد", "الأيام", "شمس", "عكاظ", "بترا", "الجديد", "الوفد", "أنفاس", "مصر", "الأخوين", "ابن طفيل",
            "محمد الأول", "البريد", "الفلاحة", "الحماية", "الأمن", "طنجة", "فاس", "الناظور", "الشريف", "سعيد",
            "أديب", "الصفدي", "العلمي", "الرمضاني", "الأطلس", "الأمل", "النور", "الوحدة", "المستقبل", "السلام",
            "الفجر", "الياسمين", "كش", "المدينة", "الريف", "سيتي", "راديو", "الطيران", "الجمارك", "الصندوق"]
LAT_WORDS = ["Mars", "Luxe", "Med", "Nador", "City", "Petra", "Okaz", "Alghad", "Business", "News", "Info", "Le Site",
             "Press", "Radio", "Shems", "Jadeed", "Wafd", "Masr", "Egypt", "Air", "Atlas", "Barid", "Poste", "Douane",
             "Premier", "Ibn Tofail", "Akhawayn", "Saied", "Adib", "Safadi", "Benkirane", "Alami", "Kech", "Anfas",
             "Ayam", "Mohammed Premier", "Tanger", "Fès", "Oujda", "Agadir", "Les Jasmins", "Atlas Med"]
CITIES_AR = ["الرباط", "سلا", "تمارة", "القنيطرة", "طنجة", "تطوان", "فاس", "مكناس", "وجدة", "الناظور", "مراكش",
             "أكادير", "الجديدة", "آسفي", "بني ملال", "خريبكة", "العيون", "الداخلة", "إفران", "الحسيمة", "عمان",
             "إربد", "بيروت", "صيدا", "تونس", "صفاقس", "سوسة", "وهران", "قسنطينة", "القاهرة", "الإسكندرية", "جدة"]
CITIES_LAT = ["Rabat", "Salé", "Témara", "Kénitra", "Tanger", "Tétouan", "Fès", "Meknès", "Oujda", "Nador", "Marrakech",
              "Agadir", "El Jadida", "Safi", "Béni Mellal", "Khouribga", "Laâyoune", "Dakhla", "Ifrane", "Al Hoceima",
              "Amman", "Irbid", "Beyrouth", "Saida", "Tunis", "Sfax", "Sousse", "Oran", "Constantine", "Le Caire",
              "Alexandrie", "Jeddah"]

TEMPLATES = {
    "innocent-cafe": ["مقهى {a}", "Café {l}", "Coffee {l}", "مقهى ومطعم {a}", "Café {l} {c}", "كافي {a} {ca}",
                      "Café Restaurant {l}", "مقهى {a} {ca}", "Snack {l}", "Salon de thé {l}", "{l} Coffee Shop",
                      "مطعم {a} للأكلات الشعبية"],
    "innocent-shop": ["محل {a} للملابس", "{l} Shop", "Boutique {l}", "متجر {a}", "مكتبة {a}", "صيدلية {a}",
                      "Pharmacie {l}", "Librairie {l}", "{l} Store {c}", "مخبزة {a}", "Garage {l}", "Auto École {l}",
                      "Optique {l}", "عطارة {a}", "Pâtisserie {l}", "Droguerie {l} {c}", "أثاث {a} {ca}",
                      "Immobilier {l} {c}", "Téléphonie {l}", "حلويات {a}"],
    "innocent-club": ["نادي {a} الرياضي", "Club {l}", "فريق {a} لكرة القدم", "{l} FC", "Association Sportive {l}",
                      "نادي {a} للشطرنج", "Club de Karaté {l} {c}", "نادي {a} للفروسية", "{l} Basket Club",
                      "Fitness {l} {c}", "نادي {a} للسباحة", "Académie de Football {l}"],
    "innocent-school": ["مدرسة {a} الخاصة", "École {l}", "Groupe Scolaire {l}", "ثانوية {a} التأهيلية",
                        "Institut {l} {c}", "مركز {a} للدعم المدرسي", "Lycée {l}", "روض {a}",
                        "Crèche {l}", "مركز {a} للغات", "École Privée {l} {c}", "معهد {a} للتكوين المهني"],
    "innocent-association": ["جمعية {a} للتنمية", "Association {l}", "جمعية {a} الخيرية", "تعاونية {a}",
                             "Coopérative {l}", "جمعية آباء وأولياء تلاميذ {a}", "ودادية {a}",
                             "جمعية {a} للثقافة والفنون", "Association {l} pour le développement",
                             "Fondation {l}", "جمعية {a} للأعمال الاجتماعية", "تعاونية {a} {ca} للنساء"],
}

FAN_TARGETS_AR = ["راديو مارس", "ميد راديو", "كش 24", "الجديد", "عكاظ", "بنكيران", "عمرو أديب", "قيس سعيد",
                  "جامعة ابن طفيل", "ناظور سيتي", "شمس أف أم", "جامعة الأخوين"]
FAN_TARGETS_LAT = ["Radio Mars", "Med Radio", "Luxe Radio", "Shems FM", "LBCI", "Al Jadeed", "Amr Adib", "Benkirane",
                   "EgyptAir", "Nador City", "Kech24", "Business News"]
FAN_TPL_AR = ["عشاق {x}", "محبي {x}", "أصدقاء {x}", "متابعي {x}", "جمهور {x}", "ساخرون من {x}", "معجبي {x} في {ca}",
              "نحن نحب {x}"]
FAN_TPL_LAT = ["Fans de {x}", "{x} Fans Club", "I love {x}", "Les amis de {x}", "{x} fan page (non officielle)",
               "Auditeurs de {x} {c}", "We love {x}", "Parodie {x}"]

GIVEN_LAT = ["Karim", "Youssef", "Mehdi", "Hamza", "Sara", "Salma", "Hajar", "Imane", "Omar", "Yassine", "Nabil",
             "Leila", "Rachid", "Abdelilah", "Ayman", "Amr", "Kaïs", "Mohamed", "Ridouane", "Fatima Zahra", "Adil", "Nour"]
GIVEN_AR = ["كريم", "يوسف", "مهدي", "حمزة", "سارة", "سلمى", "هاجر", "إيمان", "عمر", "ياسين", "نبيل", "ليلى", "رشيد",
            "عبد الإله", "أيمن", "عمرو", "قيس", "محمد", "رضوان", "فاطمة الزهراء", "عادل", "نور"]
SUR_LAT = ["Benkirane", "Alami", "El Alami", "Talbi", "Ramdani", "Erramdani", "Tebboune", "Saied", "Said", "Adib",
           "Safadi", "Bennani", "Alaoui", "Tazi", "Fassi", "Berrada", "Chraibi", "Idrissi", "Mansouri", "Ouazzani",
           "Haddad", "Khoury", "Nasser", "Masri", "Benjelloun"]
SUR_AR = ["بنكيران", "العلمي", "الطالبي", "الرمضاني", "تبون", "سعيد", "أديب", "الصفدي", "بناني", "العلوي", "التازي",
          "الفاسي", "برادة", "الشرايبي", "الإدريسي", "المنصوري", "الوزاني", "الحداد", "الخوري", "ناصر", "المصري",
          "بنجلون"]

GENERIC = [
    "الغد أفضل", "كل جديد في عالم التقنية", "الجديد في الطبخ المغربي", "شمس الأصيل", "Soleil de Mars", "8 Mars Journée de la femme",
    "سوق عكاظ الشعري", "أيام زمان", "الأيام الجميلة", "أيام قرطاج السينمائية", "Petra Jordan Tours", "Visit Petra",
    "مارس شهر الربيع", "أحلى أيام", "غدا يوم جديد", "The Martian Mars Society", "Mars Bar Fans", "Bruno Mars Morocco Fans",
    "Business School Tunis", "Le Site du Zéro", "Mon Site Info Perso", "Press Book Photo", "Radio Amateur Maroc",
    "Nador Immobilier", "City Club Fitness", "Med Cars Location", "Luxe Déco Maroc", "Luxe Beauté Casablanca",
    "مصر الحبيبة", "أم الدنيا مصر", "وفد الحجاج المغاربة", "وفد رجال الأعمال", "الأمن الغذائي", "الأمن والسلامة المهنية",
    "الحماية الاجتماعية للجميع", "الحماية من الحرائق - نصائح", "طيران الإمارات عروض", "بريد القراء", "صندوق التوفير",
    "الشريف للحلويات", "جمارك الكتب: تبادل كتب مستعملة", "البريد السريع للتوصيل", "Livraison Express Oujda",
    "شمس الدين للتجارة", "شمس المغرب للطاقة الشمسية", "Shems Solar Energy", "عكاظ للعطور", "أنفاس الصباح",
    "أنفاس شعرية", "Anfas Yoga Studio", "Ghad Consulting", "Al Ghad Al Mouchriq", "Jadeed Motors", "الجديد للسيارات",
    "Okaz Market", "الأخوين للمقاولات", "Les Frères Akhawayn Transport", "Premier Pas Crèche", "Mohammed Premier Auto",
    "ابن طفيل: حي بن يقظان", "Hayy Ibn Yaqzan - Ibn Tufayl Reading Club", "فلاحة وتربية المواشي", "الفلاحة العصرية",
    "Agriculture Bio Maroc", "Phosphate Science Forum", "Poste restante", "Douane Facile Transit", "Air Masr Travel",
    "Egypt Tours Cairo", "Masrawy Food", "Sona Trading", "Tunis Afrique Voyages", "Presse Service Automobile",
    "Agence Afrique Presse Photo", "Kech Design", "كش ملك شطرنج", "24 ساعة طبخ", "الأيام الحلوة", "أخبار الرياضة اليوم",
    "Info Trafic Maroc", "News Maroc Sport", "Radio Nostalgie Fans", "Business Maroc Conseil", "New TV Series Review",
    "Le Matin Calme", "City Nador Immobilier", "Atlas Radio Club", "Garde d'enfants Rabat", "Garde Meubles Tanger",
    "Sécurité Intérieure Alarmes", "Security Systems Amman", "Public Security Tips", "Protection des données Maroc",
    "Civil Engineering Oujda", "Eau Potable pour Tous", "Electricité Générale Fès", "Office du Tourisme Ifrane",
]

FOREIGN = [
    "Associated Press", "AP News", "Agence France-Presse", "AFP عربي", "Anadolu Agency", "وكالة الأناضول",
    "وكالة الأنباء السعودية", "Saudi Press Agency", "وكالة الأنباء العراقية", "وكالة الأنباء الكويتية كونا",
    "Kuwait News Agency", "وكالة أنباء الإمارات وام", "وكالة الأنباء القطرية", "وكالة الأنباء الليبية", "وكالة سبأ",
    "وكالة الأنباء السورية سانا", "وكالة أنباء الشرق الأوسط", "Middle East News Agency", "Press TV", "TASS",
    "Business Insider", "BusinessDay Nigeria", "Business News Daily", "LBC Radio UK", "LBC News London", "قناة الغد",
    "Al Ghad TV", "New TV Kenya", "Radio Monte Carlo Doualiya", "مونت كارلو الدولية", "Mars Radio Hungary",
    "Radio Luxembourg", "Luxe TV", "Med TV Italia", "Medi TV Kurdish", "Air Algérie", "Tunisair", "Saudia", "Air Arabia",
    "Sonelgaz", "Sonatel Sénégal", "Sonacos", "ONCF Voyages", "ONDA Aéroports du Maroc", "Royal Air Maroc",
    "Okaz Publishing House", "Petra Bank", "Petra Engineering", "Al Wafd Party Youth", "حزب الوفد الجديد",
    "Shems Radio Nigeria", "Chams Tunisie Pneumatiques", "Egypt Independent", "Egypt Today", "Ahram Online",
    "Tunisie Numérique", "Kapitalis", "La Presse", "El Watan", "Liberté Algérie", "Al Quds", "Roya News",
    "Jordan Times", "Petra Tours", "Nador Express Transport", "Amman Post", "Masr El Gedida Club",
]

POLICE = [
    "الحرس الوطني الكويتي", "الحرس الوطني السعودي", "Garde nationale (France)", "Garde Nationale du Niger",
    "Garde Républicaine", "الحرس الجمهوري", "Protection Civile Belgique", "Sécurité Civile France", "Protezione Civile",
    "الحماية المدنية التونسية", "الديوان الوطني للحماية المدنية", "الدفاع المدني الأردني", "الدفاع المدني اللبناني",
    "الدفاع المدني السعودي", "Civil Defence Jordan", "المديرية العامة للأمن العام", "الأمن العام اللبناني",
    "General Security Lebanon", "Sûreté Générale Liban", "Public Security Bureau", "قوى الأمن الداخلي الفلسطيني",
    "Internal Security Forces Kurdistan", "Police Nationale Algérienne", "الشرطة الجزائرية", "الأمن الوطني الجزائري",
    "Préfecture de police de Paris", "Police de Bruxelles", "ولاية أمن الرباط", "ولاية أمن أكادير", "ولاية أمن العيون",
    "ولاية أمن وجدة", "أمن الناظور", "Préfecture de police de Rabat", "Wilaya de sûreté de Meknès", "أمن تطوان",
    "الأمن الإقليمي بالعرائش", "Commissariat de Tanger Médina", "شرطة دبي", "Dubai Police", "وزارة الداخلية الكويتية",
    "الجمارك الجزائرية", "الجمارك التونسية", "Douane Algérienne", "Douanes Sénégalaises", "Douane Française",
    "Administration des Douanes Tunisiennes", "مصلحة الجمارك المصرية", "Egyptian Customs Authority", "Jordan Customs",
    "الأمن العام السعودي",
]

INSTITUTION = [
    "وزارة الفلاحة والثروة السمكية", "Ministère de l'Agriculture et de l'Alimentation", "وزارة الفلاحة والموارد المائية والصيد البحري",
    "وزارة الزراعة الأردنية", "Ministère de l'Agriculture et du Développement Rural Algérie", "وزارة الزراعة واستصلاح الأراضي",
    "Ministry of Agriculture Egypt", "Ministère de l'Agriculture du Sénégal", "Poste Tunisienne", "La Poste", "Algérie Poste",
    "بريد الجزائر", "البريد التونسي", "Jordan Post", "Liban Post", "البريد المصري", "Université Hassan II",
    "جامعة عبد المالك السعدي", "جامعة سيدي محمد بن عبد الله", "Université Ibn Zohr", "جامعة ابن زهر",
    "Université Ibn Khaldoun Tiaret", "جامعة الإخوة منتوري قسنطينة", "Université des Frères Mentouri",
    "Université Mohamed Khider Biskra", "جامعة محمد بوضياف المسيلة", "Université Mohammed VI Polytechnique",
    "Lycée Ibn Tofail Kénitra", "ثانوية ابن طفيل", "Université Moulay Ismail", "جامعة الحسن الأول سطات",
    "Université Sultan Moulay Slimane", "الجامعة الأردنية", "الجامعة اللبنانية", "جامعة القاهرة", "جامعة تونس المنار",
    "Office National des Hydrocarbures et des Mines", "المكتب الوطني للسلامة الصحية للمنتجات الغذائية", "ONSSA",
    "Office National des Pêches", "المكتب الوطني للصيد",
    "Office National du Tourisme Tunisien", "الصندوق المغربي للتقاعد", "Caisse Marocaine des Retraites",
    "Caisse Nationale de Sécurité Sociale Tunisie", "الصندوق الوطني للتأمين على المرض", "CNAM Tunisie",
    "Société Tunisienne de l'Electricité et du Gaz", "STEG", "Régie Autonome de Distribution d'Eau", "LYDEC", "Amendis Tanger",
    "Redal Rabat", "Agence Marchica", "وكالة تنمية أقاليم الشمال", "Conseil Régional de l'Oriental", "مجلس جهة فاس مكناس",
    "Commune de Fès", "جماعة طنجة",
]

PAGES_AR = ["أخبار {ca} اليوم", "{ca} الآن", "شباب {ca}", "وصفات شهيوات مغربية", "فكاهة مغربية", "نكت وضحك", "مطبخ أم {g}",
            "إعلانات {ca}", "بيع وشراء {ca}", "سيارات مستعملة {ca}", "كراء الشقق في {ca}", "قرآن كريم - تلاوات خاشعة",
            "أدعية وأذكار", "خواطر وأشعار", "تعلم اللغة الفرنسية", "دروس الباكالوريا", "مباريات التوظيف بالمغرب",
            "عالم الرياضة", "كرة القدم المغربية", "أسود الأطلس", "الوداد البيضاوي عشاق", "الرجاء العالمي الأنصار",
            "تراث {ca}", "صور {ca} القديمة", "أحياء {ca}", "طلبة {ca}", "متطوعون من أجل {ca}", "{g} {s} للمحاماة",
            "عيادة الدكتور {g} {s}", "المحامي {g} {s}", "الأستاذ {g} {s}", "مصور الأعراس {g}", "ديكورات {g}",
            "حرفيو {ca}", "سوق {ca} الأسبوعي"]
PAGES_LAT = ["{c} Today", "{c} Actualités Locales", "I love {c}", "Visit {c}", "{c} Immobilier", "Vente Voitures {c}",
             "Cuisine Marocaine de {g}", "Maroc Auto", "Tech Maroc", "Bac Maroc Cours", "Emploi Maroc {c}",
             "Dr {g} {s} Dentiste", "Cabinet {s} Avocats", "Photographe {g} {s}", "Les Gazelles de {c}", "{c} Vintage Photos",
             "Ultras {c}", "Marathon de {c}", "Festival de {c}", "Plages de {c}", "{c} Food Guide", "Rencontres Étudiants {c}",
             "Covoiturage {c} - Casa", "Bons Plans {c}", "Architecte {g} {s}", "Coach {g} Fitness", "Maquillage by {g}",
             "Atelier Couture {g}", "Tourisme {c} Guide"]


def innocent_names(rng):
    fams = {}

    def add(fam, name):
        fams.setdefault(fam, [])
        if name not in fams[fam]:
            fams[fam].append(name)

    def fill(fam, tpls, n):
        tries = 0
        while len(fams.get(fam, [])) < n and tries < 5000:
            tries += 1
            t = rng.choice(tpls)
            add(fam, t.format(a=rng.choice(AR_WORDS), l=rng.choice(LAT_WORDS), c=rng.choice(CITIES_LAT),
                              ca=rng.choice(CITIES_AR), g=rng.choice(GIVEN_LAT if "{c}" in t or t.isascii() else GIVEN_AR),
                              s=rng.choice(SUR_LAT)))

    for fam, tpls in TEMPLATES.items():
        fill(fam, tpls, {"innocent-shop": 90, "innocent-school": 70, "innocent-association": 70}.get(fam, 60))
    # fan pages
    tries = 0
    while len(fams.get("innocent-fanpage", [])) < 60 and tries < 5000:
        tries += 1
        if rng.random() < 0.5:
            add("innocent-fanpage", rng.choice(FAN_TPL_AR).format(x=rng.choice(FAN_TARGETS_AR), ca=rng.choice(CITIES_AR)))
        else:
            add("innocent-fanpage", rng.choice(FAN_TPL_LAT).format(x=rng.choice(FAN_TARGETS_LAT), c=rng.choice(CITIES_LAT)))
    # namesakes
    tries = 0
    while len(fams.get("innocent-person", [])) < 100 and tries < 5000:
        tries += 1
        if rng.random() < 0.5:
            add("innocent-person", f"{rng.choice(GIVEN_LAT)} {rng.choice(SUR_LAT)}")
        else:
            add("innocent-person", f"{rng.choice(GIVEN_AR)} {rng.choice(SUR_AR)}")
    # drop the real officials themselves if a combination hit them
    # a given name + surname pair that is (a spelling of) a listed official is not a namesake: drop it
    real = {("Abdelilah", "Benkirane"), ("Ayman", "Safadi"), ("Amr", "Adib"), ("Ridouane", "Ramdani"),
            ("Ridouane", "Erramdani"), ("Kaïs", "Saied"), ("Kaïs", "Said"), ("Rachid", "Alami"),
            ("Rachid", "El Alami"), ("Rachid", "Talbi"), ("عبد الإله", "بنكيران"), ("أيمن", "الصفدي"),
            ("عمرو", "أديب"), ("رضوان", "الرمضاني"), ("قيس", "سعيد"), ("رشيد", "العلمي"), ("رشيد", "الطالبي")}
    fams["innocent-person"] = [n for n in fams["innocent-person"]
                               if not any(n == f"{g} {s}" for g, s in real)]
    for n in GENERIC:
        add("innocent-generic", n)
    for n in FOREIGN:
        add("innocent-foreign", n)
    for n in POLICE:
        add("innocent-police", n)
    for n in INSTITUTION:
        add("innocent-institution", n)
    tries = 0
    while len(fams.get("innocent-page", [])) < 100 and tries < 5000:
        tries += 1
        if rng.random() < 0.5:
            t = rng.choice(PAGES_AR)
            add("innocent-page", t.format(ca=rng.choice(CITIES_AR), g=rng.choice(GIVEN_AR), s=rng.choice(SUR_AR)))
        else:
            t = rng.choice(PAGES_LAT)
            add("innocent-page", t.format(c=rng.choice(CITIES_LAT), g=rng.choice(GIVEN_LAT), s=rng.choice(SUR_LAT)))
    return fams


# --------------------------------------------------------------------------

GENERATED = {
    "lookalike-ascii": (lambda n: is_lat(n) and not is_ar(n), lookalike),
    "alef-variants": (lambda n: is_ar(n) and any(c in n for c in "اأإآ"), alef),
    "arabic-dots": (is_ar, dots),
    "diacritics": (lambda n: True, diacritics),
    "teh-yeh-variants": (lambda n: is_ar(n) and any(c in n for c in "ةيىه"), teh_yeh),
    "typo-double": (lambda n: len(n.replace(" ", "")) >= 4, typo_double),
    "typo-drop": (lambda n: len(n.replace(" ", "")) >= 5, typo_drop),
    "typo-swap": (lambda n: len(n.replace(" ", "")) >= 5, typo_swap),
    "affix-words": (lambda n: True, affix),
    "spacing-punct": (lambda n: True, spacing),
    "tatweel": (is_ar, tatweel),
    "invisible-chars": (lambda n: len(n) >= 2, invisible),
    "fullwidth-compat": (lambda n: True, fullwidth),
    "latin-homoglyph": (lambda n: is_lat(n) and not is_ar(n), homoglyph),
    "persian-letters": (lambda n: is_ar(n) and any(c in n for c in "يىكةهبجزفق0123456789"), persian),
    "enclosed-smallcaps": (lambda n: is_lat(n) and not is_ar(n), enclosed),
    "math-alnum": (lambda n: is_lat(n) and not is_ar(n), math_alnum),
    "exact-copy": (lambda n: True, lambda rng, s: s),
}

PER_FAMILY = 30


def main():
    rng = random.Random(SEED)
    list_ids = set()
    entries = []
    for i, (eid, kind, cc, web, names, handle) in enumerate(ENTITIES):
        acc_id = str(880000000000000 + 1000003 * (i + 1))
        list_ids.add(acc_id)
        entries.append({
            "id": eid, "kind": kind, "names": names, "country": cc, "website": web,
            "accounts": [{"platform": "facebook", "id": acc_id, "handle": handle}],
            "sources": ["test data: made-up account for the Asli development set"],
        })
    doc = {
        "format": "asli.list.v1",
        "name": "Asli development set (TEST DATA: account ids and handles are made up)",
        "publisher": "Asli devset writer",
        "version": 2026113001,
        "entries": entries,
    }
    by_id = {e[0]: e for e in ENTITIES}

    used_ids = set(list_ids)

    def new_id():
        while True:
            x = str(rng.randrange(10 ** 14, 10 ** 15))
            if x not in used_ids:
                used_ids.add(x)
                return x

    cases = []

    def add_case(fam, expect, entry, name, **extra):
        prof = {"platform": "facebook", "id": extra.pop("pid", None) or new_id(), "name": name}
        prof.update(extra)
        cases.append({"family": fam, "expect": expect, "entry": entry, "profile": prof})

    for fam, items in HAND.items():
        for eid, name in items:
            assert eid in by_id, eid
            add_case(fam, "alarm", eid, name)

    order = [e[0] for e in ENTITIES]
    for fam, (pred, fn) in GENERATED.items():
        seen = set()
        eids = order[:]
        rng.shuffle(eids)
        k = 0
        tries = 0
        while len(seen) < PER_FAMILY and tries < 2000:
            tries += 1
            eid = eids[k % len(eids)]
            k += 1
            e = by_id[eid]
            cands = names_of(e, pred)
            if not cands:
                continue
            src = rng.choice(cands)
            out = fn(rng, src)
            if out is None or (out == src and fam != "exact-copy") or (eid, out) in seen:
                continue
            if fam != "exact-copy" and out in e[4]:
                continue
            seen.add((eid, out))
            add_case(fam, "alarm", eid, out)
    # families that need the whole entity
    for fam, fn in (("emoji-flags", lambda e: emoji(rng, rng.choice(names_of(e)), e[2])),
                    ("bilingual-mix", lambda e: bilingual(rng, e))):
        seen = set()
        eids = order[:]
        rng.shuffle(eids)
        k = 0
        while len(seen) < PER_FAMILY and k < 500:
            e = by_id[eids[k % len(eids)]]
            k += 1
            out = fn(e)
            if out is None or (e[0], out) in seen:
                continue
            seen.add((e[0], out))
            add_case(fam, "alarm", e[0], out)

    for fam, names in innocent_names(rng).items():
        for n in names:
            add_case(fam, "quiet", None, n)

    for e in entries:
        acc = e["accounts"][0]
        add_case("verified", "verified", e["id"], e["names"][0], pid=acc["id"], handle=acc["handle"])

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "list.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(OUT, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        counts[c["family"]] = counts.get(c["family"], 0) + 1
    print(f"{len(entries)} entries, {len(cases)} cases")
    for k in sorted(counts):
        print(f"  {k:24} {counts[k]}")


if __name__ == "__main__":
    main()
