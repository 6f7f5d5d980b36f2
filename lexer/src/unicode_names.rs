//! A small subset of the Unicode character name database, for `\N{...}`
//! escapes in string literals.
//!
//! whirl does not ship the full database (about a megabyte). Supported:
//! every printable ASCII character, the control-character aliases
//! (`NULL`, `LINE FEED`, `TAB`, ...), Latin letters `LATIN SMALL LETTER A`
//! to `Z`, the Greek alphabet, `CJK UNIFIED IDEOGRAPH-XXXX`, and a list of
//! common punctuation, symbols and emoji. Lookup is case-insensitive, as in
//! CPython.

/// The full name database, when the embedder provides one (the stdlib
/// does, from the `unicode_names2` table unicodedata uses): the lexer keeps
/// no copy of its own and stays free of the dependency.
pub struct FullTable {
    pub character: fn(&str) -> Option<char>,
    pub name: fn(char) -> Option<String>,
}

static FULL_TABLE: std::sync::OnceLock<FullTable> = std::sync::OnceLock::new();

/// Makes `lookup` and `name_of` use every Unicode name.
pub fn install_full_table(table: FullTable) {
    let _ = FULL_TABLE.set(table);
}

/// The character named `name`, if whirl knows it.
pub fn lookup(name: &str) -> Option<char> {
    common(name).or_else(|| FULL_TABLE.get().and_then(|t| (t.character)(name)))
}

/// The Unicode name of `c`, when the full table is installed.
pub fn name_of(c: char) -> Option<String> {
    FULL_TABLE.get().and_then(|t| (t.name)(c))
}

/// The built-in subset.
fn common(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    let name = upper.as_str();
    if let Some(&(_, code)) = NAMES.iter().find(|(n, _)| *n == name) {
        return char::from_u32(code);
    }
    if let Some(letter) = name.strip_prefix("LATIN CAPITAL LETTER ") {
        return single_ascii_upper(letter);
    }
    if let Some(letter) = name.strip_prefix("LATIN SMALL LETTER ") {
        return single_ascii_upper(letter).map(|c| c.to_ascii_lowercase());
    }
    if let Some(letter) = name.strip_prefix("GREEK CAPITAL LETTER ") {
        return greek(letter, 0x391);
    }
    if let Some(letter) = name.strip_prefix("GREEK SMALL LETTER ") {
        if letter == "FINAL SIGMA" {
            return Some('\u{3C2}');
        }
        return greek(letter, 0x3B1);
    }
    if let Some(digit) = name.strip_prefix("DIGIT ") {
        let i = DIGITS.iter().position(|d| *d == digit)?;
        return char::from_u32(0x30 + i as u32);
    }
    if let Some(hex) = name.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        if !(4..=5).contains(&hex.len()) {
            return None;
        }
        let code = u32::from_str_radix(hex, 16).ok()?;
        let is_cjk = matches!(code, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x20000..=0x2A6DF);
        return if is_cjk { char::from_u32(code) } else { None };
    }
    None
}

fn single_ascii_upper(letter: &str) -> Option<char> {
    match letter.as_bytes() {
        [c @ b'A'..=b'Z'] => Some(*c as char),
        _ => None,
    }
}

fn greek(letter: &str, base: u32) -> Option<char> {
    let i = GREEK.iter().position(|g| *g == letter)? as u32;
    // The code point after RHO is final sigma (small) or unassigned
    // (capital), so SIGMA onwards are one further along.
    char::from_u32(base + i + u32::from(i >= 17))
}

const DIGITS: [&str; 10] = [
    "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
];

const GREEK: [&str; 24] = [
    "ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA", "THETA", "IOTA", "KAPPA", "LAMDA",
    "MU", "NU", "XI", "OMICRON", "PI", "RHO", "SIGMA", "TAU", "UPSILON", "PHI", "CHI", "PSI",
    "OMEGA",
];

const NAMES: &[(&str, u32)] = &[
    // Control characters (formal aliases and abbreviations).
    ("NULL", 0x00),
    ("NUL", 0x00),
    ("ALERT", 0x07),
    ("BEL", 0x07),
    ("BACKSPACE", 0x08),
    ("BS", 0x08),
    ("CHARACTER TABULATION", 0x09),
    ("HORIZONTAL TABULATION", 0x09),
    ("TAB", 0x09),
    ("HT", 0x09),
    ("LINE FEED", 0x0A),
    ("NEW LINE", 0x0A),
    ("END OF LINE", 0x0A),
    ("LF", 0x0A),
    ("NL", 0x0A),
    ("EOL", 0x0A),
    ("LINE TABULATION", 0x0B),
    ("VERTICAL TABULATION", 0x0B),
    ("VT", 0x0B),
    ("FORM FEED", 0x0C),
    ("FF", 0x0C),
    ("CARRIAGE RETURN", 0x0D),
    ("CR", 0x0D),
    ("ESCAPE", 0x1B),
    ("ESC", 0x1B),
    ("DELETE", 0x7F),
    ("DEL", 0x7F),
    // Printable ASCII.
    ("SPACE", 0x20),
    ("SP", 0x20),
    ("EXCLAMATION MARK", 0x21),
    ("QUOTATION MARK", 0x22),
    ("NUMBER SIGN", 0x23),
    ("DOLLAR SIGN", 0x24),
    ("PERCENT SIGN", 0x25),
    ("AMPERSAND", 0x26),
    ("APOSTROPHE", 0x27),
    ("LEFT PARENTHESIS", 0x28),
    ("RIGHT PARENTHESIS", 0x29),
    ("ASTERISK", 0x2A),
    ("PLUS SIGN", 0x2B),
    ("COMMA", 0x2C),
    ("HYPHEN-MINUS", 0x2D),
    ("FULL STOP", 0x2E),
    ("SOLIDUS", 0x2F),
    ("COLON", 0x3A),
    ("SEMICOLON", 0x3B),
    ("LESS-THAN SIGN", 0x3C),
    ("EQUALS SIGN", 0x3D),
    ("GREATER-THAN SIGN", 0x3E),
    ("QUESTION MARK", 0x3F),
    ("COMMERCIAL AT", 0x40),
    ("LEFT SQUARE BRACKET", 0x5B),
    ("REVERSE SOLIDUS", 0x5C),
    ("RIGHT SQUARE BRACKET", 0x5D),
    ("CIRCUMFLEX ACCENT", 0x5E),
    ("LOW LINE", 0x5F),
    ("GRAVE ACCENT", 0x60),
    ("LEFT CURLY BRACKET", 0x7B),
    ("VERTICAL LINE", 0x7C),
    ("RIGHT CURLY BRACKET", 0x7D),
    ("TILDE", 0x7E),
    // Latin-1 supplement.
    ("NO-BREAK SPACE", 0xA0),
    ("NBSP", 0xA0),
    ("INVERTED EXCLAMATION MARK", 0xA1),
    ("CENT SIGN", 0xA2),
    ("POUND SIGN", 0xA3),
    ("CURRENCY SIGN", 0xA4),
    ("YEN SIGN", 0xA5),
    ("BROKEN BAR", 0xA6),
    ("SECTION SIGN", 0xA7),
    ("DIAERESIS", 0xA8),
    ("COPYRIGHT SIGN", 0xA9),
    ("FEMININE ORDINAL INDICATOR", 0xAA),
    ("LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB),
    ("NOT SIGN", 0xAC),
    ("SOFT HYPHEN", 0xAD),
    ("REGISTERED SIGN", 0xAE),
    ("MACRON", 0xAF),
    ("DEGREE SIGN", 0xB0),
    ("PLUS-MINUS SIGN", 0xB1),
    ("SUPERSCRIPT TWO", 0xB2),
    ("SUPERSCRIPT THREE", 0xB3),
    ("ACUTE ACCENT", 0xB4),
    ("MICRO SIGN", 0xB5),
    ("PILCROW SIGN", 0xB6),
    ("MIDDLE DOT", 0xB7),
    ("CEDILLA", 0xB8),
    ("SUPERSCRIPT ONE", 0xB9),
    ("MASCULINE ORDINAL INDICATOR", 0xBA),
    ("RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB),
    ("VULGAR FRACTION ONE QUARTER", 0xBC),
    ("VULGAR FRACTION ONE HALF", 0xBD),
    ("VULGAR FRACTION THREE QUARTERS", 0xBE),
    ("INVERTED QUESTION MARK", 0xBF),
    ("LATIN CAPITAL LETTER A WITH GRAVE", 0xC0),
    ("LATIN CAPITAL LETTER A WITH ACUTE", 0xC1),
    ("LATIN CAPITAL LETTER A WITH DIAERESIS", 0xC4),
    ("LATIN CAPITAL LETTER A WITH RING ABOVE", 0xC5),
    ("LATIN CAPITAL LETTER AE", 0xC6),
    ("LATIN CAPITAL LETTER C WITH CEDILLA", 0xC7),
    ("LATIN CAPITAL LETTER E WITH GRAVE", 0xC8),
    ("LATIN CAPITAL LETTER E WITH ACUTE", 0xC9),
    ("LATIN CAPITAL LETTER N WITH TILDE", 0xD1),
    ("LATIN CAPITAL LETTER O WITH DIAERESIS", 0xD6),
    ("MULTIPLICATION SIGN", 0xD7),
    ("LATIN CAPITAL LETTER O WITH STROKE", 0xD8),
    ("LATIN CAPITAL LETTER U WITH DIAERESIS", 0xDC),
    ("LATIN SMALL LETTER SHARP S", 0xDF),
    ("LATIN SMALL LETTER A WITH GRAVE", 0xE0),
    ("LATIN SMALL LETTER A WITH ACUTE", 0xE1),
    ("LATIN SMALL LETTER A WITH CIRCUMFLEX", 0xE2),
    ("LATIN SMALL LETTER A WITH DIAERESIS", 0xE4),
    ("LATIN SMALL LETTER A WITH RING ABOVE", 0xE5),
    ("LATIN SMALL LETTER AE", 0xE6),
    ("LATIN SMALL LETTER C WITH CEDILLA", 0xE7),
    ("LATIN SMALL LETTER E WITH GRAVE", 0xE8),
    ("LATIN SMALL LETTER E WITH ACUTE", 0xE9),
    ("LATIN SMALL LETTER E WITH CIRCUMFLEX", 0xEA),
    ("LATIN SMALL LETTER E WITH DIAERESIS", 0xEB),
    ("LATIN SMALL LETTER I WITH ACUTE", 0xED),
    ("LATIN SMALL LETTER I WITH DIAERESIS", 0xEF),
    ("LATIN SMALL LETTER N WITH TILDE", 0xF1),
    ("LATIN SMALL LETTER O WITH ACUTE", 0xF3),
    ("LATIN SMALL LETTER O WITH CIRCUMFLEX", 0xF4),
    ("LATIN SMALL LETTER O WITH DIAERESIS", 0xF6),
    ("DIVISION SIGN", 0xF7),
    ("LATIN SMALL LETTER O WITH STROKE", 0xF8),
    ("LATIN SMALL LETTER U WITH ACUTE", 0xFA),
    ("LATIN SMALL LETTER U WITH DIAERESIS", 0xFC),
    ("LATIN SMALL LETTER Y WITH DIAERESIS", 0xFF),
    // Combining marks.
    ("COMBINING GRAVE ACCENT", 0x300),
    ("COMBINING ACUTE ACCENT", 0x301),
    ("COMBINING CIRCUMFLEX ACCENT", 0x302),
    ("COMBINING TILDE", 0x303),
    ("COMBINING DIAERESIS", 0x308),
    // General punctuation and spaces.
    ("EN SPACE", 0x2002),
    ("EM SPACE", 0x2003),
    ("THIN SPACE", 0x2009),
    ("HAIR SPACE", 0x200A),
    ("ZERO WIDTH SPACE", 0x200B),
    ("ZWSP", 0x200B),
    ("ZERO WIDTH NON-JOINER", 0x200C),
    ("ZWNJ", 0x200C),
    ("ZERO WIDTH JOINER", 0x200D),
    ("ZWJ", 0x200D),
    ("LEFT-TO-RIGHT MARK", 0x200E),
    ("RIGHT-TO-LEFT MARK", 0x200F),
    ("HYPHEN", 0x2010),
    ("NON-BREAKING HYPHEN", 0x2011),
    ("FIGURE DASH", 0x2012),
    ("EN DASH", 0x2013),
    ("EM DASH", 0x2014),
    ("HORIZONTAL BAR", 0x2015),
    ("LEFT SINGLE QUOTATION MARK", 0x2018),
    ("RIGHT SINGLE QUOTATION MARK", 0x2019),
    ("SINGLE LOW-9 QUOTATION MARK", 0x201A),
    ("LEFT DOUBLE QUOTATION MARK", 0x201C),
    ("RIGHT DOUBLE QUOTATION MARK", 0x201D),
    ("DOUBLE LOW-9 QUOTATION MARK", 0x201E),
    ("DAGGER", 0x2020),
    ("DOUBLE DAGGER", 0x2021),
    ("BULLET", 0x2022),
    ("HORIZONTAL ELLIPSIS", 0x2026),
    ("LINE SEPARATOR", 0x2028),
    ("PARAGRAPH SEPARATOR", 0x2029),
    ("NARROW NO-BREAK SPACE", 0x202F),
    ("PER MILLE SIGN", 0x2030),
    ("PRIME", 0x2032),
    ("DOUBLE PRIME", 0x2033),
    ("SINGLE LEFT-POINTING ANGLE QUOTATION MARK", 0x2039),
    ("SINGLE RIGHT-POINTING ANGLE QUOTATION MARK", 0x203A),
    ("WORD JOINER", 0x2060),
    ("EURO SIGN", 0x20AC),
    ("INDIAN RUPEE SIGN", 0x20B9),
    ("BITCOIN SIGN", 0x20BF),
    // Letterlike symbols and number forms.
    ("DEGREE CELSIUS", 0x2103),
    ("DEGREE FAHRENHEIT", 0x2109),
    ("NUMERO SIGN", 0x2116),
    ("TRADE MARK SIGN", 0x2122),
    ("OHM SIGN", 0x2126),
    ("KELVIN SIGN", 0x212A),
    ("ANGSTROM SIGN", 0x212B),
    // Arrows.
    ("LEFTWARDS ARROW", 0x2190),
    ("UPWARDS ARROW", 0x2191),
    ("RIGHTWARDS ARROW", 0x2192),
    ("DOWNWARDS ARROW", 0x2193),
    ("LEFT RIGHT ARROW", 0x2194),
    ("RIGHTWARDS DOUBLE ARROW", 0x21D2),
    ("LEFT RIGHT DOUBLE ARROW", 0x21D4),
    // Mathematical operators.
    ("FOR ALL", 0x2200),
    ("PARTIAL DIFFERENTIAL", 0x2202),
    ("THERE EXISTS", 0x2203),
    ("EMPTY SET", 0x2205),
    ("INCREMENT", 0x2206),
    ("NABLA", 0x2207),
    ("ELEMENT OF", 0x2208),
    ("NOT AN ELEMENT OF", 0x2209),
    ("N-ARY PRODUCT", 0x220F),
    ("N-ARY SUMMATION", 0x2211),
    ("MINUS SIGN", 0x2212),
    ("SQUARE ROOT", 0x221A),
    ("INFINITY", 0x221E),
    ("LOGICAL AND", 0x2227),
    ("LOGICAL OR", 0x2228),
    ("INTERSECTION", 0x2229),
    ("UNION", 0x222A),
    ("INTEGRAL", 0x222B),
    ("ALMOST EQUAL TO", 0x2248),
    ("NOT EQUAL TO", 0x2260),
    ("IDENTICAL TO", 0x2261),
    ("LESS-THAN OR EQUAL TO", 0x2264),
    ("GREATER-THAN OR EQUAL TO", 0x2265),
    ("SUBSET OF", 0x2282),
    ("SUPERSET OF", 0x2283),
    // Box drawing, blocks, shapes.
    ("BOX DRAWINGS LIGHT HORIZONTAL", 0x2500),
    ("BOX DRAWINGS LIGHT VERTICAL", 0x2502),
    ("BOX DRAWINGS LIGHT DOWN AND RIGHT", 0x250C),
    ("BOX DRAWINGS LIGHT DOWN AND LEFT", 0x2510),
    ("BOX DRAWINGS LIGHT UP AND RIGHT", 0x2514),
    ("BOX DRAWINGS LIGHT UP AND LEFT", 0x2518),
    ("BOX DRAWINGS LIGHT VERTICAL AND RIGHT", 0x251C),
    ("BOX DRAWINGS LIGHT VERTICAL AND LEFT", 0x2524),
    ("BOX DRAWINGS LIGHT DOWN AND HORIZONTAL", 0x252C),
    ("BOX DRAWINGS LIGHT UP AND HORIZONTAL", 0x2534),
    ("BOX DRAWINGS LIGHT VERTICAL AND HORIZONTAL", 0x253C),
    ("BOX DRAWINGS DOUBLE HORIZONTAL", 0x2550),
    ("BOX DRAWINGS DOUBLE VERTICAL", 0x2551),
    ("UPPER HALF BLOCK", 0x2580),
    ("LOWER HALF BLOCK", 0x2584),
    ("FULL BLOCK", 0x2588),
    ("LIGHT SHADE", 0x2591),
    ("MEDIUM SHADE", 0x2592),
    ("DARK SHADE", 0x2593),
    ("BLACK SQUARE", 0x25A0),
    ("WHITE SQUARE", 0x25A1),
    ("BLACK UP-POINTING TRIANGLE", 0x25B2),
    ("BLACK RIGHT-POINTING TRIANGLE", 0x25B6),
    ("BLACK DOWN-POINTING TRIANGLE", 0x25BC),
    ("BLACK LEFT-POINTING TRIANGLE", 0x25C0),
    ("WHITE CIRCLE", 0x25CB),
    ("BLACK CIRCLE", 0x25CF),
    // Miscellaneous symbols and dingbats.
    ("BLACK STAR", 0x2605),
    ("WHITE STAR", 0x2606),
    ("SNOWMAN", 0x2603),
    ("BLACK SPADE SUIT", 0x2660),
    ("BLACK CLUB SUIT", 0x2663),
    ("BLACK HEART SUIT", 0x2665),
    ("BLACK DIAMOND SUIT", 0x2666),
    ("WARNING SIGN", 0x26A0),
    ("HIGH VOLTAGE SIGN", 0x26A1),
    ("WHITE HEAVY CHECK MARK", 0x2705),
    ("CHECK MARK", 0x2713),
    ("HEAVY CHECK MARK", 0x2714),
    ("MULTIPLICATION X", 0x2715),
    ("BALLOT X", 0x2717),
    ("CROSS MARK", 0x274C),
    ("HEAVY BLACK HEART", 0x2764),
    // Specials.
    ("ZERO WIDTH NO-BREAK SPACE", 0xFEFF),
    ("BYTE ORDER MARK", 0xFEFF),
    ("BOM", 0xFEFF),
    ("OBJECT REPLACEMENT CHARACTER", 0xFFFC),
    ("REPLACEMENT CHARACTER", 0xFFFD),
    // CJK punctuation.
    ("IDEOGRAPHIC SPACE", 0x3000),
    ("IDEOGRAPHIC FULL STOP", 0x3002),
    // Emoji.
    ("BELL", 0x1F514),
    ("SNAKE", 0x1F40D),
    ("PILE OF POO", 0x1F4A9),
    ("THUMBS UP SIGN", 0x1F44D),
    ("THUMBS DOWN SIGN", 0x1F44E),
    ("FIRE", 0x1F525),
    ("ROCKET", 0x1F680),
    ("PARTY POPPER", 0x1F389),
    ("GRINNING FACE", 0x1F600),
    ("SMILING FACE WITH SMILING EYES", 0x1F60A),
    ("FACE WITH TEARS OF JOY", 0x1F602),
    ("WHITE SMILING FACE", 0x263A),
    ("SPARKLES", 0x2728),
    ("HOURGLASS", 0x231B),
    ("WATCH", 0x231A),
    ("CLOUD WITH TORNADO", 0x1F32A),
    ("CYCLONE", 0x1F300),
];

#[cfg(test)]
mod tests {
    use super::lookup;

    #[test]
    fn table_and_algorithmic_names() {
        assert_eq!(lookup("BULLET"), Some('•'));
        assert_eq!(lookup("bullet"), Some('•'));
        assert_eq!(lookup("LATIN SMALL LETTER Z"), Some('z'));
        assert_eq!(lookup("LATIN CAPITAL LETTER AA"), None);
        assert_eq!(lookup("GREEK CAPITAL LETTER SIGMA"), Some('Σ'));
        assert_eq!(lookup("GREEK SMALL LETTER RHO"), Some('ρ'));
        assert_eq!(lookup("GREEK SMALL LETTER SIGMA"), Some('σ'));
        assert_eq!(lookup("DIGIT ZERO"), Some('0'));
        assert_eq!(lookup("CJK UNIFIED IDEOGRAPH-4E00"), Some('一'));
        assert_eq!(lookup("CJK UNIFIED IDEOGRAPH-0041"), None);
        assert_eq!(lookup("NO SUCH CHARACTER"), None);
    }
}
