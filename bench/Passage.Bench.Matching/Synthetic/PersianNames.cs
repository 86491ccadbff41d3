namespace Passage.Bench.Matching.Synthetic;

/// <summary>
/// Name lists for the synthetic registry: a common romanisation and the Persian spelling, most common
/// first (the generator draws them with Zipf-like weights). Written for this bench; all people generated
/// from them are fictitious.
/// </summary>
internal static class PersianNames
{
    public static readonly (string Latin, string Persian)[] Male =
    [
        ("Mohammad", "محمد"), ("Ali", "علی"), ("Hossein", "حسین"), ("Reza", "رضا"), ("Hassan", "حسن"), ("Mehdi", "مهدی"),
        ("Ahmad", "احمد"), ("Abbas", "عباس"), ("Mohammad Reza", "محمد‌رضا"), ("Ali Reza", "علی‌رضا"), ("Mahmoud", "محمود"),
        ("Javad", "جواد"), ("Jafar", "جعفر"), ("Mostafa", "مصطفی"), ("Morteza", "مرتضی"), ("Ebrahim", "ابراهیم"),
        ("Hamid", "حمید"), ("Majid", "مجید"), ("Saeed", "سعید"), ("Masoud", "مسعود"), ("Kazem", "کاظم"), ("Hadi", "هادی"),
        ("Mojtaba", "مجتبی"), ("Esmaeil", "اسماعیل"), ("Yousef", "یوسف"), ("Ghasem", "قاسم"), ("Abolfazl", "ابوالفضل"),
        ("Karim", "کریم"), ("Rahim", "رحیم"), ("Gholam Reza", "غلام‌رضا"), ("Gholam Hossein", "غلام‌حسین"), ("Akbar", "اکبر"),
        ("Asghar", "اصغر"), ("Amir", "امیر"), ("Hamzeh", "حمزه"), ("Naser", "ناصر"), ("Mansour", "منصور"), ("Dariush", "داریوش"),
        ("Bahram", "بهرام"), ("Behrouz", "بهروز"), ("Farhad", "فرهاد"), ("Jamshid", "جمشید"), ("Khosrow", "خسرو"),
        ("Siavash", "سیاوش"), ("Navid", "نوید"), ("Omid", "امید"), ("Payam", "پیام"), ("Peyman", "پیمان"), ("Saman", "سامان"),
        ("Babak", "بابک"), ("Arash", "آرش"), ("Keyvan", "کیوان"), ("Kaveh", "کاوه"), ("Ramin", "رامین"), ("Shahram", "شهرام"),
        ("Vahid", "وحید"), ("Ruhollah", "روح‌الله"), ("Nasrollah", "نصرالله"), ("Abdollah", "عبدالله"), ("Heydar", "حیدر"),
        ("Davood", "داوود"), ("Nader", "نادر"), ("Sadegh", "صادق"), ("Taher", "طاهر"), ("Bagher", "باقر"), ("Sajjad", "سجاد"),
        ("Khalil", "خلیل"), ("Yahya", "یحیی"), ("Farzad", "فرزاد"), ("Mehran", "مهران"), ("Houshang", "هوشنگ"), ("Parviz", "پرویز"),
        ("Iraj", "ایرج"), ("Rostam", "رستم"), ("Sohrab", "سهراب"), ("Bijan", "بیژن"), ("Mohsen", "محسن"), ("Hashem", "هاشم"),
        ("Saleh", "صالح"), ("Emad", "عماد"), ("Farid", "فرید"), ("Nima", "نیما"), ("Milad", "میلاد"), ("Ehsan", "احسان"),
        ("Iman", "ایمان"), ("Erfan", "عرفان"), ("Amin", "امین"), ("Salman", "سلمان"), ("Kourosh", "کوروش"), ("Shapour", "شاپور"),
        ("Soleiman", "سلیمان"), ("Mousa", "موسی"), ("Younes", "یونس"), ("Yaghoub", "یعقوب"), ("Abdolreza", "عبدالرضا"),
        ("Fereydoun", "فریدون"), ("Manouchehr", "منوچهر"), ("Ardeshir", "اردشیر"), ("Esfandiar", "اسفندیار"), ("Hojjat", "حجت"),
        ("Behzad", "بهزاد"), ("Farshid", "فرشید"), ("Mehrdad", "مهرداد"), ("Shahin", "شاهین"), ("Pouya", "پویا"), ("Sina", "سینا"),
        ("Kamran", "کامران"), ("Siamak", "سیامک"), ("Hamed", "حامد"), ("Armin", "آرمین"), ("Ashkan", "اشکان"), ("Borzou", "برزو"),
        ("Danial", "دانیال"), ("Ghobad", "قباد"), ("Hesam", "حسام"), ("Jalal", "جلال"), ("Kamal", "کمال"), ("Latif", "لطیف"),
    ];

    public static readonly (string Latin, string Persian)[] Female =
    [
        ("Fatemeh", "فاطمه"), ("Zahra", "زهرا"), ("Maryam", "مریم"), ("Zeinab", "زینب"), ("Masoumeh", "معصومه"), ("Sakineh", "سکینه"),
        ("Khadijeh", "خدیجه"), ("Roghayeh", "رقیه"), ("Leila", "لیلا"), ("Mahnaz", "مهناز"), ("Azam", "اعظم"), ("Ashraf", "اشرف"),
        ("Parvaneh", "پروانه"), ("Shirin", "شیرین"), ("Soraya", "ثریا"), ("Mahin", "مهین"), ("Parvin", "پروین"), ("Mina", "مینا"),
        ("Nasrin", "نسرین"), ("Nahid", "ناهید"), ("Nazanin", "نازنین"), ("Farideh", "فریده"), ("Hamideh", "حمیده"), ("Tahereh", "طاهره"),
        ("Tayebeh", "طیبه"), ("Somayeh", "سمیه"), ("Hurriyeh", "حریه"), ("Elaheh", "الهه"), ("Azadeh", "آزاده"), ("Ladan", "لادن"),
        ("Mahboubeh", "محبوبه"), ("Monireh", "منیره"), ("Narges", "نرگس"), ("Robabeh", "ربابه"), ("Akram", "اکرم"), ("Batoul", "بتول"),
        ("Hajar", "هاجر"), ("Halimeh", "حلیمه"), ("Kobra", "کبری"), ("Sedigheh", "صدیقه"), ("Sara", "سارا"), ("Samira", "سمیرا"),
        ("Shahla", "شهلا"), ("Simin", "سیمین"), ("Soheila", "سهیلا"), ("Tahmineh", "تهمینه"), ("Vida", "ویدا"), ("Zohreh", "زهره"),
        ("Marzieh", "مرضیه"), ("Mahsa", "مهسا"), ("Negar", "نگار"), ("Neda", "ندا"), ("Fereshteh", "فرشته"), ("Ameneh", "آمنه"),
        ("Golnar", "گلنار"), ("Mojgan", "مژگان"), ("Shabnam", "شبنم"), ("Taraneh", "ترانه"), ("Yasaman", "یاسمن"), ("Zari", "زری"),
        ("Forough", "فروغ"), ("Golnaz", "گلناز"), ("Homa", "هما"), ("Katayoun", "کتایون"), ("Mahtab", "مهتاب"), ("Nilufar", "نیلوفر"),
    ];

    /// <summary>Surname stems; the generator adds -i, -zadeh, -pour, -nejad or nothing to them, or uses given names as stems.</summary>
    public static readonly (string Latin, string Persian)[] SurnameStems =
    [
        ("Hosseini", "حسینی"), ("Ahmadi", "احمدی"), ("Mohammadi", "محمدی"), ("Rezaei", "رضایی"), ("Moradi", "مرادی"), ("Karimi", "کریمی"),
        ("Jafari", "جعفری"), ("Rahimi", "رحیمی"), ("Mousavi", "موسوی"), ("Hashemi", "هاشمی"), ("Kazemi", "کاظمی"), ("Sadeghi", "صادقی"),
        ("Ghasemi", "قاسمی"), ("Heydari", "حیدری"), ("Rostami", "رستمی"), ("Asadi", "اسدی"), ("Ebrahimi", "ابراهیمی"), ("Abbasi", "عباسی"),
        ("Najafi", "نجفی"), ("Zarei", "زارعی"), ("Mirzaei", "میرزایی"), ("Amiri", "امیری"), ("Taheri", "طاهری"), ("Salehi", "صالحی"),
        ("Bagheri", "باقری"), ("Akbari", "اکبری"), ("Ghorbani", "قربانی"), ("Soltani", "سلطانی"), ("Shahbazi", "شهبازی"), ("Nazari", "نظری"),
        ("Safari", "صفری"), ("Ansari", "انصاری"), ("Bakhtiari", "بختیاری"), ("Farahani", "فراهانی"), ("Yazdani", "یزدانی"), ("Dehghan", "دهقان"),
        ("Norouzi", "نوروزی"), ("Ghaffari", "غفاری"), ("Khorasani", "خراسانی"), ("Fallahi", "فلاحی"), ("Kiani", "کیانی"), ("Alavi", "علوی"),
        ("Razavi", "رضوی"), ("Mostafavi", "مصطفوی"), ("Tabatabaei", "طباطبایی"), ("Shirazi", "شیرازی"), ("Tehrani", "تهرانی"), ("Esfahani", "اصفهانی"),
        ("Tabrizi", "تبریزی"), ("Jalali", "جلالی"), ("Kamali", "کمالی"), ("Rahmani", "رحمانی"), ("Mahmoudi", "محمودی"), ("Davoudi", "داوودی"),
        ("Yousefi", "یوسفی"), ("Amini", "امینی"), ("Hamidi", "حمیدی"), ("Majidi", "مجیدی"), ("Saeedi", "سعیدی"), ("Naderi", "نادری"),
        ("Bahrami", "بهرامی"), ("Omidi", "امیدی"), ("Azizi", "عزیزی"), ("Babaei", "بابایی"), ("Sharifi", "شریفی"), ("Rashidi", "رشیدی"),
        ("Hosseinzadeh", "حسین‌زاده"), ("Alizadeh", "علی‌زاده"), ("Rezazadeh", "رضازاده"), ("Hassanzadeh", "حسن‌زاده"), ("Taghizadeh", "تقی‌زاده"),
        ("Abbaspour", "عباس‌پور"), ("Alipour", "علی‌پور"), ("Hassanpour", "حسن‌پور"), ("Rezapour", "رضاپور"), ("Karimpour", "کریم‌پور"),
        ("Alinejad", "علی‌نژاد"), ("Hosseinnejad", "حسین‌نژاد"), ("Ghorbannejad", "قربان‌نژاد"), ("Mohammadzadeh", "محمدزاده"), ("Jafarzadeh", "جعفرزاده"),
        ("Ghasemzadeh", "قاسم‌زاده"), ("Kazemzadeh", "کاظم‌زاده"), ("Ahmadzadeh", "احمدزاده"), ("Mirhosseini", "میرحسینی"), ("Mirzadeh", "میرزاده"),
        ("Shariati", "شریعتی"), ("Motahari", "مطهری"), ("Golshiri", "گلشیری"), ("Khatami", "خاتمی"), ("Farhadi", "فرهادی"), ("Bayat", "بیات"),
        ("Zand", "زند"), ("Afshar", "افشار"), ("Ghajar", "قاجار"), ("Pahlavan", "پهلوان"), ("Sepehri", "سپهری"), ("Shamloo", "شاملو"),
        ("Golestan", "گلستان"), ("Parsa", "پارسا"), ("Rahnama", "رهنما"), ("Sanati", "صنعتی"), ("Vakili", "وکیلی"), ("Zamani", "زمانی"),
        ("Ghanbari", "قنبری"), ("Hejazi", "حجازی"), ("Jahani", "جهانی"), ("Kashani", "کاشانی"), ("Lotfi", "لطفی"), ("Maleki", "ملکی"),
        ("Nikpour", "نیک‌پور"), ("Pourmand", "پورمند"), ("Rastegar", "رستگار"), ("Sharafi", "شرفی"), ("Toosi", "طوسی"), ("Vaezi", "واعظی"),
        ("Yaghoubi", "یعقوبی"), ("Zolfaghari", "ذوالفقاری"), ("Abedi", "عابدی"), ("Barzegar", "برزگر"), ("Chamani", "چمنی"), ("Daneshvar", "دانشور"),
        ("Eskandari", "اسکندری"), ("Fathi", "فتحی"), ("Ghiasi", "غیاثی"), ("Haghighi", "حقیقی"), ("Izadi", "ایزدی"), ("Jamali", "جمالی"),
        ("Khademi", "خادمی"), ("Latifi", "لطیفی"), ("Mansouri", "منصوری"), ("Nouri", "نوری"), ("Owlia", "اولیا"), ("Pakzad", "پاکزاد"),
        ("Qorbanian", "قربانیان"), ("Rouhani", "روحانی"), ("Sobhani", "سبحانی"), ("Tavakoli", "توکلی"), ("Vahidi", "وحیدی"), ("Yarmohammadi", "یارمحمدی"),
        ("Zahedi", "زاهدی"), ("Arabi", "عربی"), ("Bozorgi", "بزرگی"), ("Dadkhah", "دادخواه"), ("Ershadi", "ارشادی"), ("Forouzan", "فروزان"),
    ];
}
