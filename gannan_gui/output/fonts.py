"""Font names that office files ask for: a Simplified-Chinese face for East-Asian text, named
explicitly, so Word, WPS and LibreOffice do not fall back to a Japanese one."""

EAST_ASIAN_FONT = "Noto Sans CJK SC"  # Linux; Office substitutes 微软雅黑 where it is missing
EAST_ASIAN_FALLBACK = "Microsoft YaHei"
LATIN_FONT = "Noto Sans"
