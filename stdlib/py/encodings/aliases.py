"""Encoding name aliases: normalized alias -> codec module name."""

aliases = {
    # ascii
    "646": "ascii", "ansi_x3.4_1968": "ascii", "ansi_x3_4_1968": "ascii",
    "ansi_x3.4_1986": "ascii", "cp367": "ascii", "csascii": "ascii",
    "ibm367": "ascii", "iso646_us": "ascii", "iso_646.irv_1991": "ascii",
    "iso_ir_6": "ascii", "us": "ascii", "us_ascii": "ascii",
    # latin_1
    "8859": "latin_1", "cp819": "latin_1", "csisolatin1": "latin_1",
    "ibm819": "latin_1", "iso8859": "latin_1", "iso8859_1": "latin_1",
    "iso_8859_1": "latin_1", "iso_8859_1_1987": "latin_1",
    "iso_ir_100": "latin_1", "l1": "latin_1", "latin": "latin_1",
    "latin1": "latin_1",
    # utf_8
    "u8": "utf_8", "utf": "utf_8", "utf8": "utf_8", "utf8_ucs2": "utf_8",
    "utf8_ucs4": "utf_8", "cp65001": "utf_8",
    # utf_16 / utf_32
    "u16": "utf_16", "utf16": "utf_16",
    "unicodebigunmarked": "utf_16_be", "utf_16be": "utf_16_be",
    "unicodelittleunmarked": "utf_16_le", "utf_16le": "utf_16_le",
    "u32": "utf_32", "utf32": "utf_32",
    "utf_32be": "utf_32_be", "utf_32le": "utf_32_le",
    # escapes
    "unicodeescape": "unicode_escape",
    "rawunicodeescape": "raw_unicode_escape",
    # the East Asian codecs (encodings._cjk)
    "936": "gbk", "cp936": "gbk", "ms936": "gbk",
    "chinese": "gb2312", "csiso58gb231280": "gb2312", "euc_cn": "gb2312",
    "euccn": "gb2312", "eucgb2312_cn": "gb2312", "gb2312_1980": "gb2312",
    "gb2312_80": "gb2312", "iso_ir_58": "gb2312",
    "x_mac_simp_chinese": "gb2312",
    "gb18030_2000": "gb18030",
    "big5_tw": "big5", "csbig5": "big5", "x_mac_trad_chinese": "big5",
    "950": "cp950", "ms950": "cp950",
    "csshiftjis": "shift_jis", "s_jis": "shift_jis", "shiftjis": "shift_jis",
    "sjis": "shift_jis", "x_mac_japanese": "shift_jis",
    "932": "cp932", "ms932": "cp932", "ms_kanji": "cp932", "mskanji": "cp932",
    "eucjp": "euc_jp", "u_jis": "euc_jp", "ujis": "euc_jp",
    "csiso2022jp": "iso2022_jp", "iso2022jp": "iso2022_jp",
    "iso_2022_jp": "iso2022_jp",
    "euckr": "euc_kr", "korean": "euc_kr", "ks_c_5601": "euc_kr",
    "ks_c_5601_1987": "euc_kr", "ks_x_1001": "euc_kr", "ksc5601": "euc_kr",
    "ksx1001": "euc_kr", "x_mac_korean": "euc_kr",
    "949": "cp949", "ms949": "cp949", "uhc": "cp949",
    "hz_gb": "hz", "hz_gb_2312": "hz", "hzgb": "hz",
    "cp1361": "johab", "ms1361": "johab",
    "csiso2022kr": "iso2022_kr", "iso2022kr": "iso2022_kr",
    "iso_2022_kr": "iso2022_kr",
    "iso2022jp_1": "iso2022_jp_1", "iso_2022_jp_1": "iso2022_jp_1",
    "iso2022jp_2": "iso2022_jp_2", "iso_2022_jp_2": "iso2022_jp_2",
    "iso2022jp_ext": "iso2022_jp_ext", "iso_2022_jp_ext": "iso2022_jp_ext",
    "big5_hkscs": "big5hkscs", "hkscs": "big5hkscs",
}
