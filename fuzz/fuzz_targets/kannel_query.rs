//! What an SMS gateway sends (`web::channels`): Kannel's query string read into byte
//! values, and the message text decoded in the charset the query names, as the handler
//! does. Neither panics; decoded text holds no control character but line breaks and no
//! replacement character, and comes back unchanged through UTF-8 and UCS-2; the pairs read
//! from a query, encoded again by a URL encoder, read back the same.
//!
//! The input is the query string as Kannel sends it (the corpus holds real ones).
#![no_main]

use libfuzzer_sys::fuzz_target;
use redress::web::channels::{decode_text, params};

fn clean(s: &str) -> bool {
    !s.chars()
        .any(|c| c == char::REPLACEMENT_CHARACTER || (c.is_control() && c != '\n'))
}

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let read = params(&query);
    let get = |name: &str| {
        read.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_slice())
    };
    let text_of = |name: &str| get(name).map(|v| String::from_utf8_lossy(v).into_owned());
    let text = decode_text(
        get("text").unwrap_or_default(),
        text_of("coding").as_deref(),
        text_of("charset").as_deref(),
    );
    assert!(clean(&text), "{text:?}");
    assert_eq!(decode_text(text.as_bytes(), Some("0"), Some("UTF-8")), text);
    let ucs2: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    assert_eq!(decode_text(&ucs2, Some("2"), Some("UTF-16BE")), text);
    assert_eq!(decode_text(&ucs2, Some("2"), None), text);

    let pairs: Vec<(String, String)> = read
        .iter()
        .map(|(k, v)| (k.clone(), String::from_utf8_lossy(v).into_owned()))
        .collect();
    let again = serde_urlencoded::to_string(&pairs).expect("strings encode");
    let back: Vec<(String, String)> = params(&again)
        .into_iter()
        .map(|(k, v)| (k, String::from_utf8(v).expect("encoded from UTF-8")))
        .collect();
    assert_eq!(back, pairs, "{again}");
});
