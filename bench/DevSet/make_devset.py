#!/usr/bin/env python3
"""Writes the labelled development set of Passage's matching engine (name-pairs.csv, record-pairs.csv).

How it is made: every list below was written by hand for this file from general knowledge of Persian names
(spellings seen on Iranian and Iraqi documents, UNHCR-style romanisations, Persian script as written in Iran);
the given names of both sexes come from the persian-names lists in ../shared/data (armanyazdi/persian-names,
MIT). Nothing is taken from the engine's own variant table (src/Passage.Matching/Variants/clusters.txt).
The people are fictitious: a record pair is built from these names by the rules written next to each kind.
Run: python3 bench/DevSet/make_devset.py  (deterministic; seed below).
"""
import csv, os, random

random.seed(1363)
here = os.path.dirname(os.path.abspath(__file__))

# One name: its Persian-script form and Latin spellings seen in documents. Written for this file.
NAMES = {
    "mohammad": ("محمد", ["Mohammad", "Mohamad", "Muhammad", "Mohammed", "Mohamed"]),
    "hossein": ("حسین", ["Hossein", "Hosein", "Hussein", "Husain", "Hosseyn"]),
    "hassan": ("حسن", ["Hassan", "Hasan"]),
    "hamid": ("حمید", ["Hamid", "Hameed"]),
    "hamed": ("حامد", ["Hamed", "Haamed"]),
    "saeed": ("سعید", ["Saeed", "Saeid", "Said", "Saied"]),
    "saeedeh": ("سعیده", ["Saeedeh", "Saeideh", "Saideh", "Saeede"]),
    "ali": ("علی", ["Ali", "Aly"]),
    "alieh": ("عالیه", ["Alieh", "Aliyeh", "Aliye"]),
    "reza": ("رضا", ["Reza", "Rida", "Riza"]),
    "mahdi": ("مهدی", ["Mahdi", "Mehdi", "Mahdy"]),
    "mahdieh": ("مهدیه", ["Mahdieh", "Mahdiyeh", "Mehdieh"]),
    "hamideh": ("حمیده", ["Hamideh", "Hamide", "Hamida"]),
    "farid": ("فرید", ["Farid", "Fareed"]),
    "farideh": ("فریده", ["Farideh", "Faride", "Farida"]),
    "javad": ("جواد", ["Javad", "Jawad"]),
    "jafar": ("جعفر", ["Jafar", "Jaafar", "Djafar"]),
    "majid": ("مجید", ["Majid", "Madjid", "Majeed"]),
    "masoud": ("مسعود", ["Masoud", "Massoud", "Masood"]),
    "masoumeh": ("معصومه", ["Masoumeh", "Masumeh", "Masoume"]),
    "mahmoud": ("محمود", ["Mahmoud", "Mahmood", "Mahmud"]),
    "ahmad": ("احمد", ["Ahmad", "Ahmed"]),
    "zahra": ("زهرا", ["Zahra", "Zahraa"]),
    "zohreh": ("زهره", ["Zohreh", "Zohre"]),
    "fatemeh": ("فاطمه", ["Fatemeh", "Fatemah", "Fateme", "Fatima"]),
    "maryam": ("مریم", ["Maryam", "Mariam"]),
    "zeinab": ("زینب", ["Zeinab", "Zaynab", "Zeynab"]),
    "mostafa": ("مصطفی", ["Mostafa", "Mustafa", "Moustafa"]),
    "morteza": ("مرتضی", ["Morteza", "Murtaza", "Mortaza"]),
    "kazem": ("کاظم", ["Kazem", "Kazim", "Kadhim"]),
    "karim": ("کریم", ["Karim", "Kareem"]),
    "rahim": ("رحیم", ["Rahim", "Raheem"]),
    "rahman": ("رحمان", ["Rahman"]),
    "nasser": ("ناصر", ["Nasser", "Naser", "Nacer"]),
    "nasir": ("نصیر", ["Nasir", "Nassir", "Naseer"]),
    "gholamreza": ("غلامرضا", ["Gholamreza", "Gholam-Reza", "Gholam Reza", "Qolamreza"]),
    "gholamhossein": ("غلامحسین", ["Gholamhossein", "Gholam-Hossein", "Gholam Hossein"]),
    "mohammadreza": ("محمدرضا", ["Mohammadreza", "Mohammad-Reza", "Mohammad Reza"]),
    "alireza": ("علیرضا", ["Alireza", "Ali-Reza", "Ali Reza"]),
    "abdollah": ("عبدالله", ["Abdollah", "Abdullah", "Abdolah"]),
    "abolfazl": ("ابوالفضل", ["Abolfazl", "Abulfazl"]),
    "yousef": ("یوسف", ["Yousef", "Yusuf", "Yousof"]),
    "younes": ("یونس", ["Younes", "Yunus", "Younis"]),
    "esmaeil": ("اسماعیل", ["Esmaeil", "Esmail", "Ismail"]),
    "ebrahim": ("ابراهیم", ["Ebrahim", "Ibrahim"]),
    "davoud": ("داوود", ["Davoud", "Davood", "Dawood"]),
    "leila": ("لیلا", ["Leila", "Leyla", "Layla"]),
    "soraya": ("ثریا", ["Soraya", "Sorayya"]),
    "roghayeh": ("رقیه", ["Roghayeh", "Roqayeh", "Roghaye"]),
    "khadijeh": ("خدیجه", ["Khadijeh", "Khadije", "Khadija"]),
    "sakineh": ("سکینه", ["Sakineh", "Sakine", "Sakina"]),
    "habib": ("حبیب", ["Habib", "Habeeb"]),
    "habibeh": ("حبیبه", ["Habibeh", "Habibe"]),
    "nahid": ("ناهید", ["Nahid", "Naheed"]),
    "navid": ("نوید", ["Navid", "Naveed"]),
    "omid": ("امید", ["Omid", "Omeed"]),
    "amir": ("امیر", ["Amir", "Ameer"]),
    "amin": ("امین", ["Amin", "Ameen"]),
    "amineh": ("امینه", ["Amineh", "Amine"]),
    "mojtaba": ("مجتبی", ["Mojtaba", "Mujtaba"]),
    "mohsen": ("محسن", ["Mohsen", "Mohsin", "Muhsin"]),
    "mahsa": ("مهسا", ["Mahsa"]),
    "mehran": ("مهران", ["Mehran", "Mahran"]),
    "mehrdad": ("مهرداد", ["Mehrdad"]),
    "shirin": ("شیرین", ["Shirin", "Shireen"]),
    "parvin": ("پروین", ["Parvin", "Parveen"]),
    "parviz": ("پرویز", ["Parviz", "Parwiz"]),
    "kourosh": ("کوروش", ["Kourosh", "Kurosh", "Koorosh"]),
    "bahram": ("بهرام", ["Bahram"]),
    "bahman": ("بهمن", ["Bahman"]),
    "behrouz": ("بهروز", ["Behrouz", "Behrooz", "Behruz"]),
    "behzad": ("بهزاد", ["Behzad"]),
    "sadegh": ("صادق", ["Sadegh", "Sadeq", "Sadiq"]),
    "saber": ("صابر", ["Saber", "Sabir"]),
    "sajjad": ("سجاد", ["Sajjad", "Sajad"]),
    "taher": ("طاهر", ["Taher", "Tahir"]),
    "tahereh": ("طاهره", ["Tahereh", "Tahere", "Tahira"]),
    "hadi": ("هادی", ["Hadi", "Hady"]),
    "hadiseh": ("حدیثه", ["Hadiseh", "Hadiseh"]),
    "vahid": ("وحید", ["Vahid", "Wahid"]),
    "vahideh": ("وحیده", ["Vahideh", "Vahide"]),
    "jalal": ("جلال", ["Jalal"]),
    "jalil": ("جلیل", ["Jalil", "Jaleel"]),
    "kamal": ("کمال", ["Kamal"]),
    "jamal": ("جمال", ["Jamal"]),
    "akbar": ("اکبر", ["Akbar"]),
    "asghar": ("اصغر", ["Asghar", "Asgar"]),
    "ghasem": ("قاسم", ["Ghasem", "Qasem", "Ghassem"]),
    "hashem": ("هاشم", ["Hashem", "Hashim"]),
    "heydar": ("حیدر", ["Heydar", "Heidar", "Haidar"]),
    "yaghoub": ("یعقوب", ["Yaghoub", "Yaqub", "Yaghoob"]),
    "fereydoun": ("فریدون", ["Fereydoun", "Fereidoun", "Freydoun"]),
    "soheila": ("سهیلا", ["Soheila", "Soheyla"]),
    "soheil": ("سهیل", ["Soheil", "Soheyl", "Suhail"]),
}
GIVEN_M = ["mohammad", "hossein", "hassan", "hamid", "hamed", "saeed", "ali", "reza", "mahdi", "farid", "javad", "jafar",
           "majid", "masoud", "mahmoud", "ahmad", "mostafa", "morteza", "kazem", "karim", "rahim", "nasser", "nasir",
           "gholamreza", "gholamhossein", "mohammadreza", "alireza", "abdollah", "abolfazl", "yousef", "younes", "esmaeil",
           "ebrahim", "davoud", "habib", "navid", "omid", "amir", "amin", "mojtaba", "mohsen", "mehran", "mehrdad", "parviz",
           "kourosh", "bahram", "bahman", "behrouz", "behzad", "sadegh", "saber", "sajjad", "taher", "hadi", "vahid", "jalal",
           "jalil", "kamal", "jamal", "akbar", "asghar", "ghasem", "hashem", "heydar", "yaghoub", "fereydoun", "soheil"]
GIVEN_F = ["saeedeh", "alieh", "mahdieh", "hamideh", "farideh", "masoumeh", "zahra", "zohreh", "fatemeh", "maryam", "zeinab",
           "leila", "soraya", "roghayeh", "khadijeh", "sakineh", "habibeh", "nahid", "amineh", "mahsa", "shirin", "parvin",
           "tahereh", "hadiseh", "vahideh", "soheila"]

# Surnames: Persian form and Latin spellings. Families that share a base but differ by suffix are different families.
SURNAMES = {
    "hosseini": ("حسینی", ["Hosseini", "Hoseini", "Husseini", "Hossaini"]),
    "hosseinzadeh": ("حسین‌زاده", ["Hosseinzadeh", "Hossein-Zadeh", "Hoseinzade"]),
    "hosseinpour": ("حسین‌پور", ["Hosseinpour", "Hosseinpoor"]),
    "hassani": ("حسنی", ["Hassani", "Hasani"]),
    "rahimi": ("رحیمی", ["Rahimi", "Raheemi"]),
    "rahmani": ("رحمانی", ["Rahmani"]),
    "karimi": ("کریمی", ["Karimi", "Karimy", "Kareemi"]),
    "karimian": ("کریمیان", ["Karimian", "Karimiyan"]),
    "karimzadeh": ("کریم‌زاده", ["Karimzadeh", "Karimzade"]),
    "rezaei": ("رضایی", ["Rezaei", "Rezaee", "Rezai", "Rezaie"]),
    "rezaeian": ("رضاییان", ["Rezaeian", "Rezaiyan"]),
    "ahmadi": ("احمدی", ["Ahmadi", "Ahmady"]),
    "ahmadian": ("احمدیان", ["Ahmadian"]),
    "ahmadnejad": ("احمدنژاد", ["Ahmadnejad", "Ahmadinejad", "Ahmad-Nejad"]),
    "mohammadi": ("محمدی", ["Mohammadi", "Mohamadi", "Muhammadi"]),
    "mohammadpour": ("محمدپور", ["Mohammadpour", "Mohamadpour"]),
    "jafari": ("جعفری", ["Jafari", "Jaafari", "Djafari"]),
    "jafarian": ("جعفریان", ["Jafarian"]),
    "moradi": ("مرادی", ["Moradi", "Muradi"]),
    "moradian": ("مرادیان", ["Moradian"]),
    "sadeghi": ("صادقی", ["Sadeghi", "Sadeqi"]),
    "sadeghian": ("صادقیان", ["Sadeghian"]),
    "kazemi": ("کاظمی", ["Kazemi", "Kazimi"]),
    "kazemzadeh": ("کاظم‌زاده", ["Kazemzadeh"]),
    "ghasemi": ("قاسمی", ["Ghasemi", "Qasemi", "Ghassemi"]),
    "ghasemzadeh": ("قاسم‌زاده", ["Ghasemzadeh", "Qasemzadeh"]),
    "mousavi": ("موسوی", ["Mousavi", "Musavi", "Moosavi"]),
    "tavakoli": ("توکلی", ["Tavakoli", "Tavakkoli"]),
    "tavakolian": ("توکلیان", ["Tavakolian"]),
    "bagheri": ("باقری", ["Bagheri", "Baqeri"]),
    "abbasi": ("عباسی", ["Abbasi", "Abasi"]),
    "abbaspour": ("عباس‌پور", ["Abbaspour", "Abaspour"]),
    "najafi": ("نجفی", ["Najafi"]),
    "salehi": ("صالحی", ["Salehi", "Salihi"]),
    "nazari": ("نظری", ["Nazari"]),
    "heidari": ("حیدری", ["Heidari", "Heydari", "Haidari"]),
    "heidarian": ("حیدریان", ["Heidarian", "Heydarian"]),
    "farahani": ("فراهانی", ["Farahani"]),
    "ebrahimi": ("ابراهیمی", ["Ebrahimi", "Ibrahimi"]),
    "ebrahimzadeh": ("ابراهیم‌زاده", ["Ebrahimzadeh"]),
    "shirazi": ("شیرازی", ["Shirazi"]),
    "yazdani": ("یزدانی", ["Yazdani"]),
    "amini": ("امینی", ["Amini", "Ameeni"]),
    "aminian": ("امینیان", ["Aminian"]),
    "rostami": ("رستمی", ["Rostami", "Rustami"]),
    "kamali": ("کمالی", ["Kamali"]),
    "jamali": ("جمالی", ["Jamali"]),
    "zamani": ("زمانی", ["Zamani"]),
    "soltani": ("سلطانی", ["Soltani", "Sultani"]),
    "hamidi": ("حمیدی", ["Hamidi", "Hameedi"]),
    "hamedi": ("حامدی", ["Hamedi"]),
    "saeedi": ("سعیدی", ["Saeedi", "Saeidi", "Saidi"]),
    "masoudi": ("مسعودی", ["Masoudi", "Masoodi"]),
    "mahmoudi": ("محمودی", ["Mahmoudi", "Mahmoodi"]),
    "mahmoudian": ("محمودیان", ["Mahmoudian"]),
    "akbari": ("اکبری", ["Akbari"]),
    "asghari": ("اصغری", ["Asghari"]),
    "javadi": ("جوادی", ["Javadi"]),
    "mirzaei": ("میرزایی", ["Mirzaei", "Mirzaee", "Mirzai"]),
}
# Distinct surnames that look alike (not derived from each other by a suffix).
LOOKALIKE_SURNAMES = [("rahimi", "rahmani"), ("hamidi", "hamedi"), ("kamali", "jamali"), ("hosseini", "hassani"),
                      ("ahmadi", "mohammadi"), ("kazemi", "ghasemi"), ("masoudi", "mahmoudi"), ("akbari", "asghari"),
                      ("amini", "ahmadi"), ("jafari", "javadi"), ("saeedi", "hamidi"), ("rostami", "rahimi")]
SUFFIX_FAMILIES = [("hosseini", "hosseinzadeh"), ("hosseini", "hosseinpour"), ("hosseinzadeh", "hosseinpour"),
                   ("karimi", "karimian"), ("karimi", "karimzadeh"), ("karimian", "karimzadeh"), ("rezaei", "rezaeian"),
                   ("ahmadi", "ahmadian"), ("ahmadi", "ahmadnejad"), ("mohammadi", "mohammadpour"), ("jafari", "jafarian"),
                   ("moradi", "moradian"), ("sadeghi", "sadeghian"), ("kazemi", "kazemzadeh"), ("ghasemi", "ghasemzadeh"),
                   ("tavakoli", "tavakolian"), ("abbasi", "abbaspour"), ("heidari", "heidarian"), ("ebrahimi", "ebrahimzadeh"),
                   ("amini", "aminian"), ("mahmoudi", "mahmoudian")]
# Distinct given names that look alike: same letters but for a vowel, male/female forms, one letter apart.
LOOKALIKE_GIVEN = [("hamid", "hamed"), ("saeed", "saeedeh"), ("ali", "alieh"), ("mahdi", "mahdieh"), ("hamid", "hamideh"),
                   ("farid", "farideh"), ("masoud", "masoumeh"), ("hossein", "hassan"), ("mohammad", "mahmoud"),
                   ("mohammad", "ahmad"), ("zahra", "zohreh"), ("nasser", "nasir"), ("karim", "rahim"), ("rahim", "rahman"),
                   ("javad", "jafar"), ("jalal", "jalil"), ("kamal", "jamal"), ("bahram", "bahman"), ("behrouz", "behzad"),
                   ("mehran", "mehrdad"), ("parvin", "parviz"), ("amin", "amineh"), ("habib", "habibeh"), ("taher", "tahereh"),
                   ("vahid", "vahideh"), ("soheil", "soheila"), ("nahid", "navid"), ("hadi", "hadiseh"), ("saber", "sadegh"),
                   ("akbar", "asghar"), ("mohsen", "mohammad"), ("mostafa", "morteza"), ("yousef", "younes"), ("hashem", "ghasem"),
                   ("majid", "hamid"), ("mehdi_", None)]
LOOKALIKE_GIVEN = [p for p in LOOKALIKE_GIVEN if p[1] is not None]
HONORIFICS = [("Seyed", "سید"), ("Sayed", "سید"), ("Sayyid", "سید"), ("Seyyed", "سید"), ("Mir", "میر"), ("Haj", "حاج"),
              ("Hajji", "حاجی"), ("Mashhadi", "مشهدی"), ("Karbalaei", "کربلایی")]


def latin(key, table):
    return random.choice(table[key][1])


def persian(key, table):
    return table[key][0]


def any_form(key, table, arabic_share=0.4):
    return persian(key, table) if random.random() < arabic_share else latin(key, table)


def other_spelling(key, table, first):
    """Another way the same name is written: another Latin spelling or the Persian form."""
    forms = [s for s in table[key][1] if s != first] + [table[key][0]]
    if first == table[key][0]:
        forms = table[key][1]
    return random.choice(forms)


def full(given, surname, g_form=None, s_form=None):
    return f"{g_form or given} {s_form or surname}"


def name_pairs():
    rows = []

    def add(kind, a, b, label):
        rows.append((f"n{len(rows) + 1:04d}", a, b, label, kind))

    def names_for(gkey, skey, arabic):
        if arabic:
            return persian(gkey, NAMES), persian(skey, SURNAMES)
        return latin(gkey, NAMES), latin(skey, SURNAMES)

    givens = GIVEN_M + GIVEN_F
    surnames = list(SURNAMES)
    # Same person, another spelling or script.
    for _ in range(160):
        g, s = random.choice(givens), random.choice(surnames)
        ga = any_form(g, NAMES)
        sa = persian(s, SURNAMES) if ga == persian(g, NAMES) else latin(s, SURNAMES)
        gb = other_spelling(g, NAMES, ga)
        sb = persian(s, SURNAMES) if gb == persian(g, NAMES) else latin(s, SURNAMES)
        add("spelling or script", f"{ga} {sa}", f"{gb} {sb}", 1)
    # Same person with an honorific on one side.
    for _ in range(30):
        g, s = random.choice(GIVEN_M), random.choice(surnames)
        title, title_fa = random.choice(HONORIFICS)
        arabic = random.random() < 0.4
        gn, sn = names_for(g, s, arabic)
        add("honorific", f"{title_fa if arabic else title} {gn} {sn}", f"{other_spelling(g, NAMES, gn) if not arabic else gn} {sn}", 1)
    # Same person, compound given name joined, hyphenated or split.
    for _ in range(25):
        g = random.choice(["gholamreza", "gholamhossein", "mohammadreza", "alireza"])
        s = random.choice(surnames)
        a, b = random.sample(NAMES[g][1], 2)
        sa = latin(s, SURNAMES)
        add("compound", f"{a} {sa}", f"{b} {sa}" if random.random() < 0.5 else f"{persian(g, NAMES)} {persian(s, SURNAMES)}", 1)
    # Same person, surname first on one side.
    for _ in range(15):
        g, s = random.choice(givens), random.choice(surnames)
        add("order", f"{latin(g, NAMES)} {latin(s, SURNAMES)}", f"{latin(s, SURNAMES)}, {latin(g, NAMES)}", 1)
    # Different people: look-alike given names, same surname (both scripts).
    for a, b in LOOKALIKE_GIVEN * 3:
        s = random.choice(surnames)
        arabic = random.random() < 0.35
        if arabic:
            add("look-alike given names", f"{persian(a, NAMES)} {persian(s, SURNAMES)}", f"{persian(b, NAMES)} {persian(s, SURNAMES)}", 0)
        else:
            cross = random.random() < 0.3
            add("look-alike given names", f"{latin(a, NAMES)} {latin(s, SURNAMES)}",
                f"{persian(b, NAMES)} {persian(s, SURNAMES)}" if cross else f"{latin(b, NAMES)} {latin(s, SURNAMES)}", 0)
    # Different people: same given name, surnames of another family (suffix families, look-alikes).
    for a, b in (SUFFIX_FAMILIES + LOOKALIKE_SURNAMES) * 3:
        g = random.choice(givens)
        arabic = random.random() < 0.35
        if arabic:
            add("other family", f"{persian(g, NAMES)} {persian(a, SURNAMES)}", f"{persian(g, NAMES)} {persian(b, SURNAMES)}", 0)
        else:
            cross = random.random() < 0.3
            add("other family", f"{latin(g, NAMES)} {latin(a, SURNAMES)}",
                f"{persian(g, NAMES)} {persian(b, SURNAMES)}" if cross else f"{latin(g, NAMES)} {latin(b, SURNAMES)}", 0)
    # Different people: a different compound (Gholamreza vs Gholamhossein, Mohammadreza vs Mohammad).
    for a, b in [("gholamreza", "gholamhossein"), ("mohammadreza", "mohammad"), ("alireza", "ali"), ("mohammadreza", "alireza")] * 4:
        s = random.choice(surnames)
        add("other compound", f"{latin(a, NAMES)} {latin(s, SURNAMES)}", f"{latin(b, NAMES)} {latin(s, SURNAMES)}", 0)
    return rows


def record_pairs():
    rows = []

    def add(kind, a, b, label):
        rows.append((f"r{len(rows) + 1:04d}", a["name"], b["name"], a["birth"], b["birth"], a["father"], b["father"],
                     a["sex"], b["sex"], label, kind))

    def person(sex=None):
        sex = sex or random.choice("MF")
        g = random.choice(GIVEN_M if sex == "M" else GIVEN_F)
        s = random.choice(list(SURNAMES))
        f = random.choice(GIVEN_M)
        y = random.randint(1940, 2010)
        m, d = random.randint(1, 12), random.randint(1, 28)
        return dict(g=g, s=s, f=f, y=y, m=m, d=d, sex=sex)

    def render(p, arabic=None, birth="full", father=True, honorific=False):
        arabic = random.random() < 0.35 if arabic is None else arabic
        if arabic:
            name = f"{persian(p['g'], NAMES)} {persian(p['s'], SURNAMES)}"
            fname = persian(p["f"], NAMES)
        else:
            name = f"{latin(p['g'], NAMES)} {latin(p['s'], SURNAMES)}"
            fname = latin(p["f"], NAMES)
        if honorific:
            t, tf = random.choice(HONORIFICS)
            name = f"{tf if arabic else t} {name}"
        b = {"full": f"{p['y']:04d}-{p['m']:02d}-{p['d']:02d}", "month": f"{p['y']:04d}-{p['m']:02d}",
             "year": f"{p['y']:04d}", "hijri": str(solar_year(p)), "none": ""}[birth]
        return dict(name=name, birth=b, father=fname if father else "", sex=p["sex"])

    for _ in range(120):  # the same person registered twice: spelling, script, partial data
        p = person()
        a = render(p)
        b = render(p, birth=random.choice(["full", "full", "month", "year", "none"]), father=random.random() < 0.75,
                   honorific=random.random() < 0.15)
        add("same person", a, b, 1)
    for _ in range(25):  # the same person, a Solar Hijri birth year from an Iranian document on one side
        p = person()
        add("same person, Solar Hijri year", render(p), render(p, birth="hijri"), 1)
    for _ in range(60):  # siblings: same surname and father, other given name of the same sex or not, other birth
        p = person()
        q = dict(p, sex=random.choice("MF"))
        q["g"] = random.choice([x for x in (GIVEN_M if q["sex"] == "M" else GIVEN_F) if x != p["g"]])
        q["y"] = p["y"] + random.choice([-6, -4, -3, -2, 2, 3, 5, 8])
        q["m"], q["d"] = random.randint(1, 12), random.randint(1, 28)
        add("siblings", render(p), render(q, father=random.random() < 0.8), 0)
    for _ in range(20):  # twins: same father and birth date, look-alike given names
        a, b = random.choice([x for x in LOOKALIKE_GIVEN if x[0] in NAMES and x[1] in NAMES])
        p = person()
        p["g"] = a
        p["sex"] = "F" if a in GIVEN_F else "M"
        q = dict(p, g=b, sex="F" if b in GIVEN_F else "M")
        add("twins with look-alike names", render(p), render(q), 0)
    for _ in range(70):  # namesakes: same name, different father, birth years apart or unknown
        p = person()
        q = dict(p)
        q["f"] = random.choice([x for x in GIVEN_M if x != p["f"]])
        q["y"] = p["y"] + random.choice([-15, -9, -4, 3, 7, 12, 20])
        q["m"], q["d"] = random.randint(1, 12), random.randint(1, 28)
        add("namesakes, other father", render(p), render(q, birth=random.choice(["full", "year"])), 0)
    for _ in range(40):  # namesakes with the same common father's name but births years apart
        p = person()
        q = dict(p, y=p["y"] + random.choice([-12, -6, -4, 4, 9, 15]), m=random.randint(1, 12), d=random.randint(1, 28))
        add("namesakes, far birth", render(p), render(q), 0)
    for _ in range(20):  # born 14 months apart, otherwise alike: two people
        p = person()
        y, m = p["y"] + (p["m"] + 14 - 1) // 12, (p["m"] + 14 - 1) % 12 + 1
        q = dict(p, y=y, m=m)
        add("births 14 months apart", render(p), render(q), 0)
    return rows


def solar_year(p):
    """The Solar Hijri year of a Gregorian birth: the year starts at Nowruz, about 21 March."""
    before_nowruz = p["m"] < 3 or (p["m"] == 3 and p["d"] < 21)
    return p["y"] - 621 - (1 if before_nowruz else 0)


with open(os.path.join(here, "name-pairs.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name_a", "name_b", "label", "kind"])
    w.writerows(name_pairs())
with open(os.path.join(here, "record-pairs.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name_a", "name_b", "birth_a", "birth_b", "father_a", "father_b", "sex_a", "sex_b", "label", "kind"])
    w.writerows(record_pairs())
