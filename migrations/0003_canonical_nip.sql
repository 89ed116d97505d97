-- Canonical NIPs: stored NIPs become the 18 digits and nothing else.
--
-- Until this release the API validated a NIP after removing any white space (JavaScript's \s: ASCII
-- controls \t \n \v \f \r, spaces, NBSP, U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F,
-- U+3000, U+FEFF) but stored the string as sent. This strips exactly those characters, plus the dots
-- and dashes the API accepts as separators from now on (none can be stored yet; stripped for
-- completeness). Every stored NIP passed the 18-digit check after stripping, so what is left is its
-- canonical form. Only rows that hold something other than digits are touched.
--
-- Signatures. A certificate is signed over its content with the NIP *masked* (first six and last two
-- characters of the stored value, stars between). For a row whose stored NIP carried separators that
-- masked value was already malformed: more than ten stars, sometimes with the separators themselves
-- kept at either end (e.g. "198503*************01" for "19850315 201012 1 001"), which is not the
-- documented 198503**********01 form. After this migration the API, verify page and PDF show the
-- canonical mask, so such a certificate's stored signature no longer matches the content an offline
-- checker rebuilds (verifyCertificate returns false), while the verify page, which reads D1, still
-- shows it as valid. SQL cannot re-sign (the key is a Worker secret). The browser quiz always sent
-- bare digits, so only direct API callers can have produced such rows; list them before applying with
--   SELECT code FROM certificates WHERE nip GLOB '*[^0-9]*';
-- and re-sign them with the current key, or revoke and reissue them.

UPDATE attempts
SET nip = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(nip, char(9), ''), char(10), ''), char(11), ''), char(12), ''), char(13), ''), char(32), ''), char(160), ''), char(5760), ''), char(8192), ''), char(8193), ''), char(8194), ''), char(8195), ''), char(8196), ''), char(8197), ''), char(8198), ''), char(8199), ''), char(8200), ''), char(8201), ''), char(8202), ''), char(8232), ''), char(8233), ''), char(8239), ''), char(8287), ''), char(12288), ''), char(65279), ''), '.', ''), '-', '')
WHERE nip GLOB '*[^0-9]*';

UPDATE certificates
SET nip = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(nip, char(9), ''), char(10), ''), char(11), ''), char(12), ''), char(13), ''), char(32), ''), char(160), ''), char(5760), ''), char(8192), ''), char(8193), ''), char(8194), ''), char(8195), ''), char(8196), ''), char(8197), ''), char(8198), ''), char(8199), ''), char(8200), ''), char(8201), ''), char(8202), ''), char(8232), ''), char(8233), ''), char(8239), ''), char(8287), ''), char(12288), ''), char(65279), ''), '.', ''), '-', '')
WHERE nip GLOB '*[^0-9]*';
