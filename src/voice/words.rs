//! Numbers, letters and times as each language reads them out: a speech
//! program then says "twenty-three", "huszonhármas", "двадцать три" or
//! "двадцять три" the way people in the hall do, whatever its own rules for
//! digits. Pure.

use crate::i18n::Lang;

const EN_ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const EN_TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

fn en(n: u32) -> String {
    match n {
        0..=19 => EN_ONES[n as usize].to_string(),
        20..=99 => {
            let (t, u) = (n / 10, n % 10);
            if u == 0 {
                EN_TENS[t as usize].to_string()
            } else {
                format!("{}-{}", EN_TENS[t as usize], EN_ONES[u as usize])
            }
        }
        100..=999 => {
            let (h, rest) = (n / 100, n % 100);
            let head = format!("{} hundred", EN_ONES[h as usize]);
            if rest == 0 {
                head
            } else {
                format!("{head} and {}", en(rest))
            }
        }
        _ => {
            let (th, rest) = (n / 1000, n % 1000);
            let head = format!("{} thousand", en(th));
            match rest {
                0 => head,
                1..=99 => format!("{head} and {}", en(rest)),
                _ => format!("{head} {}", en(rest)),
            }
        }
    }
}

const HU_ONES: [&str; 10] = [
    "", "egy", "kettő", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc",
];
/// Tens on their own and as the first part of a compound (tíz / tizen…).
const HU_TENS: [(&str, &str); 10] = [
    ("", ""),
    ("tíz", "tizen"),
    ("húsz", "huszon"),
    ("harminc", "harminc"),
    ("negyven", "negyven"),
    ("ötven", "ötven"),
    ("hatvan", "hatvan"),
    ("hetven", "hetven"),
    ("nyolcvan", "nyolcvan"),
    ("kilencven", "kilencven"),
];

/// Hungarian number parts, most significant first, joined without spaces.
fn hu_parts(n: u32) -> Vec<String> {
    let mut parts = Vec::new();
    let (th, rest) = (n / 1000, n % 1000);
    if th > 0 {
        let head = if th == 1 {
            "ezer".to_string()
        } else {
            format!("{}ezer", hu_attr_word(th))
        };
        parts.push(head);
    }
    let (h, rest) = (rest / 100, rest % 100);
    if h > 0 {
        parts.push(if h == 1 {
            "száz".to_string()
        } else {
            format!("{}száz", hu_attr_word(h))
        });
    }
    let (t, u) = (rest / 10, rest % 10);
    if t > 0 {
        let (alone, prefix) = HU_TENS[t as usize];
        parts.push(if u == 0 { alone } else { prefix }.to_string());
    }
    if u > 0 {
        parts.push(HU_ONES[u as usize].to_string());
    }
    parts
}

/// Joins Hungarian parts: above two thousand a hyphen follows the thousands.
fn hu_join(n: u32, parts: &[String]) -> String {
    if n > 2000 && !n.is_multiple_of(1000) {
        let (first, rest) = parts
            .split_first()
            .map_or(("", &[][..]), |(f, r)| (f.as_str(), r));
        format!("{first}-{}", rest.concat())
    } else {
        parts.concat()
    }
}

fn hu(n: u32) -> String {
    if n == 0 {
        return "nulla".into();
    }
    hu_join(n, &hu_parts(n))
}

/// The form before a noun: "két óra", "tizenkét perc".
fn hu_attr_word(n: u32) -> String {
    let word = hu(n);
    match word.strip_suffix("kettő") {
        Some(head) => format!("{head}két"),
        None => word,
    }
}

/// The adjective a number makes ("kettes ablak", "huszonhármas sorszám"):
/// the suffix goes on the last part.
fn hu_adjective(n: u32) -> String {
    if n == 0 {
        return "nullás".into();
    }
    let mut parts = hu_parts(n);
    let suffixed = |p: &str| -> String {
        match p {
            "egy" => "egyes",
            "kettő" => "kettes",
            "három" => "hármas",
            "négy" => "négyes",
            "öt" => "ötös",
            "hat" => "hatos",
            "hét" => "hetes",
            "nyolc" => "nyolcas",
            "kilenc" => "kilences",
            "tíz" => "tízes",
            "húsz" => "húszas",
            "harminc" => "harmincas",
            "negyven" => "negyvenes",
            "ötven" => "ötvenes",
            "hatvan" => "hatvanas",
            "hetven" => "hetvenes",
            "nyolcvan" => "nyolcvanas",
            "kilencven" => "kilencvenes",
            p if p.ends_with("száz") => return format!("{p}as"),
            p if p.ends_with("ezer") => return format!("{}ezres", p.trim_end_matches("ezer")),
            p => p,
        }
        .to_string()
    };
    if let Some(last) = parts.last_mut() {
        *last = suffixed(last);
    }
    hu_join(n, &parts)
}

struct Slavic {
    ones: [&'static str; 20],
    tens: [&'static str; 10],
    hundreds: [&'static str; 10],
    /// "тысяча", "тысячи", "тысяч".
    thousand: [&'static str; 3],
    /// Feminine one and two, before "тысяча" and for minutes.
    one_two_f: [&'static str; 2],
}

const RU: Slavic = Slavic {
    ones: [
        "ноль",
        "один",
        "два",
        "три",
        "четыре",
        "пять",
        "шесть",
        "семь",
        "восемь",
        "девять",
        "десять",
        "одиннадцать",
        "двенадцать",
        "тринадцать",
        "четырнадцать",
        "пятнадцать",
        "шестнадцать",
        "семнадцать",
        "восемнадцать",
        "девятнадцать",
    ],
    tens: [
        "",
        "",
        "двадцать",
        "тридцать",
        "сорок",
        "пятьдесят",
        "шестьдесят",
        "семьдесят",
        "восемьдесят",
        "девяносто",
    ],
    hundreds: [
        "",
        "сто",
        "двести",
        "триста",
        "четыреста",
        "пятьсот",
        "шестьсот",
        "семьсот",
        "восемьсот",
        "девятьсот",
    ],
    thousand: ["тысяча", "тысячи", "тысяч"],
    one_two_f: ["одна", "две"],
};

const UK: Slavic = Slavic {
    ones: [
        "нуль",
        "один",
        "два",
        "три",
        "чотири",
        "п'ять",
        "шість",
        "сім",
        "вісім",
        "дев'ять",
        "десять",
        "одинадцять",
        "дванадцять",
        "тринадцять",
        "чотирнадцять",
        "п'ятнадцять",
        "шістнадцять",
        "сімнадцять",
        "вісімнадцять",
        "дев'ятнадцять",
    ],
    tens: [
        "",
        "",
        "двадцять",
        "тридцять",
        "сорок",
        "п'ятдесят",
        "шістдесят",
        "сімдесят",
        "вісімдесят",
        "дев'яносто",
    ],
    hundreds: [
        "",
        "сто",
        "двісті",
        "триста",
        "чотириста",
        "п'ятсот",
        "шістсот",
        "сімсот",
        "вісімсот",
        "дев'ятсот",
    ],
    thousand: ["тисяча", "тисячі", "тисяч"],
    one_two_f: ["одна", "дві"],
};

impl Slavic {
    /// Below a thousand; `feminine` gives "одна"/"две" for a last 1 or 2.
    fn below_thousand(&self, n: u32, feminine: bool) -> Vec<&'static str> {
        let mut w = Vec::new();
        let (h, rest) = (n / 100, n % 100);
        if h > 0 {
            w.push(self.hundreds[h as usize]);
        }
        let unit = |u: u32| {
            if feminine && (u == 1 || u == 2) {
                self.one_two_f[(u - 1) as usize]
            } else {
                self.ones[u as usize]
            }
        };
        match rest {
            0 => {}
            1..=19 => w.push(unit(rest)),
            _ => {
                w.push(self.tens[(rest / 10) as usize]);
                if rest % 10 > 0 {
                    w.push(unit(rest % 10));
                }
            }
        }
        w
    }

    fn words(&self, n: u32, feminine: bool) -> String {
        if n == 0 {
            return self.ones[0].to_string();
        }
        let (th, rest) = (n / 1000, n % 1000);
        let mut w: Vec<&str> = Vec::new();
        if th > 0 {
            if th > 1 {
                w.extend(self.below_thousand(th, true));
            }
            let form = match (th % 100, th % 10) {
                (11..=14, _) => 2,
                (_, 1) => 0,
                (_, 2..=4) => 1,
                _ => 2,
            };
            w.push(self.thousand[form]);
        }
        w.extend(self.below_thousand(rest, feminine));
        w.join(" ")
    }
}

/// A number as the language says it on its own.
pub fn cardinal(lang: Lang, n: u32) -> String {
    if n > 9999 {
        return n.to_string();
    }
    match lang {
        Lang::En => en(n),
        Lang::Hu => hu(n),
        Lang::Ru => RU.words(n, false),
        Lang::Uk => UK.words(n, false),
    }
}

/// The letters of a service code, each by its name in the language: Latin
/// letters read out in Hungarian, Russian and Ukrainian halls.
pub fn letters(lang: Lang, code: &str) -> Vec<String> {
    code.chars()
        .map(|c| {
            let i = (c.to_ascii_uppercase() as u32).wrapping_sub('A' as u32) as usize;
            let names: &[&str; 26] = match lang {
                // English spells a capital; its speech programs know them.
                Lang::En => return c.to_ascii_uppercase().to_string(),
                Lang::Hu => &[
                    "á",
                    "bé",
                    "cé",
                    "dé",
                    "é",
                    "ef",
                    "gé",
                    "há",
                    "í",
                    "jé",
                    "ká",
                    "el",
                    "em",
                    "en",
                    "ó",
                    "pé",
                    "kú",
                    "er",
                    "es",
                    "té",
                    "ú",
                    "vé",
                    "dupla vé",
                    "iksz",
                    "ipszilon",
                    "zé",
                ],
                Lang::Ru => &[
                    "А",
                    "Бэ",
                    "Цэ",
                    "Дэ",
                    "Е",
                    "Эф",
                    "Гэ",
                    "Аш",
                    "И",
                    "Йот",
                    "Ка",
                    "Эль",
                    "Эм",
                    "Эн",
                    "О",
                    "Пэ",
                    "Ку",
                    "Эр",
                    "Эс",
                    "Тэ",
                    "У",
                    "Вэ",
                    "Дубль-вэ",
                    "Икс",
                    "Игрек",
                    "Зэт",
                ],
                Lang::Uk => &[
                    "А",
                    "Бе",
                    "Це",
                    "Де",
                    "Е",
                    "Еф",
                    "Ге",
                    "Аш",
                    "І",
                    "Йот",
                    "Ка",
                    "Ель",
                    "Ем",
                    "Ен",
                    "О",
                    "Пе",
                    "Ку",
                    "Ер",
                    "Ес",
                    "Те",
                    "У",
                    "Ве",
                    "Дубль-ве",
                    "Ікс",
                    "Ігрек",
                    "Зет",
                ],
            };
            names
                .get(i)
                .map_or_else(|| c.to_string(), |s| s.to_string())
        })
        .collect()
}

/// A ticket as it is called: "A-twenty-three", "á huszonhármas" (the
/// Hungarian adjective, "…sorszám"), "А двадцать три", "А двадцять три".
pub fn ticket(lang: Lang, label: &str) -> String {
    let Some((code, number)) = crate::domain::parse_ticket_label(label) else {
        return label.to_string();
    };
    let names = letters(lang, &code.0);
    match lang {
        // Joined so that a speech program reads the letter's name.
        Lang::En => format!("{}-{}", names.join("-"), cardinal(lang, number)),
        Lang::Hu => format!("{} {}", names.join(" "), hu_adjective(number)),
        Lang::Ru | Lang::Uk => format!("{} {}", names.join(" "), cardinal(lang, number)),
    }
}

/// A window's number as the call says it: "two", "kettes" (as in "a kettes
/// ablak"), "два" ("окно номер два").
pub fn window(lang: Lang, n: u32) -> String {
    match lang {
        Lang::Hu => hu_adjective(n),
        _ => cardinal(lang, n),
    }
}

/// The hour of a time, in the form the time phrase wants: "twelve",
/// "tizenkét" (before "óra"), "двенадцать", "дванадцятій" (о дванадцятій).
pub fn hour(lang: Lang, h: u32) -> String {
    match lang {
        Lang::Hu => hu_attr_word(h),
        Lang::Ru if h == 1 => "час".into(),
        Lang::Uk => {
            const ORD: [&str; 24] = [
                "нульовій",
                "першій",
                "другій",
                "третій",
                "четвертій",
                "п'ятій",
                "шостій",
                "сьомій",
                "восьмій",
                "дев'ятій",
                "десятій",
                "одинадцятій",
                "дванадцятій",
                "тринадцятій",
                "чотирнадцятій",
                "п'ятнадцятій",
                "шістнадцятій",
                "сімнадцятій",
                "вісімнадцятій",
                "дев'ятнадцятій",
                "двадцятій",
                "двадцять першій",
                "двадцять другій",
                "двадцять третій",
            ];
            ORD.get(h as usize)
                .map_or_else(|| h.to_string(), |s| s.to_string())
        }
        _ => cardinal(lang, h),
    }
}

/// The minutes of a time (not zero): "thirty", "oh five", "harminc", "öt"
/// (before "perc"), "ноль пять", "нуль п'ять".
pub fn minute(lang: Lang, m: u32) -> String {
    match lang {
        Lang::En if m < 10 => format!("oh {}", en(m)),
        Lang::En => en(m),
        Lang::Hu => hu_attr_word(m),
        Lang::Ru if m < 10 => format!("ноль {}", RU.words(m, true)),
        Lang::Ru => RU.words(m, true),
        Lang::Uk if m < 10 => format!("нуль {}", UK.words(m, true)),
        Lang::Uk => UK.words(m, true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Lang::*;

    #[test]
    fn english_numbers() {
        let said: Vec<String> = [0, 7, 13, 20, 23, 100, 105, 342, 1000, 1005, 2340]
            .iter()
            .map(|n| cardinal(En, *n))
            .collect();
        assert_eq!(
            said,
            [
                "zero",
                "seven",
                "thirteen",
                "twenty",
                "twenty-three",
                "one hundred",
                "one hundred and five",
                "three hundred and forty-two",
                "one thousand",
                "one thousand and five",
                "two thousand three hundred and forty",
            ]
        );
    }

    #[test]
    fn hungarian_numbers_alone_before_a_noun_and_as_adjectives() {
        let alone: Vec<String> = [2, 12, 23, 30, 100, 200, 1999, 2001]
            .iter()
            .map(|n| cardinal(Hu, *n))
            .collect();
        assert_eq!(
            alone,
            [
                "kettő",
                "tizenkettő",
                "huszonhárom",
                "harminc",
                "száz",
                "kétszáz",
                "ezerkilencszázkilencvenkilenc",
                "kétezer-egy",
            ]
        );
        assert_eq!(hour(Hu, 12), "tizenkét");
        assert_eq!(minute(Hu, 22), "huszonkét");
        let adj: Vec<String> = [1, 2, 3, 10, 20, 23, 100, 105, 110, 1000]
            .iter()
            .map(|n| window(Hu, *n))
            .collect();
        assert_eq!(
            adj,
            [
                "egyes",
                "kettes",
                "hármas",
                "tízes",
                "húszas",
                "huszonhármas",
                "százas",
                "százötös",
                "száztízes",
                "ezres",
            ]
        );
    }

    #[test]
    fn russian_and_ukrainian_numbers() {
        assert_eq!(cardinal(Ru, 23), "двадцать три");
        assert_eq!(cardinal(Ru, 342), "триста сорок два");
        assert_eq!(cardinal(Ru, 2001), "две тысячи один");
        assert_eq!(cardinal(Ru, 5000), "пять тысяч");
        assert_eq!(cardinal(Uk, 23), "двадцять три");
        assert_eq!(cardinal(Uk, 211), "двісті одинадцять");
        assert_eq!(cardinal(Uk, 1002), "тисяча два");
        assert_eq!(cardinal(Uk, 3000), "три тисячі");
        assert_eq!(minute(Ru, 1), "ноль одна");
        assert_eq!(minute(Uk, 22), "двадцять дві");
        assert_eq!(hour(Uk, 11), "одинадцятій");
        assert_eq!(hour(Uk, 21), "двадцять першій");
        assert_eq!(hour(Ru, 1), "час");
    }

    #[test]
    fn tickets_are_spelled_with_the_letters_names() {
        assert_eq!(ticket(En, "A023"), "A-twenty-three");
        assert_eq!(ticket(En, "LN007"), "L-N-seven");
        assert_eq!(ticket(Hu, "A023"), "á huszonhármas");
        assert_eq!(ticket(Hu, "B002"), "bé kettes");
        assert_eq!(ticket(Ru, "B014"), "Бэ четырнадцать");
        assert_eq!(ticket(Uk, "C100"), "Це сто");
        assert_eq!(ticket(Uk, "x"), "x");
    }
}
